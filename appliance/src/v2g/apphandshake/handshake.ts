/**
 * The handshake on bytes: decode supportedAppProtocolReq, negotiate, encode the answer. Never throws: a
 * payload that does not decode (or is not a request) is answered with Failed_NoNegotiation, after which the
 * caller closes the connection.
 */
import { decode, encode } from '../exi/index.js';
import { negotiateAppProtocol, type NegotiationResult, type SupportedProtocol } from './negotiate.js';

export interface HandshakeOutcome extends NegotiationResult {
  /** Encoded supportedAppProtocolRes (EXI, no V2GTP header). */
  bytes: Uint8Array;
  /** Why the request was not understood, when it was not. */
  error?: string;
}

export function handleAppHandshake(payload: Uint8Array, supported: readonly SupportedProtocol[]): HandshakeOutcome {
  let result: NegotiationResult;
  let error: string | undefined;
  try {
    const doc = decode('appProtocol', payload);
    if (!('supportedAppProtocolReq' in doc)) throw new Error('not a supportedAppProtocolReq');
    result = negotiateAppProtocol(doc.supportedAppProtocolReq, supported);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
    result = { response: { supportedAppProtocolRes: { ResponseCode: 'Failed_NoNegotiation' } }, skipped: [] };
  }
  return { ...result, bytes: encode('appProtocol', result.response), ...(error !== undefined ? { error } : {}) };
}
