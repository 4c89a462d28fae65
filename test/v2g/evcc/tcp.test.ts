/**
 * The EVCC simulator over real TCP on ::1 (V2gtpServer + connectV2gtp from v2g/transport), against the
 * SECC engine, on a SystemClock running 20× faster so a whole DIN and ISO-2 session take about a second.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SystemClock } from '../../../appliance/src/shared/clock.js';
import { dinProtocol } from '../../../appliance/src/v2g/din/index.js';
import { iso2Protocol } from '../../../appliance/src/v2g/iso2/index.js';
import { runSessionOnConnection } from '../../../appliance/src/v2g/session/index.js';
import { connectV2gtp, V2gtpServer } from '../../../appliance/src/v2g/transport/index.js';
import { Evcc, type EvccOutcome } from '../../../appliance/src/v2g/evcc/index.js';
import { SupplyEvse } from './supply-evse.js';
import { SMALL_PACK } from './harness.js';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
let server: V2gtpServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

async function session(protocol: 'din' | 'iso2', fault?: 'tcp-drop') {
  const clock = new SystemClock(20);
  const evse = new SupplyEvse(clock);
  server = new V2gtpServer({ host: '::1' });
  const { port } = await server.listen();
  const secc = new Promise<{ how: string; detail: string }>((resolve) => {
    server!.onConnection((conn) => {
      runSessionOnConnection(conn, {
        protocols: protocol === 'din' ? [dinProtocol] : [iso2Protocol({ now_ms: () => clock.now() })],
        evse,
        clock,
        log: quiet,
        sessionId: () => '0102030405060708',
        onEnd: (how, detail) => resolve({ how, detail }),
      });
    });
  });
  const conn = await connectV2gtp('::1', port);
  // Loopback round trips are far below V2G_EVCC_Msg_Timeout; the slack covers the 20× clock on a busy CI box.
  const evcc = new Evcc(clock, SMALL_PACK, { protocols: [protocol], timing: { current_demand_timeout_ms: 20_000, msg_timeout_ms: 40_000 }, ...(fault ? { fault } : {}) });
  evcc.start(conn);
  const [outcome, end] = await Promise.all([evcc.done, secc]);
  return { outcome: outcome as EvccOutcome, end, evse };
}

describe('Evcc over TCP on ::1', () => {
  it('runs a DIN DC session to SessionStop', async () => {
    const { outcome, end, evse } = await session('din');
    expect(outcome).toMatchObject({ result: 'terminated', reason: 'target SoC reached', protocol: 'din', session_id: '0102030405060708' });
    expect(end.how).toBe('terminate');
    expect(evse.energy_Wh).toBeGreaterThan(250);
  });

  it('runs an ISO-2 DC session to SessionStop', async () => {
    const { outcome, end } = await session('iso2');
    expect(outcome).toMatchObject({ result: 'terminated', protocol: 'iso2' });
    expect(end.how).toBe('terminate');
  });

  it('tcp-drop mid CurrentDemand ends the SECC session at once', async () => {
    const { outcome, end } = await session('din', 'tcp-drop');
    expect(outcome).toMatchObject({ result: 'aborted', fault: 'tcp-drop' });
    expect(end).toMatchObject({ how: 'error', detail: expect.stringMatching(/^connection closed/) });
  });
});
