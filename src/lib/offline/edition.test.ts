import { describe, expect, it } from 'vitest';
import { gzipSync, gunzipSync } from 'fflate';
import { buildDate, isEditionZip, OFFLINE_CSP, zipName } from './edition.ts';
import { dataScript, dataScriptPath } from './data-script.ts';
import { isSearchData, offlineFragment } from './search-data.ts';
import { decodeBase64, deliveredAs } from './transport.ts';

describe('build date and names', () => {
  it('takes the date in Beijing from SOURCE_DATE_EPOCH, else from the clock', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1796583600' }).iso).toBe('2026-12-07'); // 2026-12-06 19:00 UTC
    expect(buildDate({}, new Date('2026-12-06T10:00:00Z'))).toEqual({ iso: '2026-12-06', year: 2026, month: 12, day: 6 });
    expect(() => buildDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
  });

  it('names the zip with the date, and recognises older ones', () => {
    const name = zipName(buildDate({}, new Date('2026-12-06T10:00:00Z')));
    expect(name).toBe('基层党建知识库-离线版-2026-12-06.zip');
    expect(isEditionZip(name)).toBe(true);
    expect(isEditionZip('基层党建知识库-离线版-2026-12-06.zip.part')).toBe(false);
    expect(isEditionZip('other.zip')).toBe(false);
  });

  it('lets nothing be fetched', () => {
    expect(OFFLINE_CSP).toContain("connect-src 'none'");
    expect(OFFLINE_CSP).not.toContain('frame-ancestors');
  });
});

describe('data scripts', () => {
  it('deliver the bytes under the file name; the page decodes them back', () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    const script = dataScript('pagefind/index/x.pf_index', bytes);
    expect(dataScriptPath('pagefind/index/x.pf_index')).toBe('pagefind/index/x.pf_index.js');
    const m = script.match(/^kbOfflineFile\("pagefind\/index\/x\.pf_index","([^"]+)"\);\n$/);
    expect(m).not.toBeNull();
    expect([...decodeBase64(m![1]!)]).toEqual([...bytes]);
  });

  it('are accepted only from the script named after the file', () => {
    expect(deliveredAs('file:///D:/%E7%A6%BB%E7%BA%BF/pagefind/kb-fold.json.js', 'pagefind/kb-fold.json')).toBe(true);
    expect(deliveredAs('file:///D:/x/pagefind/other.json.js', 'pagefind/kb-fold.json')).toBe(false);
  });

  it('cover the files the search page reads, and fragments get file-form addresses', () => {
    expect(isSearchData('pagefind/pagefind-entry.json')).toBe(true);
    expect(isSearchData('pagefind/fragment/a.pf_fragment')).toBe(true);
    expect(isSearchData('search/names.json')).toBe(true);
    expect(isSearchData('pagefind/pagefind.js')).toBe(false);
    expect(isSearchData('sources/a/raw.txt')).toBe(false);
    const plain = new TextEncoder().encode('pagefind_dcd{"url":"/sources/a/","content":"x"}');
    const out = new TextDecoder().decode(gunzipSync(offlineFragment(gzipSync(plain))));
    expect(out).toBe('pagefind_dcd{"url":"/sources/a/index.html","content":"x"}');
    expect(() => offlineFragment(gzipSync(new TextEncoder().encode('{"url":"/"}')))).toThrow(/signature/);
  });
});
