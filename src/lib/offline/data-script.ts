// The script file that delivers one data file to the offline edition's search page (read by
// transport.ts): one call of the register function with the file's name (its path in the site,
// checked against where the script was loaded from) and its bytes in base64.
import { DATA_SCRIPT_SUFFIX, REGISTER_FUNCTION } from './transport.ts';

/** The companion script's path for data file `name` ("pagefind/kb-fold.json" → "pagefind/kb-fold.json.js"). */
export function dataScriptPath(name: string): string {
  return `${name}${DATA_SCRIPT_SUFFIX}`;
}

/** The text of the companion script of data file `name`. */
export function dataScript(name: string, bytes: Uint8Array): string {
  const base64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  return `${REGISTER_FUNCTION}(${JSON.stringify(name)},"${base64}");\n`;
}
