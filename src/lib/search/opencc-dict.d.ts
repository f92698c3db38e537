// opencc-js ships its dictionaries as modules ("opencc-js/dict/<name>") without type declarations:
// each exports one string of "from to|from to|…" entries.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
