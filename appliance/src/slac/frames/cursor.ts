/**
 * Byte cursor and byte writer for the frame codec. HomePlug AV puts multi-byte integers on the wire
 * little-endian (MMTYPE, MVFLength, nonces, PRN, CipherSuite); MAC addresses and fixed-size IDs are
 * byte strings in wire order.
 */
import { bytesToHex, bytesToMac, hexToBytes, macToBytes } from './mac.js';
import type { Hex, MacAddress } from './types.js';

/** Thrown by the cursor when a field runs past the end of the frame; parseFrame turns it into a drop. */
export class TruncatedError extends Error {
  constructor(
    readonly field: string,
    readonly offset: number,
    readonly need: number,
    readonly have: number,
  ) {
    super(`${field} at offset ${offset} needs ${need} byte(s), ${Math.max(0, have)} left`);
  }
}

export class Cursor {
  constructor(
    readonly bytes: Uint8Array,
    public offset = 0,
  ) {}

  get remaining(): number {
    return this.bytes.length - this.offset;
  }

  private take(n: number, field: string): number {
    if (this.remaining < n) throw new TruncatedError(field, this.offset, n, this.remaining);
    const at = this.offset;
    this.offset += n;
    return at;
  }

  u8(field: string): number {
    return this.bytes[this.take(1, field)]!;
  }

  u16le(field: string): number {
    const at = this.take(2, field);
    return this.bytes[at]! | (this.bytes[at + 1]! << 8);
  }

  u16be(field: string): number {
    const at = this.take(2, field);
    return (this.bytes[at]! << 8) | this.bytes[at + 1]!;
  }

  u32le(field: string): number {
    const at = this.take(4, field);
    const b = this.bytes;
    return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
  }

  hex(n: number, field: string): Hex {
    const at = this.take(n, field);
    return bytesToHex(this.bytes, at, at + n);
  }

  mac(field: string): MacAddress {
    return bytesToMac(this.bytes, this.take(6, field));
  }

  u8s(n: number, field: string): number[] {
    const at = this.take(n, field);
    return Array.from(this.bytes.subarray(at, at + n));
  }

  rest(): Uint8Array {
    // A copy, also for a Buffer (whose slice() would share memory with the caller's frame).
    const out = Uint8Array.from(this.bytes.subarray(this.offset));
    this.offset = this.bytes.length;
    return out;
  }
}

function checkInt(value: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${field}: ${String(value)} is not an integer in 0..${max}`);
  }
  return value;
}

export class Writer {
  private readonly out: number[] = [];

  get length(): number {
    return this.out.length;
  }

  u8(value: number, field: string): this {
    this.out.push(checkInt(value, 0xff, field));
    return this;
  }

  u16le(value: number, field: string): this {
    const v = checkInt(value, 0xffff, field);
    this.out.push(v & 0xff, v >> 8);
    return this;
  }

  u16be(value: number, field: string): this {
    const v = checkInt(value, 0xffff, field);
    this.out.push(v >> 8, v & 0xff);
    return this;
  }

  u32le(value: number, field: string): this {
    const v = checkInt(value, 0xffffffff, field);
    this.out.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, v >>> 24);
    return this;
  }

  hex(value: Hex, size: number, field: string): this {
    return this.raw(hexToBytes(value, size, field));
  }

  mac(value: MacAddress, field: string): this {
    return this.raw(macToBytes(value, field));
  }

  u8s(values: readonly number[], field: string): this {
    if (!Array.isArray(values)) throw new RangeError(`${field}: not an array`);
    values.forEach((v, i) => this.u8(v, `${field}[${i}]`));
    return this;
  }

  raw(bytes: Uint8Array): this {
    for (const b of bytes) this.out.push(b);
    return this;
  }

  zeros(n: number): this {
    for (let i = 0; i < n; i++) this.out.push(0);
    return this;
  }

  toBytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}
