/**
 * V2GTP framing (ISO 15118-2 §7.8.3, -20 §7.8): 8-byte header = version 0x01, inverse 0xFE, payload type
 * (u16, big endian), payload length (u32, big endian), then the payload.
 */
import { ExiError } from './errors.js';

export const V2GTP_HEADER_LENGTH = 8;
export const V2GTP_VERSION = 0x01;

export const PayloadType = {
  /** SAP, DIN 70121, ISO 15118-2 (and the -20 SAP handshake). */
  Exi: 0x8001,
  Iso20Main: 0x8002,
  Iso20AC: 0x8003,
  Iso20DC: 0x8004,
  Iso20ACDP: 0x8005,
  Iso20WPT: 0x8006,
  SdpRequest: 0x9000,
  SdpResponse: 0x9001,
} as const;
export type PayloadTypeValue = (typeof PayloadType)[keyof typeof PayloadType];

const KNOWN = new Set<number>(Object.values(PayloadType));

/** The payload type that carries a document of the given schema. */
export function payloadTypeFor(schema: string): PayloadTypeValue {
  switch (schema) {
    case 'iso20':
      return PayloadType.Iso20Main;
    case 'iso20-ac':
      return PayloadType.Iso20AC;
    case 'iso20-dc':
      return PayloadType.Iso20DC;
    case 'iso20-acdp':
      return PayloadType.Iso20ACDP;
    case 'iso20-wpt':
      return PayloadType.Iso20WPT;
    default:
      return PayloadType.Exi;
  }
}

export function frameV2gtp(payloadType: number, payload: Uint8Array): Uint8Array {
  if (!KNOWN.has(payloadType)) throw new ExiError(`unknown V2GTP payload type 0x${payloadType.toString(16)}`, 0);
  const out = new Uint8Array(V2GTP_HEADER_LENGTH + payload.length);
  out[0] = V2GTP_VERSION;
  out[1] = V2GTP_VERSION ^ 0xff;
  out[2] = payloadType >>> 8;
  out[3] = payloadType & 0xff;
  new DataView(out.buffer).setUint32(4, payload.length, false);
  out.set(payload, V2GTP_HEADER_LENGTH);
  return out;
}

export interface V2gtpHeader {
  payloadType: PayloadTypeValue;
  payloadLength: number;
}

/**
 * Parses a header. Returns undefined when fewer than 8 bytes are available (a stream reader waits for more);
 * throws ExiError on a bad version, unknown payload type or a length above `maxPayload`.
 */
export function parseV2gtpHeader(buf: Uint8Array, maxPayload = 65536): V2gtpHeader | undefined {
  if (buf.length < V2GTP_HEADER_LENGTH) return undefined;
  if (buf[0] !== V2GTP_VERSION || buf[1] !== (V2GTP_VERSION ^ 0xff)) {
    throw new ExiError(`bad V2GTP version bytes ${buf[0]!.toString(16)} ${buf[1]!.toString(16)}`, 0);
  }
  const payloadType = (buf[2]! << 8) | buf[3]!;
  if (!KNOWN.has(payloadType)) throw new ExiError(`unknown V2GTP payload type 0x${payloadType.toString(16)}`, 16);
  const payloadLength = new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getUint32(4, false);
  if (payloadLength > maxPayload) throw new ExiError(`V2GTP payload of ${payloadLength} bytes exceeds ${maxPayload}`, 32);
  return { payloadType: payloadType as PayloadTypeValue, payloadLength };
}

/** Splits one complete message off the front of `buf`; undefined when it is not complete yet. */
export function unframeV2gtp(
  buf: Uint8Array,
  maxPayload?: number,
): { header: V2gtpHeader; payload: Uint8Array; rest: Uint8Array } | undefined {
  const header = parseV2gtpHeader(buf, maxPayload);
  if (!header) return undefined;
  const end = V2GTP_HEADER_LENGTH + header.payloadLength;
  if (buf.length < end) return undefined;
  return { header, payload: buf.subarray(V2GTP_HEADER_LENGTH, end), rest: buf.subarray(end) };
}
