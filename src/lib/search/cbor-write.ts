// The few CBOR encodings the build writes in Pagefind's index format (rechunk.ts, phrases.ts):
// item heads, integers, text strings; parts are concatenated at the end.

/** A CBOR item head (major type, argument). */
export function head(major: number, n: number): number[] {
  const m = major << 5;
  if (n < 24) return [m | n];
  if (n < 0x100) return [m | 24, n];
  if (n < 0x10000) return [m | 25, n >> 8, n & 0xff];
  if (n <= 0xffffffff) return [m | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
  throw new Error(`CBOR: ${n} is too large`);
}

/** An unsigned or negative integer. */
export function int(n: number): number[] {
  return n >= 0 ? head(0, n) : head(1, -1 - n);
}

export function concat(parts: readonly (Uint8Array | readonly number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function text(s: string): Uint8Array {
  const bytes = new TextEncoder().encode(s);
  return concat([head(3, bytes.length), bytes]);
}
