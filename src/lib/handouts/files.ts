// Names of the Word files: each named by what it is (党建联盟的组织与运行机制·讲义.docx), so a
// trainer's folder does not fill with handout (1).docx. The file carries that name in dist/
// (a link saved with "save as" keeps it) and the links add a `download` attribute with it.
// Names keep to characters Windows, WPS and zip tools accept: no \ / : * ? " < > | and no
// control characters, at most 80 characters before the extension.

const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f]/g;

/** A title as a file name stem: forbidden characters replaced, spaces collapsed, trimmed. */
export function fileStem(title: string): string {
  const stem = title.replace(FORBIDDEN, '_').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  return [...stem].slice(0, 80).join('');
}

/** "<title>·<kind>.docx", e.g. 党建联盟的组织与运行机制·讲义.docx. */
export function docxFileName(title: string, kind?: string): string {
  return `${fileStem(kind ? `${title}·${kind}` : title)}.docx`;
}

/** The site path of a file under a page's directory (/topics/<id>/<name>). */
export function fileHref(dir: string, name: string): string {
  return `${dir.replace(/\/?$/, '/')}${name}`;
}

/** The href as written in HTML: the name percent-encoded, so every browser and proxy sees one URL. */
export function encodedHref(href: string): string {
  return encodeURI(href);
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
