/**
 * V2GTP stream reassembly: TCP delivers bytes, not messages. Chunks of any size go in (one byte at a
 * time, several messages at once, a header split anywhere); whole messages come out, in order. The header
 * is checked as soon as its 8 bytes are there (version and inverse version, a known payload type, a
 * length not above the configured maximum), so an oversize length is refused before any payload is
 * buffered. After a bad header the stream cannot be resynchronised: the framer stays failed.
 * Pure: no sockets, no timers.
 */
import { parseV2gtpHeader, PayloadType, V2GTP_HEADER_LENGTH, V2GTP_VERSION, type PayloadTypeValue } from '../exi/v2gtp.js';

/** Default largest payload accepted (bytes). */
export const DEFAULT_MAX_PAYLOAD = 65_536;

export type V2gtpHeaderErrorCode = 'bad_version' | 'unknown_payload_type' | 'payload_too_long';

export interface V2gtpHeaderError {
  code: V2gtpHeaderErrorCode;
  message: string;
  /** The 8 header bytes as received (hex). */
  header: string;
}

export interface V2gtpMessage {
  payloadType: PayloadTypeValue;
  payload: Uint8Array;
}

export type FramerOutput = { messages: V2gtpMessage[]; error?: V2gtpHeaderError };

const KNOWN = new Set<number>(Object.values(PayloadType));
const hex = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');

/** Checks one 8-byte header; a value, never a throw. */
export function checkV2gtpHeader(h: Uint8Array, maxPayload: number): { payloadType: PayloadTypeValue; payloadLength: number } | V2gtpHeaderError {
  const header = hex(h.subarray(0, V2GTP_HEADER_LENGTH));
  if (h[0] !== V2GTP_VERSION || h[1] !== (V2GTP_VERSION ^ 0xff)) {
    return { code: 'bad_version', message: `V2GTP version bytes ${header.slice(0, 4)}, expected 01fe`, header };
  }
  const type = (h[2]! << 8) | h[3]!;
  if (!KNOWN.has(type)) return { code: 'unknown_payload_type', message: `unknown V2GTP payload type 0x${type.toString(16).padStart(4, '0')}`, header };
  const parsed = parseV2gtpHeader(h, 0xffffffff)!;
  if (parsed.payloadLength > maxPayload) {
    return { code: 'payload_too_long', message: `V2GTP payload of ${parsed.payloadLength} bytes exceeds the maximum ${maxPayload}`, header };
  }
  return parsed;
}

export class V2gtpFramer {
  /** Received bytes not yet part of a whole message. */
  private buf: Uint8Array = new Uint8Array(0);
  private need: { payloadType: PayloadTypeValue; payloadLength: number } | undefined;
  private failed: V2gtpHeaderError | undefined;

  constructor(readonly maxPayload = DEFAULT_MAX_PAYLOAD) {}

  /** The error that stopped the framer, if any. */
  get error(): V2gtpHeaderError | undefined {
    return this.failed;
  }

  /** Bytes held waiting for the rest of a message. */
  get buffered(): number {
    return this.buf.length;
  }

  /** Feeds one chunk; returns the messages it completed and, once, the header error that ended the stream. */
  push(chunk: Uint8Array): FramerOutput {
    const messages: V2gtpMessage[] = [];
    if (this.failed) return { messages };
    let data = this.buf.length ? concat(this.buf, chunk) : chunk;
    for (;;) {
      if (!this.need) {
        if (data.length < V2GTP_HEADER_LENGTH) break;
        const h = checkV2gtpHeader(data, this.maxPayload);
        if ('code' in h) {
          this.failed = h;
          this.buf = new Uint8Array(0);
          return { messages, error: h };
        }
        this.need = h;
      }
      const end = V2GTP_HEADER_LENGTH + this.need.payloadLength;
      if (data.length < end) break;
      // A copy: the consumer may keep the payload while the socket reuses its buffers.
      messages.push({ payloadType: this.need.payloadType, payload: data.slice(V2GTP_HEADER_LENGTH, end) });
      this.need = undefined;
      data = data.subarray(end);
    }
    // Keep only the unconsumed tail (copied, so a large chunk's buffer is not pinned).
    this.buf = data.length ? data.slice() : new Uint8Array(0);
    return { messages };
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
