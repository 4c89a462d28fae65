// Issue 8 benchmark: the OCPP offline queue replayed after a reconnect.
//
// For each version: the test CSMS (test/ocpp/csms, in this process) refuses connections while an
// OcppService (the core with the test mapper of test/ocpp/core, a SQLite file in a temp dir, the system
// clock) queues BENCH_OCPP_MESSAGES (default 10,000) MeterValues as durable rows; then the CSMS lets the
// station in, and the time from the WebSocket being open to the last row answered is the replay. The CSMS
// answers at once but validates every frame against its own schemas, in the same process and on the same
// core, so the rate is the pair's, not the station's alone. Afterwards: every value arrived exactly once,
// in queue order, the table is empty, and the CSMS saw no rule broken. Figures are printed, never asserted;
// a lost, repeated or reordered message makes the bench fail.
// Run through bench/ocpp-replay.bench.mjs (`npm run bench`, or `npm run bench:ocpp`).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../appliance/src/db/index.js';
import { OcppService, type OcppVersion } from '../appliance/src/ocpp/index.js';
import { SystemClock } from '../appliance/src/shared/clock.js';
import { EventBus } from '../appliance/src/shared/events.js';
import { Logger, silentSink } from '../appliance/src/shared/logger.js';
import type { AppEvents } from '../appliance/src/shared/ports/events.js';
import { startCsms } from '../test/ocpp/csms/index.js';
import { IDENTITY, PASSWORD, ocppConfig } from '../test/ocpp/core/harness.js';
import { testMapper, type TestMapperRecord } from '../test/ocpp/core/test-mapper.js';

const COUNT = Math.max(1, Number(process.env.BENCH_OCPP_MESSAGES ?? 10_000));

function meterValues(version: OcppVersion, i: number, at: number): object {
  const timestamp = new Date(at).toISOString();
  return version === 'ocpp1.6'
    ? { connectorId: 1, meterValue: [{ timestamp, sampledValue: [{ value: String(i), measurand: 'Energy.Active.Import.Register', unit: 'Wh' }] }] }
    : { evseId: 1, meterValue: [{ timestamp, sampledValue: [{ value: i, measurand: 'Energy.Active.Import.Register' }] }] };
}

const valueOf = (version: OcppVersion, payload: any): number => Number(version === 'ocpp1.6' ? payload.meterValue[0].sampledValue[0].value : payload.meterValue[0].sampledValue[0].value);

async function replay(version: OcppVersion): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ampbox-ocpp-bench-'));
  const csms = await startCsms({ passwords: { [IDENTITY]: PASSWORD } });
  const clock = new SystemClock();
  const db = openDatabase(path.join(dir, 'ampbox.db'));
  const record: TestMapperRecord = { booted: 0, answered: [], givenUp: [] };
  const service = new OcppService(
    {
      config: ocppConfig(csms.url, version, { reconnect_min_s: 0.1, reconnect_max_s: 0.2, call_timeout_s: 30, queue_max: Math.max(100, COUNT) }),
      station: { identity: IDENTITY, vendor: 'ampbox', model: 'bench', serial_number: 'B-1', firmware_version: '0.1.0' },
      clock,
      bus: new EventBus<AppEvents>(),
      log: new Logger('bench', clock, silentSink),
      db: () => db,
      evses: [],
      restart: () => {},
      logs: async () => [],
      presentToken: async () => ({ accepted: false, evse: null, status: 'Invalid' }),
    },
    { mapper: testMapper(record) },
  );
  try {
    csms.refuseConnections(true);
    service.start();
    const sender = service.sender!;
    const t0 = performance.now();
    db.transaction(() => {
      for (let i = 0; i < COUNT; i++) sender.enqueue('MeterValues', meterValues(version, i, clock.now()), { kind: 'meter' });
    })();
    const enqueueMs = performance.now() - t0;

    let openedAt = 0;
    service.link.onConnected(() => (openedAt = performance.now()));
    const done = new Promise<number>((resolve, reject) => {
      const check = setInterval(() => {
        if (sender.pending() === 0 && record.answered.length >= COUNT) {
          clearInterval(check);
          resolve(performance.now());
        } else if (record.givenUp.length) {
          clearInterval(check);
          reject(new Error(`${record.givenUp.length} message(s) given up: ${record.givenUp[0]!.error.message}`));
        }
      }, 2);
    });
    csms.refuseConnections(false);
    const finishedAt = await done;
    const replayMs = finishedAt - openedAt;

    // Zero loss, no repeats, queue order.
    const received = csms.calls('MeterValues').map((c) => valueOf(version, c.payload));
    const inOrder = received.every((v, i) => v === i);
    if (received.length !== COUNT || !inOrder) throw new Error(`${version}: received ${received.length} of ${COUNT} MeterValues, in order: ${inOrder}`);
    const rows = (db.prepare('SELECT count(*) AS n FROM ocpp_queue').get() as { n: number }).n;
    if (rows !== 0) throw new Error(`${version}: ${rows} rows left in ocpp_queue`);
    csms.assertNoViolations();
    console.log(
      `${version.padEnd(9)}  ${COUNT} queued in ${enqueueMs.toFixed(0)} ms (one transaction); replay ${(replayMs / 1000).toFixed(2)} s = ${Math.round((COUNT / replayMs) * 1000)} msgs/s, ` +
        `${((replayMs * 1000) / COUNT).toFixed(0)} µs per round trip; received ${received.length}, in order, 0 lost, 0 repeated, 0 violations`,
    );
  } finally {
    await service.stop();
    db.close();
    await csms.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  console.log(`machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, node ${process.version}`);
  for (const version of ['ocpp1.6', 'ocpp2.0.1'] as const) await replay(version);
}
