/**
 * Replay of real DIN 70121 sessions from ../shared/real-traffic/v2g-messages.jsonl, in process: the EV's
 * requests, with the SessionID rewritten to ours, go through the SECC (engine + DIN definition). Every
 * response has to decode, carry the recorded code where the real charger said OK, and the replay has to
 * reach the stage the real session reached. The stream selection, the primed charger double (ReplayDinEvse)
 * and the replay loop live in ../replay/ and are shared with the replay over TCP (../replay/sockets.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { fromHex, toHex } from '../../../appliance/src/v2g/exi/index.js';
import { dinProtocol } from '../../../appliance/src/v2g/din/index.js';
import { V2gSession } from '../../../appliance/src/v2g/session/engine.js';
import { runSessionOnConnection } from '../../../appliance/src/v2g/session/run.js';
import { MemoryConnection } from '../session/memory-connection.js';
import { haveShared } from '../../helpers/shared.js';
import { CORPUS_FILE, recordedHandshake, recordedSessions, replayableStreams } from '../replay/corpus.js';
import { ReplayDinEvse } from '../replay/replay-evse.js';
import { compareWithRecording, replayStream, type SeccPort } from '../replay/replay.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const OUR_SESSION_ID = 'aa55aa55aa55aa55';

/** The engine alone. */
function viaEngine(evse: ReplayDinEvse, clock: ManualClock): SeccPort {
  const session = new V2gSession(dinProtocol, evse, { clock, log: quiet, sessionId: () => OUR_SESSION_ID });
  return (bytes) => {
    const out = session.handle(bytes);
    return { response: out.response, closed: out.close !== undefined };
  };
}

/** The connection adapter (in memory), the recorded handshake first; returns its answer to the handshake. */
function viaConnection(conn: MemoryConnection, evse: ReplayDinEvse, clock: ManualClock, handshake: Uint8Array): { send: SeccPort; handshakeAnswer: Uint8Array } {
  runSessionOnConnection(conn, { protocols: [dinProtocol], evse, clock, log: quiet, sessionId: () => OUR_SESSION_ID });
  conn.deliver(handshake);
  const handshakeAnswer = conn.lastPayload();
  const send: SeccPort = (bytes) => {
    const before = conn.log.length;
    conn.deliver(bytes);
    const added = conn.log.slice(before);
    const sent = added.find((e): e is { type: number; payload: Uint8Array } => 'payload' in e);
    return { response: sent?.payload ?? null, closed: added.some((e) => 'closed' in e) };
  };
  return { send, handshakeAnswer };
}

function replay(capture: string, stream: number, evse = new ReplayDinEvse(), clock = new ManualClock(), send = viaEngine(evse, clock)) {
  return replayStream({ capture, stream, schema: 'din', evse, clock, send });
}

const IONIQ_ALPITRONIC = 'uhi22/pyPLC/results/spi_ioniq_alpiHYC150_makerspace_landsberg_left_small_2024-04-03_ok.csv.pcap';

describe.runIf(haveShared(CORPUS_FILE))('replay of real DIN sessions (../shared/real-traffic)', () => {
  it('Ioniq at an Alpitronic HYC150 (pyPLC capture): 560 requests from SessionSetup to SessionStop', async () => {
    const recorded = recordedSessions().find((s) => s.capture === IONIQ_ALPITRONIC && s.stream === 0);
    expect(recorded?.furthest).toBe('SessionStop');
    const evse = new ReplayDinEvse();
    const r = await replay(IONIQ_ALPITRONIC, 0, evse);
    expect(r.error).toBeUndefined();
    expect(r.furthest).toBe('SessionStop');
    expect(r.answered).toBeGreaterThan(500);
    expect(r.sessionId).toBe(OUR_SESSION_ID);
    expect(evse.ended).toEqual([{ how: 'terminate', detail: expect.any(String) }]);
  });

  it('the same session through runSessionOnConnection, its recorded handshake included', async () => {
    const hs = recordedHandshake(IONIQ_ALPITRONIC, 0);
    const evse = new ReplayDinEvse();
    const clock = new ManualClock();
    const conn = new MemoryConnection();
    const { send, handshakeAnswer } = viaConnection(conn, evse, clock, fromHex(hs.req!.hex));
    expect(toHex(handshakeAnswer)).toBe(hs.res!.hex); // byte for byte what the Alpitronic answered
    const r = await replay(IONIQ_ALPITRONIC, 0, evse, clock, send);
    expect(r.error).toBeUndefined();
    expect(r.furthest).toBe('SessionStop');
    expect(r.closed).toBe(true);
    expect(conn.closed).toBe(true);
    expect(conn.log.at(-1)).toHaveProperty('closed');
  });

  /**
   * Every DIN stream of the corpus that holds a whole session (replayableStreams in ../replay/corpus.ts); the
   * few where ours ends the session on purpose earlier than the recorded charger are INTENDED_DIFFERENCES.
   */
  it('every complete recorded DIN session reaches its recorded stage', async () => {
    const candidates = replayableStreams('din');
    const mismatches: string[] = [];
    for (const s of candidates) {
      const difference = compareWithRecording(s, await replay(s.capture, s.stream));
      if (difference) mismatches.push(difference);
    }
    expect(mismatches).toEqual([]);
    expect(candidates.length).toBeGreaterThanOrEqual(45);
  });
});
