import { describe, expect, it } from 'vitest';
import { findRunningHeaders, removeRunningHeaders } from './running-headers.ts';
import { splitLines } from './source-lines.ts';

describe('running headers', () => {
  const raw = ['确保党的建设各项工', '新时代基层党建论析', ' 作能够协调一致', '', '新时代基层党建论析', '', '新时代基层党建论析', '中央精神\t6', '中央精神\t6', '中央精神\t6'].join('\n');

  it('finds a line repeated three times or more, but not table-of-contents lines', () => {
    expect(findRunningHeaders(splitLines(raw))).toEqual([{ text: '新时代基层党建论析', lines: [2, 5, 7] }]);
  });

  it('removes their content and keeps line numbers', () => {
    const lines = splitLines(raw);
    removeRunningHeaders(lines, findRunningHeaders(lines));
    expect(lines[1]).toMatchObject({ n: 2, text: '', removed: 'running-header' });
    expect(lines[2]!.text).toBe(' 作能够协调一致');
  });
});
