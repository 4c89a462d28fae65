/**
 * The randomized scenario behind random-disconnects.test.ts and `npm run soak:ocpp`: two simulated EVSEs
 * start and stop sessions while the CSMS, on a seeded schedule, drops the connection (sometimes refusing
 * the next ones for a while), answers late, answers and then drops the connection (from its side, or from
 * the station's before the answer is read), closes instead of answering, and refuses a few transaction messages with a
 * CALLERROR (never as often as `message_attempts`, so none is given up). At the end every EVSE is idle and
 * the CSMS reachable; then the audit: every durable message the station queued was delivered, in order,
 * a second time only when it was in flight at a cut and then with the identical payload; every
 * transaction is complete and consistent; the CSMS saw no violation.
 */
import type { Responder, Violation } from '../csms/index.js';
import { audit, checkTransactions, contentKey, type Version } from './delivery-audit.js';
import { ledger, type QueueRow } from './ledger.js';
import { Prng } from './prng.js';
import { CARD, startStation, type Station } from './station.js';

export interface ChaosOptions {
  version: Version;
  seed: number;
  /** Appliance time the disturbances go on for (ms). */
  durationMs: number;
  /** Ends the disturbances earlier once this much real time has passed (ms). */
  realBudgetMs?: number;
}

export interface ChaosReport {
  version: Version;
  seed: number;
  applianceSeconds: number;
  realMs: number;
  sessions: number;
  /** Durable messages the station queued. */
  messages: number;
  /** Every CALL the station made (transient ones included). */
  calls: number;
  cuts: number;
  callErrors: number;
  delayed: number;
  /** Deliveries beyond the first of one message (each excused by a cut, or a problem). */
  duplicates: number;
  violations: Violation[];
  problems: string[];
}

const TX_ACTIONS: Record<Version, string[]> = {
  'ocpp1.6': ['StartTransaction', 'MeterValues', 'StopTransaction'],
  'ocpp2.0.1': ['TransactionEvent'],
};
/** message_attempts is 3: at most two CALLERRORs per message, so the third attempt goes through. */
const MESSAGE_ATTEMPTS = 3;
const MAX_ERRORS_PER_MESSAGE = MESSAGE_ATTEMPTS - 1;
/** Late answers stay well inside call_timeout_s (10 s of appliance time). */
const MAX_DELAY_MS = 3000;

export async function runChaos(o: ChaosOptions): Promise<ChaosReport> {
  const { version } = o;
  const started = Date.now();
  const schedule = new Prng(o.seed);
  // The CSMS's choices draw from their own sequence, so the schedule does not depend on how many calls came.
  const answers = new Prng(o.seed ^ 0x5bd1e995);
  const s = await startStation({
    version,
    evses: 2,
    ocpp: { call_timeout_s: 10, transactions: { message_attempts: MESSAGE_ATTEMPTS, message_retry_interval_s: 1 } },
  });
  try {
    const counts = { callErrors: 0, delayed: 0 };
    const errorsOf = new Map<string, number>();
    let disturbing = true;
    const cutSoon = (): void => queueMicrotask(() => s.cut(false));

    const respond: Responder = (call) => {
      if (!disturbing) return undefined;
      const r = answers.next();
      const key = contentKey(version, call.action, call.payload);
      if (r < 0.06 && TX_ACTIONS[version].includes(call.action) && (errorsOf.get(key) ?? 0) < MAX_ERRORS_PER_MESSAGE) {
        errorsOf.set(key, (errorsOf.get(key) ?? 0) + 1);
        counts.callErrors++;
        return { callError: { code: 'InternalError', description: 'chaos: not now, try again' } };
      }
      if (r < 0.08) {
        // Answered, then the CSMS drops the TCP connection (the answer is on its way already).
        cutSoon();
        return undefined;
      }
      if (r < 0.1) {
        // Answered, but the station's end of the connection goes before it reads the answer: the one
        // case where the CSMS has answered a message the station will send again.
        queueMicrotask(() => s.dropFromStation());
        return undefined;
      }
      if (r < 0.11) {
        s.cuts.push(s.csms.calls(undefined, s.identity).length);
        return { disconnect: true };
      }
      if (r < 0.25) {
        counts.delayed++;
        const ms = answers.between(100, MAX_DELAY_MS);
        return new Promise((resolve) => s.clock.after(ms, () => resolve(undefined)));
      }
      return undefined;
    };
    for (const action of [...TX_ACTIONS[version], 'StatusNotification']) s.csms.onCall(action, respond);

    const tokenGiven = new Set<number>();
    let restoreAt: number | null = null;
    const end = s.clock.now() + o.durationMs;
    const realEnd = started + (o.realBudgetMs ?? Infinity);
    while (s.clock.now() < end && Date.now() < realEnd) {
      for (const e of s.app.evses) {
        const { plugged } = e.charger.status();
        const state = e.charger.state;
        if (!plugged) {
          if (state === 'Idle' && schedule.chance(0.15)) {
            tokenGiven.delete(e.id);
            e.sim!.plug('ac-3p-16');
          }
        } else if (state === 'WaitingForAuthentication') {
          if (!tokenGiven.has(e.id) && schedule.chance(0.5)) {
            tokenGiven.add(e.id);
            s.app.tokens.push({ id_token: CARD, type: 'RFID', evse: e.id });
          }
        } else if (schedule.chance(state === 'Finished' ? 0.5 : 0.03)) {
          e.sim!.unplug();
        }
      }
      if (restoreAt !== null) {
        if (s.clock.now() >= restoreAt) {
          s.restore();
          restoreAt = null;
        }
      } else if (s.online() && schedule.chance(0.04)) {
        const refuse = schedule.chance(0.6);
        s.cut(refuse);
        if (refuse) restoreAt = s.clock.now() + schedule.between(1000, 20_000);
      }
      await s.run(1000);
    }
    const applianceSeconds = Math.round((s.clock.now() - (end - o.durationMs)) / 1000);

    // ---- calm: every car leaves, the CSMS takes everything, the queue empties ----
    disturbing = false;
    s.restore();
    for (const e of s.app.evses) if (e.charger.status().plugged) e.sim!.unplug();
    try {
      await s.runUntil(() => s.app.evses.every((e) => e.charger.state === 'Idle'), 'every EVSE idle', 60_000);
      await s.drain('everything delivered', 120_000);
    } catch (e) {
      throw new Error(`${(e as Error).message} (seed ${o.seed})\n${stateOf(s)}`);
    }

    const rows = ledger(s.dbFile);
    const report = audit({ version, rows, attempts: s.attempts(), cuts: s.cuts, exactlyOnce: false });
    const problems = [...report.problems, ...checkTransactions(version, report), ...unfinished(version, rows)];
    return {
      version,
      seed: o.seed,
      applianceSeconds,
      realMs: Date.now() - started,
      sessions: startsIn(version, rows),
      messages: rows.length,
      calls: s.attempts().length,
      cuts: s.cuts.length,
      callErrors: counts.callErrors,
      delayed: counts.delayed,
      duplicates: report.counts.duplicates,
      violations: [...s.csms.violations],
      problems,
    };
  } finally {
    await s.close();
  }
}

/** What a stuck end looks like from both sides, for the failure message. */
function stateOf(s: Station): string {
  const last = s.attempts().slice(-5);
  return [
    `station: link ${s.app.ocpp!.link.connected ? 'up' : 'down'}, online ${s.app.ocpp!.sender!.online}, ${s.app.ocpp!.sender!.pending()} queued; CSMS side ${s.csms.station(s.identity)?.connected ? 'connected' : 'not connected'}`,
    `EVSEs: ${s.app.evses.map((e) => `${e.id} ${e.charger.state}`).join(', ')}`,
    'last calls:',
    ...last.map((a) => `  ${a.index} ${a.call.action} ${a.outcome} ${JSON.stringify(a.call.payload).slice(0, 160)}`),
    'last log lines:',
    ...s.logs.slice(-15).map((l) => `  ${l.level} ${l.source} ${l.message}`.slice(0, 300)),
  ].join('\n');
}

function startsIn(version: Version, rows: QueueRow[]): number {
  return rows.filter((r) => (version === 'ocpp1.6' ? r.action === 'StartTransaction' : r.action === 'TransactionEvent' && r.payload.eventType === 'Started')).length;
}

/** Every transaction the station queued a start for also has its end queued (the EVSEs are idle now). */
function unfinished(version: Version, rows: QueueRow[]): string[] {
  const open = new Set<string>();
  for (const r of rows) {
    if (!r.tx_ref) continue;
    const starts = version === 'ocpp1.6' ? r.action === 'StartTransaction' : r.payload.eventType === 'Started';
    const ends = version === 'ocpp1.6' ? r.action === 'StopTransaction' : r.payload.eventType === 'Ended';
    if (starts) open.add(r.tx_ref);
    if (ends) open.delete(r.tx_ref);
  }
  return [...open].map((tx) => `transaction ${tx} never ended`);
}

export function formatReport(r: ChaosReport): string {
  return (
    `${r.version} seed ${r.seed}: ${r.applianceSeconds} s of appliance time in ${(r.realMs / 1000).toFixed(1)} s; ` +
    `sessions ${r.sessions}, messages ${r.messages}, calls ${r.calls}, cuts ${r.cuts}, CALLERRORs ${r.callErrors}, ` +
    `late answers ${r.delayed}, duplicates ${r.duplicates}, violations ${r.violations.length}, problems ${r.problems.length}`
  );
}
