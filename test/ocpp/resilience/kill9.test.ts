/**
 * The issue's crash case on the real process: `node bin/ampbox.js start --config …` (API on an ephemeral
 * port, OCPP to the test CSMS, SQLite in a temp dir) charges a simulated car started through the JSON-RPC
 * API; SIGKILL hits it mid-transaction; the same configuration starts again. The restarted appliance must
 * close the transaction as its version prescribes — 1.6 StopTransaction PowerLoss with its transactionId
 * and a meterStop no lower than any value sent; 2.0.1 TransactionEvent Ended PowerLoss with the next seqNo —
 * and deliver every message that sat in the queue at the kill exactly once.
 *
 * Two moments for the kill: the CSMS reachable but holding its answer to one meter value (so that message
 * is in flight, unanswered, and nothing can have been answered and not yet removed from the queue), and
 * the CSMS out of reach for a few seconds (so unsent messages pile up in the queue). The database gets the
 * test's queue ledger before the first start, so the audit covers both processes' every durable message.
 */
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Ampbox, buildOnce, poll, reap, tempDir, writeConfig } from '../../fixtures/ampbox-process.js';
import { RpcApiClient } from '../../fixtures/rpcapi-client.js';
import { startCsms, type ReceivedCall, type TestCsms } from '../csms/index.js';
import { attemptsOf, audit, checkTransactions, type Version } from './delivery-audit.js';
import { ledger, prepareLedger, queued } from './ledger.js';
import { CARD, PASSWORD, VERSIONS, identityOf } from './station.js';

beforeAll(async () => {
  await buildOnce();
}, 130_000);

let csms: TestCsms | null = null;
afterEach(async () => {
  await reap();
  await csms?.close();
  csms = null;
});

const READY = /ampbox \S+ ready with 1 EVSE\(s\) on http:\/\/127\.0\.0\.1:(\d+)/;

/** A meter value of the running transaction, in the version's shape. */
function isTxMeterValue(version: Version, c: ReceivedCall): boolean {
  if (version === 'ocpp1.6') return c.action === 'MeterValues' && c.payload.transactionId !== undefined;
  return c.action === 'TransactionEvent' && c.payload.eventType === 'Updated' && Array.isArray(c.payload.meterValue);
}

const energyOf = (mv: any): number => Number(mv.sampledValue.find((v: any) => v.measurand === 'Energy.Active.Import.Register').value);

async function startAppliance(configFile: string, identity: string, server: TestCsms): Promise<{ proc: Ampbox; port: number }> {
  const proc = Ampbox.spawn(['start', '--config', configFile]);
  const port = Number((await proc.waitFor(READY))[1]);
  await poll(() => server.station(identity)?.connected && server.station(identity)?.bootStatus === 'Accepted', 'the boot accepted', { proc });
  return { proc, port };
}

describe.each(VERSIONS)('%s: kill -9 of the appliance mid-transaction', (version) => {
  it.each(['CSMS reachable, one meter value unanswered', 'CSMS out of reach, the queue filling'] as const)('%s', async (moment) => {
    const identity = identityOf(version);
    const server = (csms = await startCsms({ versions: [version] }));
    const dir = tempDir();
    const dbFile = path.join(dir, 'ampbox.db');
    prepareLedger(dbFile);
    const configFile = writeConfig(dir, {
      charger: { id: identity },
      auth: { mode: 'local', local_tokens: [] },
      ocpp: {
        enabled: true,
        version,
        url: server.url,
        password: PASSWORD,
        reconnect_min_s: 1,
        reconnect_max_s: 2,
        ping_interval_s: 0,
        call_timeout_s: 30,
        heartbeat_interval_s: 3600,
        meter_values: { sample_interval_s: 1, aligned_interval_s: 2 },
      },
    });

    // ---- first life: a session through the API, meter values reaching the CSMS ----
    const first = await startAppliance(configFile, identity, server);
    const { client } = await RpcApiClient.connect(`ws://127.0.0.1:${first.port}/api`);
    expect((await client.request<{ error: string }>('Simulator.Plug', { evse_index: 1 })).error).toBe('NoError');
    const plugged = (c: ReceivedCall): boolean =>
      version === 'ocpp1.6' ? c.action === 'StatusNotification' && c.payload.status === 'Preparing' : c.action === 'TransactionEvent' && c.payload.eventType === 'Started';
    await poll(() => server.calls(undefined, identity).some(plugged), 'the CSMS told of the plug', { proc: first.proc });
    expect((await client.request<{ error: string }>('Simulator.PresentToken', { id_token: CARD, evse_index: 1 })).error).toBe('NoError');
    const answeredValues = (): number => attemptsOf(server, identity).filter((a) => isTxMeterValue(version, a.call) && a.outcome === 'result').length;
    await poll(() => answeredValues() >= 3, 'three meter values of the transaction answered', { proc: first.proc });

    const cuts: number[] = [];
    let releaseHold = (): void => undefined;
    if (moment === 'CSMS reachable, one meter value unanswered') {
      let held: ReceivedCall | null = null;
      releaseHold = server.onCall(version === 'ocpp1.6' ? 'MeterValues' : 'TransactionEvent', (c) => {
        if (!isTxMeterValue(version, c)) return undefined;
        held ??= c;
        return { noReply: true };
      });
      await poll(() => held, 'a meter value the CSMS holds', { proc: first.proc });
    } else {
      server.refuseConnections(true);
      cuts.push(server.calls(undefined, identity).length);
      server.station(identity)!.terminate();
      await poll(() => queued(dbFile).filter((r) => r.tx_ref !== null).length >= 4, 'four messages of the transaction queued', { proc: first.proc });
    }
    await client.close();
    first.proc.signal('SIGKILL');
    expect((await first.proc.waitExit()).signal).toBe('SIGKILL');
    const killedAt = server.calls(undefined, identity).length;
    cuts.push(killedAt);

    releaseHold();

    // What the dead process left: the transaction's unanswered messages, nothing answered among them.
    const left = queued(dbFile);
    expect(left.filter((r) => r.tx_ref !== null).length).toBeGreaterThanOrEqual(1);
    const txRef = left.find((r) => r.tx_ref !== null)!.tx_ref!;

    // ---- second life: the same configuration, the CSMS taking everything again ----
    server.refuseConnections(false);
    const second = await startAppliance(configFile, identity, server);
    const isStop = (c: ReceivedCall): boolean => (version === 'ocpp1.6' ? c.action === 'StopTransaction' : c.action === 'TransactionEvent' && c.payload.eventType === 'Ended');
    await poll(() => server.calls(undefined, identity).slice(killedAt).some(isStop), 'the transaction closed', { proc: second.proc });
    await poll(() => queued(dbFile).length === 0, 'the queue empty', { proc: second.proc });
    second.proc.signal('SIGTERM');
    expect((await second.proc.waitExit()).code).toBe(0);

    // ---- every message either process queued: delivered once, in order ----
    const attempts = attemptsOf(server, identity);
    const stillQueued = new Set(queued(dbFile).map((r) => r.seq));
    const report = audit({ version, rows: ledger(dbFile).filter((r) => !stillQueued.has(r.seq)), attempts, cuts, exactlyOnce: true });
    expect(report.problems).toEqual([]);
    // The PowerLoss stop carries the last reading's time as the crashed process sent times: never earlier
    // than a meter value it sent.
    expect(checkTransactions(version, report)).toEqual([]);
    for (const row of left) {
      const d = report.deliveries.find((x) => x.row.seq === row.seq)!;
      expect(d.delivered).toHaveLength(1);
      expect(d.delivered[0]!.index).toBeGreaterThanOrEqual(killedAt);
    }

    // ---- the closing message the version prescribes ----
    const txCalls = report.deliveries.filter((d) => d.row.tx_ref === txRef).map((d) => d.delivered[0]!);
    const stop = txCalls.at(-1)!;
    expect(stop.index).toBeGreaterThanOrEqual(killedAt);
    if (version === 'ocpp1.6') {
      const start = txCalls[0]!;
      const id = start.result.transactionId as number;
      expect(stop.call.action).toBe('StopTransaction');
      expect(stop.call.payload).toMatchObject({ transactionId: id, reason: 'PowerLoss' });
      const sent = attempts.filter((a) => a.call.action === 'MeterValues' && a.call.payload.transactionId === id);
      expect(sent.length).toBeGreaterThanOrEqual(3);
      const highest = Math.max(...sent.flatMap((a) => a.call.payload.meterValue.map(energyOf)));
      expect(stop.call.payload.meterStop).toBeGreaterThanOrEqual(highest);
      expect(stop.call.payload.meterStop).toBeGreaterThan(start.call.payload.meterStart);
    } else {
      const events = txCalls.map((a) => a.call.payload);
      expect(events.map((e) => e.seqNo)).toEqual(events.map((_, i) => i));
      expect(stop.call.payload).toMatchObject({ eventType: 'Ended', transactionInfo: { stoppedReason: 'PowerLoss' } });
      // The Ended follows, with the next number, the last event the first process queued.
      const lastOfFirst = Math.max(...report.deliveries.filter((d) => d.row.tx_ref === txRef && d.row.seq <= Math.max(...left.map((r) => r.seq))).map((d) => d.row.payload.seqNo));
      expect(stop.call.payload.seqNo).toBe(lastOfFirst + 1);
    }
    server.assertNoViolations();
  }, 90_000);
});
