/**
 * The recorded V2G sessions of ../shared/real-traffic (see its README and SOURCES.md) as the replay tests
 * need them: the messages of one TCP stream paired request → recorded answer, the recorded handshake, and
 * which streams a replay can take as a whole session (one list for the in-process and the socket replay).
 */
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../helpers/shared.js';

export type ReplaySchema = 'din' | 'iso2';

/** One line of v2g-messages.jsonl. */
export interface RecordedMessage {
  capture: string;
  stream: number;
  index: number;
  t: number;
  dir: string;
  schema: string;
  name?: string | null;
  hex: string;
  note?: string;
}

/** One line of sessions.jsonl (the fields the replay reads). */
export interface RecordedSession {
  capture: string;
  stream: number;
  schema?: string | null;
  furthest?: string;
  gaps?: { EV: number; EVSE: number };
  sap_response?: { response_code: string; schema_id: number | null } | null;
}

/** One EV request and the recorded charger's answer to it (absent when the capture has none). */
export interface RecordedExchange {
  req: RecordedMessage;
  res: RecordedMessage | undefined;
}

export const CORPUS_FILE = 'real-traffic/v2g-messages.jsonl';

let messagesCache: RecordedMessage[] | null = null;
let sessionsCache: RecordedSession[] | null = null;

function readJsonl<T>(file: string): T[] {
  return readFileSync(sharedPath('real-traffic', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** Every recorded V2G message (read once per test file: the file is large). */
export function recordedMessages(): RecordedMessage[] {
  messagesCache ??= readJsonl<RecordedMessage>('v2g-messages.jsonl');
  return messagesCache;
}

export function recordedSessions(): RecordedSession[] {
  sessionsCache ??= readJsonl<RecordedSession>('sessions.jsonl');
  return sessionsCache;
}

export const streamLabel = (s: { capture: string; stream: number }): string => `${s.capture}#${s.stream}`;

/** A line the source log itself corrupted (two reference codecs reject it): not something a peer sent. */
export const isCorrupted = (m: RecordedMessage | undefined): boolean => !!m?.note?.startsWith('corrupted');

/** The EV requests of one stream in `schema`, each with the answer recorded before the EV's next request. */
export function exchanges(capture: string, stream: number, schema: ReplaySchema): RecordedExchange[] {
  const s = recordedMessages()
    .filter((m) => m.capture === capture && m.stream === stream && m.schema === schema)
    .sort((a, b) => a.index - b.index);
  const out: RecordedExchange[] = [];
  s.forEach((m, i) => {
    if (m.dir !== 'EV->EVSE') return;
    const later = s.slice(i + 1);
    const res = later.find((x) => x.dir === 'EVSE->EV');
    const nextReq = later.find((x) => x.dir === 'EV->EVSE');
    out.push({ req: m, res: res && (nextReq?.index ?? Infinity) > res.index ? res : undefined });
  });
  return out;
}

/** The recorded supportedAppProtocolReq / Res of one stream. */
export function recordedHandshake(capture: string, stream: number): { req: RecordedMessage | undefined; res: RecordedMessage | undefined } {
  const s = recordedMessages().filter((m) => m.capture === capture && m.stream === stream);
  return { req: s.find((m) => m.name === 'supportedAppProtocolReq'), res: s.find((m) => m.name === 'supportedAppProtocolRes') };
}

/**
 * DIN streams where the EV broke the protocol and the recorded charger let it pass; ours answers those with
 * the FAILED code DIN prescribes (the engine tests cover that), so they cannot reach the recorded stage.
 */
export const NON_CONFORMANT_EV: Readonly<Record<string, string>> = {
  'uhi22/pyPLC/results/2023-03-02_SuperCharger_CableCheck_error.pcapng': 'EV sends a SessionID it was never given (FAILED_UnknownSession)',
  'uhi22/pyPLC/results/2022-11-09_athome_until_ChargeParameterDiscoveryRequest.pcapng': 'early pyPLC EV skips ContractAuthentication (FAILED_SequenceError)',
  'uhi22/pyPLC/results/2022-11-25_v0.2_ABB_until_ChargeParamDiscovery.pcapng': 'early pyPLC EV skips ContractAuthentication (FAILED_SequenceError)',
};

/**
 * Streams of `schema` that hold a whole session: the EV's first request is SessionSetupReq and the capture
 * lost no EV message (gaps.EV = 0); for DIN, minus NON_CONFORMANT_EV.
 */
export function replayableStreams(schema: ReplaySchema): RecordedSession[] {
  const firstRequest = new Map<string, string | null | undefined>();
  for (const m of recordedMessages()) {
    const k = streamLabel(m);
    if (m.schema === schema && m.dir === 'EV->EVSE' && !firstRequest.has(k)) firstRequest.set(k, m.name);
  }
  return recordedSessions().filter(
    (s) =>
      s.schema === schema &&
      firstRequest.get(streamLabel(s)) === 'SessionSetupReq' &&
      (s.gaps?.EV ?? 0) === 0 &&
      !NON_CONFORMANT_EV[s.capture],
  );
}

/**
 * Streams where our SECC ends the session on purpose where the recorded charger went on answering OK; the
 * recorded stage has been reached before. Keyed by `capture#stream`: the message index and our code there.
 */
export interface IntendedDifference {
  index: number;
  ours: string;
  why: string;
}

const EMERGENCY = 'the charger reports EVSE_EmergencyShutdown with ResponseCode OK; ours answers FAILED (din/values.ts respond(): an emergency is FAILED and ends the session)';
const CABLE_CHECK_LIMIT = 'the charger answers CableCheck Ongoing for longer than 38 s (V2G_EVCC_CableCheck_Timeout); ours stops at that bound with FAILED (din/states.ts CABLE_CHECK_TIMEOUT_MS)';
const TESLA_CABLE_CHECK = 'uhi22/clara-logs/2024-02-13_clara_tesla_timeout_in_cablecheck_multiple_times.claralog.pcap';

export const INTENDED_DIFFERENCES: Readonly<Record<string, IntendedDifference>> = {
  'uhi22/pyPLC/results/2022-12-13_compleo_with_bulb.pcapng#0': { index: 90, ours: 'PreChargeRes FAILED', why: EMERGENCY },
  'uhi22/pyPLC/results/2023-04-19_compleo_pyPlc_lightbulb_failedBadRegulation.pcapng#0': { index: 50, ours: 'CurrentDemandRes FAILED', why: EMERGENCY },
  'uhi22/pyPLC/results/2023-04-19_compleo_pyPlc_lightbulb_failedBadRegulation.pcapng#33': { index: 162, ours: 'CurrentDemandRes FAILED', why: EMERGENCY },
  [`${TESLA_CABLE_CHECK}#2`]: { index: 98, ours: 'CableCheckRes FAILED', why: CABLE_CHECK_LIMIT },
  [`${TESLA_CABLE_CHECK}#14`]: { index: 98, ours: 'CableCheckRes FAILED', why: CABLE_CHECK_LIMIT },
  [`${TESLA_CABLE_CHECK}#21`]: { index: 98, ours: 'CableCheckRes FAILED', why: CABLE_CHECK_LIMIT },
  'uhi22/clara-logs/2024-02-14_SuC_endlessCablecheck.claralog.pcap#0': { index: 98, ours: 'CableCheckRes FAILED', why: CABLE_CHECK_LIMIT },
};
