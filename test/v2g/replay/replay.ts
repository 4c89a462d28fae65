/**
 * Replays the EV side of one recorded stream against the SECC under test, whatever carries the bytes (the
 * engine called directly, an in-memory connection, a real TCP socket): every EV request is decoded and
 * re-encoded with the SessionID our SECC assigned in its SessionSetupRes, the charger double is primed
 * with the recorded answer first, and the recorded gap since the previous request passes on the clock.
 *
 * A replay stops at the first problem and names it with the stream and the message index: no answer, an
 * answer that does not decode or names another message, a response code other than the recorded one where
 * the recording's is OK_… (where it is a bare OK: any OK code), or a FAILED code where nothing was recorded.
 * Where the real charger failed the request the stage counts as reached and the replay ends there (so does
 * the recording).
 */
import type { ManualClock } from '../../../appliance/src/shared/clock.js';
import { decode, encode, fromHex } from '../../../appliance/src/v2g/exi/index.js';
import { exchanges, INTENDED_DIFFERENCES, isCorrupted, streamLabel, type RecordedMessage, type RecordedSession, type ReplaySchema } from './corpus.js';
import type { PrimedEvse } from './replay-evse.js';

type Body = Record<string, any>;
interface V2gDoc {
  V2G_Message: { Header: { SessionID: string } & Record<string, unknown>; Body: Record<string, Body> };
}

/** What the SECC sent back for one request, and whether it closed the connection right after. */
export interface SeccAnswer {
  response: Uint8Array | null;
  closed: boolean;
}

/** One way into the SECC: takes the EXI of an EV request, gives the SECC's answer. */
export type SeccPort = (exiRequest: Uint8Array) => SeccAnswer | Promise<SeccAnswer>;

export interface ReplayOutcome {
  /** Furthest stage reached: the last answered message's name without `Res`. */
  furthest: string;
  answered: number;
  /** The SessionID our SECC assigned ('' before SessionSetupRes). */
  sessionId: string;
  /** The SECC closed the connection after its last answer (as far as the port can tell at once). */
  closed: boolean;
  /** The first problem, `capture#stream message N (Name): what`; undefined when the replay went through. */
  error?: string;
}

export interface ReplayOptions {
  capture: string;
  stream: number;
  schema: ReplaySchema;
  evse: PrimedEvse;
  /** The clock the SECC under test runs on; it advances by the recorded gaps. */
  clock: ManualClock;
  send: SeccPort;
}

const ALL_ZERO = /^0+$/;
const ZERO_SESSION_ID = '0000000000000000';

function split(schema: ReplaySchema, bytes: Uint8Array): { sessionId: string; name: string; body: Body } {
  const doc = decode(schema, bytes) as unknown as V2gDoc;
  const [name, body] = Object.entries(doc.V2G_Message.Body)[0]!;
  return { sessionId: doc.V2G_Message.Header.SessionID, name, body };
}

export async function replayStream(opts: ReplayOptions): Promise<ReplayOutcome> {
  const { schema, evse, clock, send } = opts;
  const out: ReplayOutcome = { furthest: '', answered: 0, sessionId: '', closed: false };
  const where = (m: RecordedMessage): string => `${streamLabel(opts)} message ${m.index} (${m.name ?? '?'})`;
  let lastT: number | undefined;
  for (const { req, res } of exchanges(opts.capture, opts.stream, schema)) {
    if (isCorrupted(req)) continue; // rejected by two reference codecs: not a real request
    if (lastT !== undefined) clock.advance(Math.max(0, Math.round((req.t - lastT) * 1000)));
    lastT = req.t;

    const doc = decode(schema, fromHex(req.hex)) as unknown as V2gDoc;
    const header = doc.V2G_Message.Header;
    // All zero means "no session yet" and goes as recorded; any other ID becomes the one our SECC gave.
    if (!ALL_ZERO.test(header.SessionID)) header.SessionID = out.sessionId || ZERO_SESSION_ID;

    let recordedCode: string | undefined;
    if (res && !isCorrupted(res)) {
      const recorded = split(schema, fromHex(res.hex));
      recordedCode = String(recorded.body.ResponseCode);
      evse.prime(recorded.name, recorded.body);
    }

    let answer: SeccAnswer;
    try {
      answer = await send(encode(schema, doc as never));
    } catch (e) {
      return { ...out, error: `${where(req)}: not answered: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (!answer.response) return { ...out, closed: answer.closed, error: `${where(req)}: no answer${answer.closed ? ', connection closed' : ''}` };
    let ours: ReturnType<typeof split>;
    try {
      ours = split(schema, answer.response);
    } catch (e) {
      return { ...out, error: `${where(req)}: the answer does not decode: ${e instanceof Error ? e.message : String(e)}` };
    }
    out.answered++;
    out.closed = answer.closed;
    const expectedName = doc.V2G_Message.Body && Object.keys(doc.V2G_Message.Body)[0]!.replace(/Req$/, 'Res');
    if (ours.name !== expectedName) return { ...out, error: `${where(req)}: answered with ${ours.name}` };
    if (ours.name === 'SessionSetupRes') out.sessionId = ours.sessionId;

    const code = String(ours.body.ResponseCode);
    const ok = code.startsWith('OK');
    const recordedOk = recordedCode?.startsWith('OK') ?? false;
    const realChargerFailed = recordedCode !== undefined && !recordedOk;
    // A plain recorded OK admits ours naming the case (OK_NewSessionEstablished where several chargers
    // answered SessionSetupReq with a bare OK); a specific OK_… code has to be ours exactly.
    const sameVerdict = recordedCode === 'OK' ? ok : code === recordedCode;
    if (recordedOk && !sameVerdict) return { ...out, error: `${where(req)}: ${ours.name} ${code}, recorded ${recordedCode}` };
    if (ok || realChargerFailed) out.furthest = ours.name.replace(/Res$/, '');
    if (realChargerFailed) break;
    if (!ok) return { ...out, error: `${where(req)}: ${ours.name} ${code} (no answer recorded)` };
    if (answer.closed) break;
  }
  return out;
}

/**
 * How a replay compares with its recording: undefined when it reached the recorded furthest stage without
 * a problem, or, for a stream of INTENDED_DIFFERENCES, when it ended exactly at the listed message with the
 * listed answer after reaching that stage; otherwise what differs.
 */
export function compareWithRecording(s: RecordedSession, r: ReplayOutcome): string | undefined {
  const label = streamLabel(s);
  const intended = INTENDED_DIFFERENCES[label];
  const stage = r.furthest === s.furthest ? '' : `recorded ${s.furthest}, replay reached ${r.furthest || 'nothing'}; `;
  if (intended) {
    const expected = `${label} message ${intended.index} `;
    const asListed = r.error?.startsWith(expected) && r.error.includes(`: ${intended.ours}, recorded`);
    return stage || !asListed ? `${label}: ${stage}expected ${intended.ours} at message ${intended.index}, got ${r.error ?? 'no difference'}` : undefined;
  }
  if (stage || r.error) return `${label}: ${stage}${r.error ?? ''}`;
  return undefined;
}
