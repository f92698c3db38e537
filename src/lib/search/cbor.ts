// A minimal CBOR reader for the parts of the format Pagefind's index files use
// (unsigned/negative integers, text strings, definite arrays). It reads in place,
// without building generic objects, so large posting lists decode quickly.

export class CborReader {
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly decoder = new TextDecoder();
  pos = 0;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get done(): boolean {
    return this.pos >= this.bytes.length;
  }

  private head(): { major: number; value: number } {
    if (this.pos >= this.bytes.length) throw new Error('CBOR: unexpected end of data');
    const b = this.bytes[this.pos++]!;
    const major = b >> 5;
    const info = b & 31;
    let value: number;
    if (info < 24) value = info;
    else if (info === 24) value = this.bytes[this.pos++]!;
    else if (info === 25) {
      value = this.view.getUint16(this.pos);
      this.pos += 2;
    } else if (info === 26) {
      value = this.view.getUint32(this.pos);
      this.pos += 4;
    } else if (info === 27) {
      value = Number(this.view.getBigUint64(this.pos));
      this.pos += 8;
    } else if (info === 31) value = -1;
    else throw new Error(`CBOR: unsupported additional info ${info} at ${this.pos - 1}`);
    return { major, value };
  }

  /** The major type of the next item, without consuming it. */
  peekMajor(): number {
    return this.bytes[this.pos]! >> 5;
  }

  array(): number {
    const { major, value } = this.head();
    if (major !== 4) throw new Error(`CBOR: expected an array at ${this.pos}, got major type ${major}`);
    if (value < 0) throw new Error('CBOR: indefinite arrays are not supported');
    return value;
  }

  /** An unsigned or negative integer. */
  int(): number {
    const { major, value } = this.head();
    if (major === 0) return value;
    if (major === 1) return -1 - value;
    throw new Error(`CBOR: expected an integer, got major type ${major}`);
  }

  string(): string {
    const { major, value } = this.head();
    if (major !== 3 && major !== 2) throw new Error(`CBOR: expected a string, got major type ${major}`);
    const s = this.decoder.decode(this.bytes.subarray(this.pos, this.pos + value));
    this.pos += value;
    return s;
  }

  /** Skips one complete item of any supported kind. */
  skip(): void {
    const { major, value } = this.head();
    if (major === 2 || major === 3) this.pos += value;
    else if (major === 4) for (let k = 0; k < value; k++) this.skip();
    else if (major === 5) for (let k = 0; k < value * 2; k++) this.skip();
  }
}
