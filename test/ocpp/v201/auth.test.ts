/**
 * OCPP 2.0.1 authorization end to end (C01, C10-C12, D01, D02, E05): Authorize online, the local list sent by
 * the CSMS, transactions authorized offline from it (TransactionEvents flagged `offline`, replayed in order
 * after the reconnection), and a token the CSMS refuses in its TransactionEvent answer ending the transaction.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ask, brief, CARD, startV201, type V201Bench } from './bench.js';

let b: V201Bench | null = null;
afterEach(async () => {
  await b?.close();
  b = null;
});

const quiet = { meter_values: { sample_interval_s: 0, aligned_interval_s: 0 } };
const LISTED = '0A0B0C0D';
const entry = (idToken: string, status?: string) => ({ idToken: { idToken, type: 'ISO14443' }, ...(status ? { idTokenInfo: { status } } : {}) });

describe('OCPP 2.0.1 authorization', () => {
  it('Authorize: the CSMS judges tokens it does not know from the list; its answer is cached', async () => {
    b = await startV201({ ocpp: quiet });
    const [e1, e2] = b.app.evses as [any, any];
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting');
    b.app.tokens.push({ id_token: 'FFFF0001', type: 'RFID', evse: 1 });
    await b.settle(() => b!.calls('Authorize').length === 1, 'Authorize');
    await b.run(1000);
    expect(b.calls('Authorize')[0]!.payload).toEqual({ idToken: { idToken: 'FFFF0001', type: 'ISO14443' } });
    expect(e1.charger.state).toBe('WaitingForAuthentication');
    b.app.tokens.push({ id_token: CARD, type: 'RFID', evse: 1 });
    await b.runUntil(() => e1.charger.state === 'Charging', 'charging');
    expect(b.calls('Authorize').map((c) => c.payload.idToken.idToken)).toEqual(['FFFF0001', CARD]);
    // Pre-authorized from the cache the second time (LocalPreAuthorize): no Authorize.
    e2.sim!.plug('ac-3p-16');
    await b.runUntil(() => e2.charger.state === 'WaitingForAuthentication', 'EVSE 2 waiting');
    b.app.tokens.push({ id_token: CARD, type: 'RFID', evse: 2 });
    await b.runUntil(() => e2.charger.state === 'Charging', 'EVSE 2 charging');
    expect(b.calls('Authorize')).toHaveLength(2);
    b.csms.assertNoViolations();
  });

  it('SendLocalList Full / Differential with their statuses, GetLocalListVersion', async () => {
    b = await startV201({ ocpp: quiet });
    expect(await ask(b, 'GetLocalListVersion', {})).toEqual({ versionNumber: 0 });
    expect(await ask(b, 'SendLocalList', { versionNumber: 1, updateType: 'Full', localAuthorizationList: [entry(LISTED, 'Accepted'), entry('0B0B0B0B', 'Blocked')] })).toEqual({ status: 'Accepted' });
    expect(await ask(b, 'GetLocalListVersion', {})).toEqual({ versionNumber: 1 });
    // D01: a differential update must move the version on.
    expect((await ask(b, 'SendLocalList', { versionNumber: 1, updateType: 'Differential', localAuthorizationList: [entry('0C0C0C0C', 'Accepted')] })).status).toBe('VersionMismatch');
    expect((await ask(b, 'SendLocalList', { versionNumber: 2, updateType: 'Differential', localAuthorizationList: [entry('0B0B0B0B')] })).status).toBe('Accepted');
    expect(b.app.ocpp!.context!.localList.get('0B0B0B0B')).toBeNull();
    expect(b.app.ocpp!.context!.localList.get(LISTED)).toMatchObject({ status: 'Accepted' });
    // A full list gives every token a status.
    expect((await ask(b, 'SendLocalList', { versionNumber: 3, updateType: 'Full', localAuthorizationList: [entry('0D0D0D0D')] })).status).toBe('Failed');
    expect(await ask(b, 'GetLocalListVersion', {})).toEqual({ versionNumber: 2 });
    // Disabled (LocalAuthListCtrlr.Enabled false): nothing is taken.
    await ask(b, 'SetVariables', { setVariableData: [{ component: { name: 'LocalAuthListCtrlr' }, variable: { name: 'Enabled' }, attributeValue: 'false' }] });
    expect((await ask(b, 'SendLocalList', { versionNumber: 4, updateType: 'Full' })).status).toBe('Failed');
    b.csms.assertNoViolations();
  });

  it('offline: a listed token charges, its TransactionEvents say offline and reach the CSMS in order after the reconnection', async () => {
    b = await startV201({ ocpp: quiet, csms: { acceptedTokens: [LISTED] } });
    const e1 = b.app.evses[0]!;
    const e2 = b.app.evses[1]!;
    expect((await ask(b, 'SendLocalList', { versionNumber: 1, updateType: 'Full', localAuthorizationList: [entry(LISTED, 'Accepted')] })).status).toBe('Accepted');
    // The network goes.
    b.csms.refuseConnections(true);
    b.station().terminate();
    await b.settle(() => !b!.app.ocpp!.link.connected, 'the link down');
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting');
    b.app.tokens.push({ id_token: LISTED, type: 'RFID', evse: 1 });
    await b.runUntil(() => e1.charger.state === 'Charging', 'charging offline');
    // Unknown offline (OfflineTxForUnknownIdEnabled false): no charge.
    e2.sim!.plug('ac-3p-16');
    await b.runUntil(() => e2.charger.state === 'WaitingForAuthentication', 'EVSE 2 waiting');
    b.app.tokens.push({ id_token: 'FFFF0002', type: 'RFID', evse: 2 });
    await b.run(2000);
    expect(e2.charger.state).toBe('WaitingForAuthentication');
    const before = b.txEvents().length;
    expect(b.app.ocpp!.sender!.pending()).toBeGreaterThanOrEqual(4);

    b.csms.refuseConnections(false);
    await b.runUntil(() => b!.app.ocpp!.sender!.online, 'back online', 30_000);
    await b.settle(() => b!.app.ocpp!.sender!.pending() === 0, 'the queue delivered');
    e1.sim!.unplug();
    await b.runUntil(() => e1.charger.state === 'Idle', 'idle');
    await b.settle(() => b!.txEvents().filter((e) => e.transactionInfo.transactionId === b!.txEvents()[before]?.transactionInfo.transactionId).some((e) => e.eventType === 'Ended'), 'Ended');
    const ofEvse1 = b.txEvents().filter((e) => e.transactionInfo.transactionId === b!.txEvents().find((x) => x.evse?.id === 1)!.transactionInfo.transactionId);
    expect(ofEvse1.map(brief)).toEqual([
      '0 Started CablePluggedIn EVConnected',
      '1 Updated Authorized',
      '2 Updated ChargingStateChanged Charging',
      '3 Ended EVCommunicationLost Idle (EVDisconnected)',
    ]);
    expect(ofEvse1.map((e) => e.offline ?? false)).toEqual([true, true, true, false]);
    expect(ofEvse1[1].idToken).toEqual({ idToken: LISTED, type: 'ISO14443' });
    b.csms.assertNoViolations();
  });

  it('E05: a token the CSMS refuses in its TransactionEvent answer ends the transaction (StopTxOnInvalidId)', async () => {
    b = await startV201({ ocpp: quiet });
    const e1 = b.app.evses[0]!;
    // Listed as Accepted here (so pre-authorized at once), unknown to the CSMS: it answers Invalid.
    expect((await ask(b, 'SendLocalList', { versionNumber: 1, updateType: 'Full', localAuthorizationList: [entry(LISTED, 'Accepted')] })).status).toBe('Accepted');
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting');
    b.app.tokens.push({ id_token: LISTED, type: 'RFID', evse: 1 });
    await b.runUntil(() => e1.charger.state === 'Finished', 'stopped after the refusal', 30_000);
    await b.settle(() => b!.txEvents().some((e) => e.eventType === 'Ended'), 'Ended');
    const events = b.txEvents();
    expect(events.slice(0, 2).map(brief)).toEqual(['0 Started CablePluggedIn EVConnected', '1 Updated Authorized']);
    expect(brief(events.at(-1))).toBe(`${events.length - 1} Ended Deauthorized EVConnected (DeAuthorized)`);
    expect(b.calls('Authorize')).toHaveLength(0);
    b.csms.assertNoViolations();
  });

  it('E05 with StopTxOnInvalidId false: the refused token does not end the transaction', async () => {
    b = await startV201({ ocpp: { ...quiet, transactions: { stop_on_invalid_id: false } } });
    const e1 = b.app.evses[0]!;
    await ask(b, 'SendLocalList', { versionNumber: 1, updateType: 'Full', localAuthorizationList: [entry(LISTED, 'Accepted')] });
    e1.sim!.plug('ac-3p-16');
    await b.runUntil(() => e1.charger.state === 'WaitingForAuthentication', 'waiting');
    b.app.tokens.push({ id_token: LISTED, type: 'RFID', evse: 1 });
    await b.runUntil(() => e1.charger.state === 'Charging', 'charging');
    await b.run(5000);
    expect(e1.charger.state).toBe('Charging');
    expect(b.txEvents().some((e) => e.eventType === 'Ended')).toBe(false);
    b.csms.assertNoViolations();
  });
});
