/**
 * The offline case: the CSMS drops the connection mid-transaction and refuses to take it back for a
 * while. The charger keeps charging; meter values and the stop (the car unplugged during the outage) wait
 * in the durable queue; once the CSMS accepts again every queued message arrives exactly once and in
 * order. The cut falls between messages (the station idle, the clock standing still), so no message was in
 * flight and none may arrive twice. 1.6: the cut comes right after the plug, so the token is accepted
 * offline and StartTransaction itself is queued; the transactionId the CSMS gives it must be patched into
 * the MeterValues and StopTransaction queued behind it. 2.0.1: the events created during the outage say
 * `offline`, seqNo runs 0..n without a gap, Ended last.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { audit, checkTransactions, contentKey } from './delivery-audit.js';
import { ledger, queued } from './ledger.js';
import { CARD, VERSIONS, energyWh, startStation, type Station } from './station.js';

let station: Station | null = null;
afterEach(async () => {
  await station?.close();
  station = null;
});

const TX_ACTIONS = new Set(['StartTransaction', 'StopTransaction', 'MeterValues', 'TransactionEvent']);

describe.each(VERSIONS)('%s: the CSMS out of reach mid-transaction', (version) => {
  it('charging goes on; every queued message arrives once and in order after the reconnect', async () => {
    station = await startStation({ version });
    const s = station;
    const evse = s.app.evses[0]!;
    const link = s.app.ocpp!.link;
    const sender = s.app.ocpp!.sender!;

    evse.sim!.plug('ac-3p-16');
    await s.runUntil(() => evse.charger.state === 'WaitingForAuthentication', 'waiting for a token');
    if (version === 'ocpp2.0.1') {
      // The transaction starts at the plug (TxStartPoint EVConnected); let it run online for a while first.
      s.app.tokens.push({ id_token: CARD, type: 'RFID', evse: 1 });
      await s.runUntil(() => evse.charger.state === 'Charging', 'Charging');
      await s.run(3000);
    }
    await s.settle(() => s.idle(), 'the station idle before the cut');
    const before = s.attempts().length;
    s.cut(true);
    await s.settle(() => !link.connected, 'the station noticing the cut');
    if (version === 'ocpp1.6') {
      s.app.tokens.push({ id_token: CARD, type: 'RFID', evse: 1 });
      await s.runUntil(() => evse.charger.state === 'Charging', 'Charging on an offline authorization');
    }

    // Twelve seconds without the CSMS: still charging, the energy growing, the queue filling.
    const startWh = energyWh(s);
    for (let i = 0; i < 12; i++) {
      await s.run(1000);
      expect(evse.charger.state).toBe('Charging');
      expect(link.connected).toBe(false);
    }
    expect(energyWh(s)).toBeGreaterThan(startWh + 20);
    evse.sim!.unplug();
    await s.runUntil(() => evse.charger.state === 'Idle', 'the EVSE idle after the unplug');
    await s.run(2500);
    expect(s.attempts()).toHaveLength(before);

    const waiting = queued(s.dbFile);
    const actions = waiting.map((r) => r.action);
    if (version === 'ocpp1.6') {
      expect(actions[0]).toBe('StartTransaction');
      expect(actions.filter((a) => a === 'StopTransaction')).toHaveLength(1);
      expect(actions.filter((a) => a === 'MeterValues').length).toBeGreaterThanOrEqual(12);
    } else {
      expect(actions.every((a) => a === 'TransactionEvent')).toBe(true);
      expect(waiting.at(-1)!.payload.eventType).toBe('Ended');
      expect(waiting.length).toBeGreaterThanOrEqual(12);
    }
    expect(sender.pending()).toBe(waiting.length);

    s.restore();
    await s.runUntil(() => s.online(), 'the reconnect', 30_000);
    await s.settle(() => s.idle(), 'the queue delivered', 20_000);

    // Exactly what waited, in queue order, each once (then what the reconnect's seconds added, 1.6's
    // clock-aligned values of the idle connector).
    const after = s.attempts().slice(before).filter((a) => TX_ACTIONS.has(a.call.action)).slice(0, waiting.length);
    expect(after.map((a) => a.outcome)).toEqual(waiting.map(() => 'result'));
    expect(after.map((a) => contentKey(version, a.call.action, a.call.payload))).toEqual(waiting.map((r) => contentKey(version, r.action, r.payload)));
    // And over the whole test: every message the station ever queued, delivered once, in order.
    const report = audit({ version, rows: ledger(s.dbFile), attempts: s.attempts(), cuts: s.cuts, exactlyOnce: true });
    expect(report.problems).toEqual([]);
    expect(checkTransactions(version, report)).toEqual([]);
    expect(report.counts.duplicates).toBe(0);

    if (version === 'ocpp1.6') {
      const id = after[0]!.result.transactionId as number;
      expect(after[0]!.call.action).toBe('StartTransaction');
      // Queued before the CSMS had given an id, sent with it.
      for (const a of after.slice(1).filter((x) => x.call.action !== 'MeterValues' || x.call.payload.transactionId !== undefined)) {
        expect(a.call.payload.transactionId).toBe(id);
      }
      const stop = after.find((a) => a.call.action === 'StopTransaction')!;
      expect(stop.call.payload).toMatchObject({ transactionId: id, reason: 'EVDisconnected', idTag: CARD });
      const txValues = after.filter((a) => a.call.action === 'MeterValues' && a.call.payload.transactionId === id);
      expect(txValues.length).toBeGreaterThanOrEqual(12);
      expect(after.indexOf(stop)).toBeGreaterThan(after.indexOf(txValues.at(-1)!));
    } else {
      const events = s.attempts().filter((a) => a.call.action === 'TransactionEvent').map((a) => a.call.payload);
      expect(events.map((e) => e.seqNo)).toEqual(events.map((_, i) => i));
      expect(events[0].eventType).toBe('Started');
      expect(events.at(-1)).toMatchObject({ eventType: 'Ended', transactionInfo: { stoppedReason: 'EVDisconnected' } });
      const online = events.slice(0, events.length - after.length);
      expect(online.length).toBeGreaterThanOrEqual(3);
      expect(online.every((e) => e.offline === undefined)).toBe(true);
      expect(after.every((a) => a.call.payload.offline === true)).toBe(true);
    }
    s.csms.assertNoViolations();
  });
});
