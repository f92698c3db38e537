// A minimal CBOR reader for the parts of the format Pagefind's index files use
// (unsigned/negative integers, text strings, definite arrays). It reads in place,
// without building generic objects, so large posting lists decode quickly.

export class CborReader {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly decoder = new TextDecoder();
  pos = 0;
  /** The last item head read by head(): major type and argument (fields, so reading allocates nothing). */
  private major = 0;
  private value = 0;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  /** Reads an item head into `major`/`value`. */
  private head(): void {
    const bytes = this.bytes;
    if (this.pos >= bytes.length) throw new Error('CBOR: unexpected end of data');
    const b = bytes[this.pos++]!;
    this.major = b >> 5;
    const info = b & 31;
    if (info < 24) this.value = info;
    else if (info === 24) this.value = bytes[this.pos++]!;
    else if (info === 25) {
      this.value = (bytes[this.pos]! << 8) | bytes[this.pos + 1]!;
      this.pos += 2;
    } else if (info === 26) {
      this.value = this.view.getUint32(this.pos);
      this.pos += 4;
    } else if (info === 27) {
      this.value = Number(this.view.getBigUint64(this.pos));
      this.pos += 8;
    } else if (info === 31) this.value = -1;
    else throw new Error(`CBOR: unsupported additional info ${info} at ${this.pos - 1}`);
  }

  array(): number {
    this.head();
    if (this.major !== 4) throw new Error(`CBOR: expected an array at ${this.pos}, got major type ${this.major}`);
    if (this.value < 0) throw new Error('CBOR: indefinite arrays are not supported');
    return this.value;
  }

  /** An unsigned or negative integer. */
  int(): number {
    this.head();
    if (this.major === 0) return this.value;
    if (this.major === 1) return -1 - this.value;
    throw new Error(`CBOR: expected an integer, got major type ${this.major}`);
  }

  string(): string {
    this.head();
    if (this.major !== 3 && this.major !== 2) throw new Error(`CBOR: expected a string, got major type ${this.major}`);
    const s = this.decoder.decode(this.bytes.subarray(this.pos, this.pos + this.value));
    this.pos += this.value;
    return s;
  }

  /** Skips one complete item of any supported kind (iteratively: posting lists are long). */
  skip(): void {
    let pending = 1;
    while (pending > 0) {
      this.head();
      pending--;
      const { major, value } = this;
      if (major === 2 || major === 3) this.pos += value;
      else if (major === 4) pending += value;
      else if (major === 5) pending += value * 2;
    }
  }

  /** Reads `count` integers into `out` (a fast path for posting lists; same encoding as int()). */
  ints(count: number, out: Int32Array): void {
    const bytes = this.bytes;
    let pos = this.pos;
    for (let i = 0; i < count; i++) {
      const b = bytes[pos++]!;
      const major = b >> 5;
      const info = b & 31;
      let v: number;
      if (info < 24) v = info;
      else if (info === 24) v = bytes[pos++]!;
      else if (info === 25) {
        v = (bytes[pos]! << 8) | bytes[pos + 1]!;
        pos += 2;
      } else if (info === 26) {
        v = bytes[pos]! * 0x1000000 + ((bytes[pos + 1]! << 16) | (bytes[pos + 2]! << 8) | bytes[pos + 3]!);
        pos += 4;
      } else {
        this.pos = pos - 1;
        out[i] = this.int();
        pos = this.pos;
        continue;
      }
      if (major === 0) out[i] = v;
      else if (major === 1) out[i] = -1 - v;
      else throw new Error(`CBOR: expected an integer, got major type ${major}`);
    }
    if (pos > bytes.length) throw new Error('CBOR: unexpected end of data');
    this.pos = pos;
  }
}
