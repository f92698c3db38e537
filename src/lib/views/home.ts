// Route data of the home page (/): the sources with their author line.
import type { Source } from '../../schemas/source.ts';
import { authorsLine } from '../sources/record.ts';
import { UI } from '../ui/zh-CN.ts';

/**
 * The author line under a source on the home page: the site's one author line
 * (authorsLine), with the editors' role after a space ("袁鲁、龙力莉 主编") as the home page
 * has always shown it.
 */
export function homeByline(source: Pick<Source, 'authors' | 'authorRole'>): string {
  const role = source.authors.length > 0 && source.authorRole === 'editor' ? UI.home.editor : '';
  return `${authorsLine(source, { role: false })}${role}`;
}
