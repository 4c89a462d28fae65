/**
 * Bit-packed EXI stream reader and writer (EXI 1.0 section 7: n-bit unsigned, unsigned varint, signed
 * integer, string literals, binary). The generated codecs call these methods directly; every read is
 * checked against the bits that remain, and lengths are checked against the facet and the remaining input
 * before anything is allocated, so a hostile stream cannot make the decoder allocate more than it sent.
 */
import { ExiError, wrapError } from './errors.js';

const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push(i.toString(16).padStart(2, '0'));
/** Nibble value of an ASCII hex digit, or -1. */
const NIBBLE = new Int8Array(128).fill(-1);
for (let i = 0; i < 10; i++) NIBBLE[48 + i] = i;
for (let i = 0; i < 6; i++) {
  NIBBLE[65 + i] = 10 + i;
  NIBBLE[97 + i] = 10 + i;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

export class BitReader {
  private buf: Uint8Array;
  /** Next bit to read, counted from the start of `buf`. */
  pos = 0;
  /** Number of bits in the input. */
  private end: number;

  constructor(buf: Uint8Array) {
    this.buf = buf;
    this.end = buf.length * 8;
  }

  reset(buf: Uint8Array): void {
    this.buf = buf;
    this.end = buf.length * 8;
    this.pos = 0;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  fail(message: string): ExiError {
    return new ExiError(message, this.pos);
  }

  wrap(e: unknown, where: string, state: number): ExiError {
    return wrapError(e, `${where}#${state}`, this.pos);
  }

  /** An event code that the current grammar state does not define (or the second-level escape). */
  badCode(code: number): ExiError {
    return new ExiError(`event code ${code} is not allowed here (no second-level events in this profile)`, this.pos);
  }

  /** Reads n ≤ 24 bits, most significant first. Kept small so V8 inlines it into the generated code. */
  bits(n: number): number {
    const pos = this.pos;
    if (pos + n > this.end) throw this.eof(n);
    this.pos = pos + n;
    const buf = this.buf;
    let i = pos >>> 3;
    let have = 8 - (pos & 7);
    // Only the bits of the first byte at and after pos; v then holds `have` valid bits (at most 31).
    let v = buf[i]! & ((1 << have) - 1);
    while (have < n) {
      v = (v << 8) | buf[++i]!;
      have += 8;
    }
    return v >>> (have - n);
  }

  private eof(n: number): ExiError {
    return new ExiError(`truncated stream: need ${n} bits, ${this.end - this.pos} left`, this.pos);
  }

  /** The CH/EE of a simple-type grammar: a 1-bit code that must be 0 (1 is the second-level escape). */
  code0(): void {
    if (this.bits(1) !== 0) throw this.badCode(1);
  }

  bool(): boolean {
    return this.bits(1) === 1;
  }

  nbit(n: number, min: number, max: number): number {
    const v = min + this.bits(n);
    if (v > max) throw new ExiError(`value ${v} above maxInclusive ${max}`, this.pos - n);
    return v;
  }

  enumIdx(n: number, count: number): number {
    const i = this.bits(n);
    if (i >= count) throw new ExiError(`enumeration index ${i} out of range (${count} values)`, this.pos - n);
    return i;
  }

  // Whole simple-type elements in one read: CH code (1 bit, 0), the n-bit value, EE code (1 bit, 0), and
  // with cw > 0 also a preceding SE code of cw bits that must be 0 (a state whose only production is this
  // element). Fusing saves up to three calls per field on the hot path.

  private fused(n: number, cw: number): number {
    const t = this.bits(cw + n + 2);
    if ((t & 1) !== 0 || t >>> (n + 1) !== 0) {
      throw new ExiError('event code not allowed here (no second-level events in this profile)', this.pos - n - 2 - cw);
    }
    return t >>> 1;
  }

  boolEl(cw: number): boolean {
    return this.fused(1, cw) === 1;
  }

  nbitEl(n: number, min: number, max: number, cw: number): number {
    const v = min + this.fused(n, cw);
    if (v > max) throw new ExiError(`value ${v} above maxInclusive ${max}`, this.pos - n - 1);
    return v;
  }

  enumEl(n: number, count: number, cw: number): number {
    const i = this.fused(n, cw);
    if (i >= count) throw new ExiError(`enumeration index ${i} out of range (${count} values)`, this.pos - n - 1);
    return i;
  }

  /** EXI unsigned integer: 7-bit groups, least significant first. Values must stay below 2^53. */
  uintRaw(): number {
    let v = 0;
    let mul = 1;
    for (let i = 0; i < 8; i++) {
      const b = this.bits(8);
      v += (b & 0x7f) * mul;
      if ((b & 0x80) === 0) {
        if (v > MAX_SAFE) break;
        return v;
      }
      mul *= 128;
    }
    throw this.fail('unsigned integer too large (values must be below 2^53)');
  }

  uint(min: number, max: number): number {
    const start = this.pos;
    const v = this.uintRaw();
    if (v < min || v > max) throw new ExiError(`value ${v} outside ${min}..${max}`, start);
    return v;
  }

  int(min: number, max: number): number {
    const start = this.pos;
    const neg = this.bits(1) === 1;
    const m = this.uintRaw();
    const v = neg ? -m - 1 : m;
    if (v < min || v > max) throw new ExiError(`value ${v} outside ${min}..${max}`, start);
    return v;
  }

  /** String literal: length + 2 (0 and 1 would be string-table hits, which this profile never uses). */
  str(maxLen: number): string {
    const start = this.pos;
    const l = this.uintRaw();
    if (l < 2) throw new ExiError('string table hit: not allowed in this profile', start);
    const len = l - 2;
    if (len > maxLen) throw new ExiError(`string of ${len} characters exceeds maxLength ${maxLen}`, start);
    // Each character takes at least 8 bits: refuse before building anything.
    if (len * 8 > this.end - this.pos) throw new ExiError(`string of ${len} characters exceeds the input`, start);
    let s = '';
    for (let i = 0; i < len; i++) {
      const cp = this.uintRaw();
      if (cp > 0x10ffff) throw new ExiError(`invalid code point ${cp}`, this.pos);
      s += cp < 0x10000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
    }
    return s;
  }

  /** hexBinary / base64Binary: length, then raw bytes; returned as lower-case hex. */
  hex(maxLen: number): string {
    const start = this.pos;
    const len = this.uintRaw();
    if (len > maxLen) throw new ExiError(`binary of ${len} bytes exceeds maxLength ${maxLen}`, start);
    if (len * 8 > this.end - this.pos) throw new ExiError(`binary of ${len} bytes exceeds the input`, start);
    let s = '';
    if ((this.pos & 7) === 0) {
      let i = this.pos >>> 3;
      const buf = this.buf;
      for (let k = 0; k < len; k++) s += HEX[buf[i++]!]!;
      this.pos += len * 8;
    } else {
      for (let k = 0; k < len; k++) s += HEX[this.bits(8)]!;
    }
    return s;
  }
}

export class BitWriter {
  /** Reject keys the grammar does not know (costs a key walk per object; see encode's `trusted`). */
  strict = true;
  private buf = new Uint8Array(512);
  private len = 0;
  /** Bits waiting for the current byte (fewer than 8), right-aligned in `acc`. */
  private acc = 0;
  private nacc = 0;

  reset(): void {
    this.len = 0;
    this.acc = 0;
    this.nacc = 0;
  }

  get bitOffset(): number {
    return this.len * 8 + this.nacc;
  }

  fail(message: string): ExiError {
    return new ExiError(message, this.bitOffset);
  }

  wrap(e: unknown, where: string, state: number): ExiError {
    return wrapError(e, `${where}#${state}`, this.bitOffset);
  }

  private grow(): void {
    const b = new Uint8Array(this.buf.length * 2);
    b.set(this.buf);
    this.buf = b;
  }

  /** Writes the n ≤ 24 low bits of v, most significant first. */
  bits(v: number, n: number): void {
    // Fewer than 8 bits wait in acc, so acc never exceeds 31 bits here.
    let nacc = this.nacc + n;
    let acc = (this.acc << n) | (v & ((1 << n) - 1));
    if (nacc >= 8) {
      if (this.len + 4 > this.buf.length) this.grow();
      const buf = this.buf;
      let len = this.len;
      do {
        nacc -= 8;
        buf[len++] = (acc >>> nacc) & 0xff;
      } while (nacc >= 8);
      this.len = len;
      acc &= (1 << nacc) - 1;
    }
    this.acc = acc;
    this.nacc = nacc;
  }

  /** Pads with zero bits to a whole byte and returns a copy of the stream (the buffer is reused). */
  finish(): Uint8Array {
    if (this.nacc > 0) this.bits(0, 8 - this.nacc);
    return this.buf.slice(0, this.len);
  }

  bool(x: boolean): void {
    if (typeof x !== 'boolean') throw this.fail(`expected a boolean, got ${typeof x}`);
    this.bits(x ? 1 : 0, 1);
  }

  nbit(x: number, n: number, min: number, max: number): void {
    if (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > max) {
      throw this.fail(`value ${String(x)} is not an integer in ${min}..${max}`);
    }
    this.bits(x - min, n);
  }

  /**
   * A simple-type element with a small value: its SE code c (cw bits), CH (0), the value and EE (0) in as
   * few writes as the 24-bit limit allows (see BitReader.fused for the reading side).
   */
  codeBool(c: number, cw: number, x: boolean): void {
    if (typeof x !== 'boolean') throw this.fail(`expected a boolean, got ${typeof x}`);
    this.bits((c << 3) | (x ? 2 : 0), cw + 3);
  }

  codeNbit(c: number, cw: number, x: number, n: number, min: number, max: number): void {
    if (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > max) {
      throw this.fail(`value ${String(x)} is not an integer in ${min}..${max}`);
    }
    if (cw + n + 2 <= 24) {
      this.bits((c << (n + 2)) | ((x - min) << 1), cw + n + 2);
    } else {
      this.bits(c, cw);
      this.bits((x - min) << 1, n + 2);
    }
  }

  /** Unsigned-integer element with its SE code; values below 2^14 go out in a single write. */
  codeUint(c: number, cw: number, x: number, min: number, max: number): void {
    if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < min || x > max) {
      throw this.fail(`value ${String(x)} is not an integer in ${min}..${max}`);
    }
    if (x < 0x80 && cw <= 14) {
      // [c][CH 0][0xxxxxxx][EE 0]
      this.bits((c << 10) | (x << 1), cw + 10);
    } else if (x < 0x4000 && cw <= 6) {
      // [c][CH 0][1 low7][0 high7][EE 0]
      this.bits((c << 18) | ((0x80 | (x & 0x7f)) << 9) | ((x >>> 7) << 1), cw + 18);
    } else {
      this.bits(c << 1, cw + 1);
      this.uintRaw(x);
      this.bits(0, 1);
    }
  }

  /** Signed-integer element with its SE code; magnitudes below 128 go out in a single write. */
  codeInt(c: number, cw: number, x: number, min: number, max: number): void {
    if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < min || x > max) {
      throw this.fail(`value ${String(x)} is not an integer in ${min}..${max}`);
    }
    const sign = x < 0 ? 1 : 0;
    const m = x < 0 ? -x - 1 : x;
    if (m < 0x80 && cw <= 13) {
      // [c][CH 0][sign][0mmmmmmm][EE 0]
      this.bits((c << 11) | (sign << 9) | (m << 1), cw + 11);
    } else {
      this.bits((c << 2) | sign, cw + 2);
      this.uintRaw(m);
      this.bits(0, 1);
    }
  }

  uintRaw(x: number): void {
    while (x >= 0x80) {
      this.bits((x % 128) | 0x80, 8);
      x = Math.floor(x / 128);
    }
    this.bits(x, 8);
  }

  uint(x: number, min: number, max: number): void {
    if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < min || x > max) {
      throw this.fail(`value ${String(x)} is not an integer in ${min}..${max}`);
    }
    this.uintRaw(x);
  }

  int(x: number, min: number, max: number): void {
    if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < min || x > max) {
      throw this.fail(`value ${String(x)} is not an integer in ${min}..${max}`);
    }
    if (x < 0) {
      this.bits(1, 1);
      this.uintRaw(-x - 1);
    } else {
      this.bits(0, 1);
      this.uintRaw(x);
    }
  }

  str(x: string, maxLen: number): void {
    if (typeof x !== 'string') throw this.fail(`expected a string, got ${typeof x}`);
    let ascii = true;
    for (let i = 0; i < x.length; i++) {
      if (x.charCodeAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      if (x.length > maxLen) throw this.fail(`string of ${x.length} characters exceeds maxLength ${maxLen}`);
      this.uintRaw(x.length + 2);
      for (let i = 0; i < x.length; i++) this.bits(x.charCodeAt(i), 8);
      return;
    }
    const cps = Array.from(x, (c) => c.codePointAt(0)!);
    if (cps.length > maxLen) throw this.fail(`string of ${cps.length} characters exceeds maxLength ${maxLen}`);
    this.uintRaw(cps.length + 2);
    for (const cp of cps) this.uintRaw(cp);
  }

  /** Binary value given as a hex string (either case accepted, lower case is canonical). */
  hex(x: string, maxLen: number): void {
    if (typeof x !== 'string' || (x.length & 1) !== 0) throw this.fail('expected a hex string of whole bytes');
    const n = x.length >>> 1;
    if (n > maxLen) throw this.fail(`binary of ${n} bytes exceeds maxLength ${maxLen}`);
    this.uintRaw(n);
    for (let i = 0; i < x.length; i += 2) {
      const a = x.charCodeAt(i);
      const b = x.charCodeAt(i + 1);
      const hi = a < 128 ? NIBBLE[a]! : -1;
      const lo = b < 128 ? NIBBLE[b]! : -1;
      if (hi < 0 || lo < 0) throw this.fail(`invalid hex digit in "${x.slice(i, i + 2)}"`);
      this.bits((hi << 4) | lo, 8);
    }
  }
}

/** Number of enumerable keys (no allocation, unlike Object.keys). */
export function keyCount(o: object): number {
  let c = 0;
  for (const _k in o) c++;
  return c;
}

/** Keys of a document object that hold a value (what an encoder consumes when no key is unknown). */
export function definedKeys(o: object): number {
  let c = 0;
  for (const k in o) if ((o as Record<string, unknown>)[k] !== undefined) c++;
  return c;
}

/** The error for a key that the type's grammar does not know (only built on the error path). */
export function unknownKey(w: BitWriter, o: object, known: readonly string[]): ExiError {
  for (const k in o) {
    if ((o as Record<string, unknown>)[k] !== undefined && !known.includes(k)) return w.fail(`unknown key ${JSON.stringify(k)}`);
  }
  return w.fail('unexpected keys');
}
