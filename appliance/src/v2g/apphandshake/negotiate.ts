/**
 * supportedAppProtocol negotiation (DIN 70121 §8.4.3.2 / ISO 15118-2 §8.2.3.2): the EV offers up to 20
 * protocols, each with a namespace, a version, a SchemaID and a priority (1 = most wanted); the SECC picks one
 * it implements. Pure: no I/O, no clock, nothing thrown for odd but well-formed offers.
 *
 * Rules implemented here:
 *  - only offers whose namespace the charger is configured for, with the same major version, are eligible;
 *    anything else (e.g. `urn:tesla:din:2018:MsgDef`, offered by some Teslas next to DIN) is skipped;
 *  - among eligible offers the EV's priority decides (lowest Priority value wins); for equal priorities the
 *    charger's configured order breaks the tie;
 *  - same minor version → OK_SuccessfulNegotiation, a different minor → …WithMinorDeviation;
 *  - nothing eligible → Failed_NoNegotiation with no SchemaID.
 */
import type { AppProtocolTypes } from '../exi/index.js';

/** One protocol the charger speaks, in the charger's order of preference. */
export interface SupportedProtocol {
  namespace: string;
  major: number;
  minor: number;
}

export type AppProtocolResponseCode = AppProtocolTypes.supportedAppProtocolRes_anon['ResponseCode'];

export interface NegotiationResult {
  /** The document to send back: `{ supportedAppProtocolRes: … }`. */
  response: { supportedAppProtocolRes: AppProtocolTypes.supportedAppProtocolRes_anon };
  /** The chosen offer and the charger's entry it matched; absent on Failed_NoNegotiation. */
  chosen?: { offer: AppProtocolTypes.AppProtocolType; protocol: SupportedProtocol; minorDeviation: boolean };
  /** Offered namespaces the charger does not implement (or not in this major version), for the log. */
  skipped: string[];
}

/** DIN 70121:2012, the version every DIN car in the corpus offers. */
export const DIN_70121: SupportedProtocol = { namespace: 'urn:din:70121:2012:MsgDef', major: 2, minor: 0 };
/** ISO 15118-2:2013. */
export const ISO_15118_2: SupportedProtocol = { namespace: 'urn:iso:15118:2:2013:MsgDef', major: 2, minor: 0 };

const FAILED = (skipped: string[]): NegotiationResult => ({
  response: { supportedAppProtocolRes: { ResponseCode: 'Failed_NoNegotiation' } },
  skipped,
});

export function negotiateAppProtocol(
  req: AppProtocolTypes.supportedAppProtocolReq_anon,
  supported: readonly SupportedProtocol[],
): NegotiationResult {
  const offers = Array.isArray(req?.AppProtocol) ? req.AppProtocol : [];
  const skipped: string[] = [];
  let best: { offer: AppProtocolTypes.AppProtocolType; protocol: SupportedProtocol; rank: number } | undefined;
  for (const offer of offers) {
    const rank = supported.findIndex((p) => p.namespace === offer.ProtocolNamespace && p.major === offer.VersionNumberMajor);
    if (rank < 0) {
      skipped.push(`${offer.ProtocolNamespace} ${offer.VersionNumberMajor}.${offer.VersionNumberMinor}`);
      continue;
    }
    const better =
      !best || offer.Priority < best.offer.Priority || (offer.Priority === best.offer.Priority && rank < best.rank);
    if (better) best = { offer, protocol: supported[rank]!, rank };
  }
  if (!best) return FAILED(skipped);
  const minorDeviation = best.offer.VersionNumberMinor !== best.protocol.minor;
  return {
    response: {
      supportedAppProtocolRes: {
        ResponseCode: minorDeviation ? 'OK_SuccessfulNegotiationWithMinorDeviation' : 'OK_SuccessfulNegotiation',
        SchemaID: best.offer.SchemaID,
      },
    },
    chosen: { offer: best.offer, protocol: best.protocol, minorDeviation },
    skipped,
  };
}
