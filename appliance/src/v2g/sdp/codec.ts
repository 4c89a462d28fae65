/**
 * SECC Discovery Protocol messages (ISO 15118-2 §7.10.1, DIN 70121 §8.7.1), carried in a V2GTP frame
 * over UDP port 15118:
 *   request  (payload type 0x9000, 2 bytes):  Security, TransportProtocol
 *   response (payload type 0x9001, 20 bytes): SECC IPv6 address (16), SECC port (u16 BE), Security,
 *                                             TransportProtocol
 * Security 0x00 = TLS, 0x10 = no TLS; TransportProtocol 0x00 = TCP, 0x10 = UDP (reserved). Values the
 * standard does not define are kept as `0x..` text, so a datagram always re-serialises byte for byte;
 * whether to answer such a request is the server's decision, not the codec's.
 *
 * Parsing never throws: a datagram that is not a well-formed SDP message gives `{ ok: false, error }`.
 */
import { ExiError } from '../exi/errors.js';
import { frameV2gtp, parseV2gtpHeader, PayloadType, V2GTP_HEADER_LENGTH, V2GTP_VERSION } from '../exi/v2gtp.js';
import { formatIpv6, parseIpv6 } from './ipv6.js';

/** UDP port of the SECC's SDP server. */
export const SDP_PORT = 15118;
/** The all-nodes link-local multicast group the EV sends its SDP request to. */
export const SDP_MULTICAST = 'ff02::1';

export const SdpSecurityByte = { TLS: 0x00, NoTLS: 0x10 } as const;
export const SdpTransportByte = { TCP: 0x00, UDP: 0x10 } as const;

/** A byte the standard does not define, as lower-case `0x..` text. */
export type UnknownByte = `0x${string}`;
export type SdpSecurity = keyof typeof SdpSecurityByte | UnknownByte;
export type SdpTransport = keyof typeof SdpTransportByte | UnknownByte;

export const SDP_REQUEST_PAYLOAD_LENGTH = 2;
export const SDP_RESPONSE_PAYLOAD_LENGTH = 20;

export interface SdpRequest {
  name: 'SDP_Req';
  security: SdpSecurity;
  transport: SdpTransport;
}

export interface SdpResponse {
  name: 'SDP_Res';
  /** RFC 5952 text, no zone (the datagram carries 16 bytes). */
  secc_ip: string;
  secc_port: number;
  security: SdpSecurity;
  transport: SdpTransport;
}

export type SdpMessage = SdpRequest | SdpResponse;

export type SdpErrorCode =
  | 'truncated' // fewer bytes than a V2GTP header or than the header announces
  | 'bad_version' // protocol version / inverse version
  | 'unknown_payload_type' // not a V2GTP payload type at all
  | 'not_sdp' // a V2GTP payload type, but not SDP (e.g. 0x8001 EXI)
  | 'bad_length' // payload length other than 2 (request) / 20 (response)
  | 'trailing_bytes'; // more bytes in the datagram than the header announces

export interface SdpParseError {
  code: SdpErrorCode;
  message: string;
}

export type SdpParseResult = { ok: true; message: SdpMessage } | { ok: false; error: SdpParseError };

const fail = (code: SdpErrorCode, message: string): SdpParseResult => ({ ok: false, error: { code, message } });
const hexByte = (b: number): UnknownByte => `0x${b.toString(16).padStart(2, '0')}`;

export function securityName(b: number): SdpSecurity {
  return b === SdpSecurityByte.TLS ? 'TLS' : b === SdpSecurityByte.NoTLS ? 'NoTLS' : hexByte(b);
}

export function transportName(b: number): SdpTransport {
  return b === SdpTransportByte.TCP ? 'TCP' : b === SdpTransportByte.UDP ? 'UDP' : hexByte(b);
}

/** The byte of a security/transport name; undefined for text that is neither a name nor `0x..`. */
function byteOf(table: Record<string, number>, v: string): number | undefined {
  if (Object.hasOwn(table, v)) return table[v];
  if (/^0x[0-9a-f]{1,2}$/i.test(v)) return parseInt(v.slice(2), 16);
  return undefined;
}

export function securityByte(s: SdpSecurity): number | undefined {
  return byteOf(SdpSecurityByte, s);
}

export function transportByte(t: SdpTransport): number | undefined {
  return byteOf(SdpTransportByte, t);
}

/** Parses one UDP payload (V2GTP header included). Never throws. */
export function parseSdp(datagram: Uint8Array): SdpParseResult {
  if (datagram.length < V2GTP_HEADER_LENGTH) {
    return fail('truncated', `${datagram.length} bytes, shorter than a V2GTP header`);
  }
  if (datagram[0] !== V2GTP_VERSION || datagram[1] !== (V2GTP_VERSION ^ 0xff)) {
    return fail('bad_version', `V2GTP version bytes ${hexByte(datagram[0]!)} ${hexByte(datagram[1]!)}`);
  }
  let header;
  try {
    // Any length passes here: the exact length per payload type is checked below.
    header = parseV2gtpHeader(datagram, 0xffffffff)!;
  } catch (e) {
    return fail('unknown_payload_type', e instanceof ExiError ? e.message : String(e));
  }
  const { payloadType, payloadLength } = header;
  const expected =
    payloadType === PayloadType.SdpRequest
      ? SDP_REQUEST_PAYLOAD_LENGTH
      : payloadType === PayloadType.SdpResponse
        ? SDP_RESPONSE_PAYLOAD_LENGTH
        : undefined;
  if (expected === undefined) return fail('not_sdp', `payload type 0x${payloadType.toString(16)} is not SDP`);
  if (payloadLength !== expected) return fail('bad_length', `payload length ${payloadLength}, expected ${expected}`);
  const total = V2GTP_HEADER_LENGTH + payloadLength;
  if (datagram.length < total) return fail('truncated', `${datagram.length} bytes, the header announces ${total}`);
  if (datagram.length > total) return fail('trailing_bytes', `${datagram.length - total} bytes after the payload`);
  const p = datagram.subarray(V2GTP_HEADER_LENGTH, total);
  if (payloadType === PayloadType.SdpRequest) {
    return { ok: true, message: { name: 'SDP_Req', security: securityName(p[0]!), transport: transportName(p[1]!) } };
  }
  return {
    ok: true,
    message: {
      name: 'SDP_Res',
      secc_ip: formatIpv6(p.subarray(0, 16)),
      secc_port: (p[16]! << 8) | p[17]!,
      security: securityName(p[18]!),
      transport: transportName(p[19]!),
    },
  };
}

/**
 * The datagram of a message. Throws RangeError for values that cannot be put on the wire (not IPv6, a
 * port outside 0–65535, an unknown security/transport text): those are the caller's bugs, not input.
 */
export function encodeSdp(msg: SdpMessage): Uint8Array {
  const sec = securityByte(msg.security);
  const tr = transportByte(msg.transport);
  if (sec === undefined) throw new RangeError(`SDP security ${String(msg.security)} is neither a name nor 0x..`);
  if (tr === undefined) throw new RangeError(`SDP transport ${String(msg.transport)} is neither a name nor 0x..`);
  if (msg.name === 'SDP_Req') return frameV2gtp(PayloadType.SdpRequest, Uint8Array.of(sec, tr));
  const ip = parseIpv6(msg.secc_ip);
  if (!ip) throw new RangeError(`SDP response address ${msg.secc_ip} is not IPv6`);
  if (!Number.isInteger(msg.secc_port) || msg.secc_port < 0 || msg.secc_port > 0xffff) {
    throw new RangeError(`SDP response port ${msg.secc_port} is not a u16`);
  }
  const p = new Uint8Array(SDP_RESPONSE_PAYLOAD_LENGTH);
  p.set(ip, 0);
  p[16] = msg.secc_port >>> 8;
  p[17] = msg.secc_port & 0xff;
  p[18] = sec;
  p[19] = tr;
  return frameV2gtp(PayloadType.SdpResponse, p);
}

export const encodeSdpRequest = (security: SdpSecurity = 'NoTLS', transport: SdpTransport = 'TCP'): Uint8Array =>
  encodeSdp({ name: 'SDP_Req', security, transport });

export const encodeSdpResponse = (r: Omit<SdpResponse, 'name'>): Uint8Array => encodeSdp({ name: 'SDP_Res', ...r });
