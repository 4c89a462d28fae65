/**
 * Issue 8, registration (appliance/src/ocpp/boot.ts): BootNotification Pending/Rejected retried not before
 * the interval and nothing else sent until Accepted, Heartbeat at the CSMS's interval (changed live through
 * the settings), no new boot on a reconnect after Accepted, the boot reason kept over a Reset, and the clock
 * offset from the CSMS's currentTime with its SettingSystemTime event. The CSMS shares the ManualClock, so
 * its boot-interval check and these assertions use one time line. Checked that they can fail: retrying a
 * second before the interval fails both Pending and Rejected tests (and the CSMS's boot-retry-interval rule).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { KeyValueStore } from '../../../appliance/src/db/index.js';
import { BOOT_REASON_KEY, OcppNoAnswerError, type OcppVersion } from '../../../appliance/src/ocpp/index.js';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { IDENTITY, sentActions, startCore, stationCalls, type CoreBench } from './harness.js';

let bench: CoreBench | null = null;
afterEach(async () => {
  await bench?.close();
  bench = null;
});

const bootTimes = (b: CoreBench): number[] => stationCalls(b.csms, 'BootNotification').map((c) => c.at);

describe.each<OcppVersion>(['ocpp1.6', 'ocpp2.0.1'])('%s registration', (version) => {
  it('Pending: retried after the interval, not before; nothing else until Accepted', async () => {
    bench = await startCore({ version, csms: { boot: [{ status: 'Pending', interval: 5 }, { status: 'Pending', interval: 5 }, { status: 'Accepted', interval: 300 }] } });
    const b = bench;
    await b.until(() => b.service.boot?.status === 'Pending', 'Pending');
    // Offered while Pending: the durable message waits, the transient one is refused.
    b.service.sender!.enqueue('DataTransfer', { vendorId: 'ampbox', messageId: 'during-pending' });
    await expect(b.service.sender!.send('Heartbeat', {})).rejects.toBeInstanceOf(OcppNoAnswerError);
    await b.run(4900);
    expect(bootTimes(b)).toHaveLength(1);
    await b.run(100);
    await b.until(() => bootTimes(b).length === 2 && b.service.boot?.status === 'Pending', 'second Pending');
    await b.run(5000);
    await b.until(() => b.service.boot?.status === 'Accepted', 'Accepted');
    await b.until(() => stationCalls(b.csms, 'DataTransfer').length === 1, 'the queued message');
    const [t1, t2, t3] = bootTimes(b);
    expect(t2! - t1!).toBeGreaterThanOrEqual(5000);
    expect(t3! - t2!).toBeGreaterThanOrEqual(5000);
    expect(sentActions(b.csms)).toEqual(['BootNotification', 'BootNotification', 'BootNotification', 'DataTransfer']);
    expect(b.record.booted).toBe(1);
    b.csms.assertNoViolations();
  });

  it('Rejected: nothing but BootNotification, retried after the interval; interval 0 means boot_retry_s', async () => {
    bench = await startCore({
      version,
      ocpp: { boot_retry_s: 3 },
      csms: { boot: [{ status: 'Rejected', interval: 10 }, { status: 'Rejected', interval: 0 }, { status: 'Accepted', interval: 300 }] },
    });
    const b = bench;
    await b.until(() => b.service.boot?.status === 'Rejected', 'Rejected');
    b.service.sender!.enqueue('SecurityEventNotification', { type: 'StartupOfTheDevice', timestamp: new Date(b.clock.now()).toISOString() }, { kind: 'event' });
    await expect(b.service.sender!.send('Heartbeat', {})).rejects.toThrow(/boot Rejected/);
    await b.run(9900);
    expect(bootTimes(b)).toHaveLength(1);
    await b.run(100);
    await b.until(() => bootTimes(b).length === 2 && b.service.boot?.status === 'Rejected', 'second Rejected');
    await b.run(2900);
    expect(bootTimes(b)).toHaveLength(2);
    await b.run(100);
    await b.until(() => b.service.boot?.status === 'Accepted', 'Accepted');
    await b.until(() => stationCalls(b.csms, 'SecurityEventNotification').length === 1, 'the queued event');
    const [t1, t2, t3] = bootTimes(b);
    expect(t2! - t1!).toBeGreaterThanOrEqual(10_000);
    expect(t3! - t2!).toBeGreaterThanOrEqual(3000);
    expect(sentActions(b.csms).slice(0, 4)).toEqual(['BootNotification', 'BootNotification', 'BootNotification', 'SecurityEventNotification']);
    b.csms.assertNoViolations();
  });

  it('Heartbeat every interval the CSMS gave; a new HeartbeatInterval applies at once', async () => {
    bench = await startCore({ version, csms: { boot: [{ status: 'Accepted', interval: 2 }] } });
    const b = bench;
    await b.until(() => b.service.boot?.status === 'Accepted', 'Accepted');
    expect(b.service.settings!.get('heartbeat_interval_s')).toBe(2);
    const accepted = b.clock.now();
    for (let i = 1; i <= 3; i++) {
      await b.run(2000);
      await b.until(() => stationCalls(b.csms, 'Heartbeat').length === i, `heartbeat ${i}`);
    }
    expect(stationCalls(b.csms, 'Heartbeat').map((c) => c.at - accepted)).toEqual([2000, 4000, 6000]);
    // 1.6 ChangeConfiguration HeartbeatInterval / 2.0.1 SetVariables OCPPCommCtrlr.HeartbeatInterval land here.
    b.service.settings!.set('heartbeat_interval_s', 5);
    const changed = b.clock.now();
    await b.run(4900);
    expect(stationCalls(b.csms, 'Heartbeat')).toHaveLength(3);
    await b.run(100);
    await b.until(() => stationCalls(b.csms, 'Heartbeat').length === 4, 'heartbeat at the new interval');
    expect(stationCalls(b.csms, 'Heartbeat')[3]!.at - changed).toBe(5000);
    b.csms.assertNoViolations();
  });

  it('a reconnect after Accepted sends no new BootNotification', async () => {
    bench = await startCore({ version });
    const b = bench;
    const st = await b.csms.waitForStation(IDENTITY, { booted: true });
    await b.until(() => b.service.sender!.online, 'online');
    st.terminate();
    await b.until(() => !b.service.link.connected, 'the cut seen');
    b.service.sender!.enqueue('DataTransfer', { vendorId: 'ampbox', messageId: 'after-cut' });
    await b.run(1000);
    await b.until(() => stationCalls(b.csms, 'DataTransfer').length === 1, 'the message after the reconnect');
    expect(sentActions(b.csms)).toEqual(['BootNotification', 'DataTransfer']);
    expect(b.record.booted).toBe(1);
    b.csms.assertNoViolations();
  });
});

describe('boot reason and clock', () => {
  it('after a Reset the next process boots with RemoteReset, then PowerUp again', async () => {
    bench = await startCore({ version: 'ocpp2.0.1' });
    const b = bench;
    await b.until(() => b.service.boot?.status === 'Accepted', 'Accepted');
    expect(stationCalls(b.csms, 'BootNotification')[0]!.payload.reason).toBe('PowerUp');
    // The mapper's Reset handler calls ctx.restart; the supervisor's restart runs after the answer went out.
    b.record.ctx!.restart('Soft', 'Reset from the CSMS');
    expect(b.restarts).toEqual([]);
    await b.until(() => b.restarts.length === 1, 'the restart');
    expect(new KeyValueStore(b.db()).get(BOOT_REASON_KEY)).toBe('RemoteReset');
    const csms = b.csms;
    await b.close({ keepDir: true, keepCsms: true });

    bench = await startCore({ version: 'ocpp2.0.1', reuseCsms: csms, dir: b.dir, clock: b.clock });
    const again = bench;
    await again.until(() => again.service.boot?.status === 'Accepted', 'Accepted after the restart');
    expect(stationCalls(csms, 'BootNotification').map((c) => c.payload.reason)).toEqual(['PowerUp', 'RemoteReset']);
    expect(new KeyValueStore(again.db()).get(BOOT_REASON_KEY)).toBeUndefined();
    csms.assertNoViolations();
    await again.close();
    await csms.close();
    bench = null;
  });

  it("now() follows the CSMS's currentTime; a jump over 60 s queues SettingSystemTime", async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 1));
    let ahead = 90_000;
    bench = await startCore({ version: 'ocpp1.6', clock, csms: { clock: { now: () => clock.now() + ahead }, boot: [{ status: 'Accepted', interval: 10 }] } });
    const b = bench;
    await b.until(() => b.service.boot?.status === 'Accepted', 'Accepted');
    expect(b.service.boot!.clockOffsetMs).toBe(90_000);
    expect(b.record.ctx!.now() - clock.now()).toBe(90_000);
    const event = await b.csms.waitForCall('SecurityEventNotification');
    expect(event.payload.type).toBe('SettingSystemTime');
    expect(Date.parse(event.payload.timestamp)).toBe(clock.now() + 90_000);
    expect(b.logs.some((l) => l.source === 'ocpp/boot' && /clock set to the CSMS's/.test(l.message))).toBe(true);
    // A small drift, corrected by the next Heartbeat's currentTime: no event.
    ahead = 95_000;
    await b.run(10_000);
    await b.until(() => b.service.boot!.clockOffsetMs === 95_000, 'the heartbeat correction');
    expect(stationCalls(b.csms, 'SecurityEventNotification')).toHaveLength(1);
    b.csms.assertNoViolations();
  });
});
