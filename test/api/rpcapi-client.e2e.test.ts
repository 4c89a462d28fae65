/**
 * Issue 6, done when "an RpcApi 1.0 client written from the notes alone passes against `npm start`": the
 * real `node bin/ampbox.js start --demo` process (temporary configuration and database, the HTTP port
 * ephemeral, the EVerest-compatible listener on a free port) and test/fixtures/rpcapi-client.ts, which
 * imports nothing from the appliance. Two clients — one on the EVerest listener with its subprotocol, one
 * on /api — follow a whole demo session from plug-in to unplug, and set a current limit on the way.
 * The demo runs its clock 200× faster; waits are bounded by generous real-time limits, never by sleeps.
 */
import WebSocket from 'ws';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Ampbox, buildOnce, freePort, reap, tempDir, writeConfig } from '../fixtures/ampbox-process.js';
import { RpcApiClient, type EvseState, type Notification } from '../fixtures/rpcapi-client.js';

beforeAll(async () => {
  await buildOnce();
}, 130_000);

afterEach(async () => {
  await reap();
});

const READY = /ampbox \S+ ready with 1 EVSE\(s\) on http:\/\/127\.0\.0\.1:(\d+)/;

/** The states of StatusChanged notifications for EVSE 1, without repeats. */
function states(ns: Notification[]): EvseState[] {
  const out: EvseState[] = [];
  for (const n of ns) {
    if (n.method !== 'EVSE.StatusChanged' || n.params.evse_index !== 1) continue;
    const s = (n.params.evse_status as { state: EvseState }).state;
    if (out.at(-1) !== s) out.push(s);
  }
  return out;
}

/** Whether `wanted` appears in `seq` in this order (other entries may come between). */
function inOrder<T>(seq: T[], wanted: T[]): boolean {
  let i = 0;
  for (const x of seq) if (x === wanted[i]) i++;
  return i === wanted.length;
}

describe('an RpcApi 1.0 client against `ampbox start --demo`', () => {
  it('follows a whole demo session on both endpoints and sets a current limit', async () => {
    const dir = tempDir();
    const everestPort = await freePort();
    const config = writeConfig(dir, {
      api: { everest: { enabled: true, host: '127.0.0.1', port: everestPort } },
      simulation: { demo: { scenario: 'ac-basic', repeat: true } },
    });
    const p = Ampbox.spawn(['start', '--config', config, '--demo', '--time-scale', '200']);
    const port = Number((await p.waitFor(READY))[1]);

    // The 5 s Hello rule holds on the real process too: a silent client is dropped.
    const silent = new WebSocket(`ws://127.0.0.1:${port}/api`);
    const silentClosed = new Promise<number>((resolve) => silent.on('close', (code) => resolve(code)));

    const { client: everest, hello } = await RpcApiClient.connect(`ws://127.0.0.1:${everestPort}/`, { subprotocol: 'EVerestRpcApi' });
    const { client: api } = await RpcApiClient.connect(`ws://127.0.0.1:${port}/api`);
    expect(everest.protocol).toBe('EVerestRpcApi');
    expect(hello).toMatchObject({ authentication_required: false, authenticated: true, api_version: '1.0.0' });
    expect(hello.everest_version).toMatch(/^ampbox \d+\.\d+\.\d+/);
    expect(hello.charger_info).toMatchObject({ vendor: 'ampbox', serial: 'SIM-0001' });

    const { infos, error } = await api.getEVSEInfos();
    expect(error).toBe('NoError');
    expect(infos).toHaveLength(1);
    expect(infos[0]).toMatchObject({ index: 1, available_connectors: [{ index: 1 }] });
    expect((await api.getHardwareCapabilities(1)).hardware_capabilities).toMatchObject({ max_current_A_import: 16, max_phase_count_import: 3 });
    expect((await api.getInfo(0)).error).toBe('ErrorInvalidEVSEIndex');
    expect((await api.getStatus(2)).error).toBe('ErrorInvalidEVSEIndex');
    expect((await api.getActiveErrors()).active_errors).toEqual([]);

    // A session may be running already: the next Unplugged marks the start of a whole one.
    const boundary = await api.waitFor('EVSE.StatusChanged', (x) => x.evse_index === 1 && x.evse_status.state === 'Unplugged', 60_000);
    const from = api.notifications.indexOf(boundary);
    const charging = await api.waitFor('EVSE.StatusChanged', (x) => x.evse_index === 1 && x.evse_status.state === 'Charging', 60_000, from);
    expect((charging.params.evse_status as { charge_protocol: string }).charge_protocol).toBe('IEC61851');

    // An energy manager lowers the current while the car charges, then gives it back.
    expect(await api.setACChargingCurrent(1, 40)).toEqual({ error: 'ErrorOutOfRange' });
    expect(await api.setACChargingCurrent(1, 10)).toEqual({ error: 'NoError' });
    const limited = api.notifications.length;
    await api.waitFor('EVSE.StatusChanged', (x) => x.evse_index === 1 && x.evse_status.ac_charge_param?.evse_max_current === 10, 30_000, limited);
    const reading = await api.waitFor('EVSE.MeterDataChanged', (x) => x.evse_index === 1 && (x.meter_data.current_A?.L1 ?? 0) > 0 && x.meter_data.current_A.L1 <= 10.01, 30_000, limited);
    expect((reading.params.meter_data as { current_A: { L2: number } }).current_A.L2).toBeCloseTo(10, 0);
    expect(await everest.setACChargingCurrent(1, 16)).toEqual({ error: 'NoError' });

    // The car fills up, pauses, is unplugged.
    const end = await api.waitFor('EVSE.StatusChanged', (x) => x.evse_index === 1 && x.evse_status.state === 'Unplugged', 120_000, api.notifications.indexOf(charging));
    const session = api.notifications.slice(from, api.notifications.indexOf(end) + 1);
    expect(inOrder(states(session), ['Unplugged', 'AuthRequired', 'Charging', 'ChargingPausedEV', 'Unplugged'])).toBe(true);

    // Meter readings went out all along, the energy never falling.
    const energy = session.filter((n) => n.method === 'EVSE.MeterDataChanged').map((n) => (n.params.meter_data as { energy_Wh_import: { total: number } }).energy_Wh_import.total);
    expect(energy.length).toBeGreaterThan(100);
    expect(energy.every((e, i) => i === 0 || e >= energy[i - 1]!)).toBe(true);
    expect(energy.at(-1)! - energy[0]!).toBeGreaterThan(1000);
    const after = await api.getStatus(1);
    expect(after.status).toMatchObject({ state: 'Unplugged', charge_protocol: 'Unknown', error_present: false });
    expect(after.status.charged_energy_wh).toBeGreaterThan(1000);

    // The EVerest listener saw the same session, in binary frames as EVerest sends them; /api answers in text.
    expect(inOrder(states(everest.notifications), ['AuthRequired', 'Charging', 'ChargingPausedEV', 'Unplugged'])).toBe(true);
    expect(everest.frames.text).toBe(0);
    expect(everest.frames.binary).toBeGreaterThan(100);
    expect(api.frames.binary).toBe(0);

    expect(await silentClosed).toBe(4001);

    // Stopping the appliance closes the clients with 1001 (going away) and exits 0.
    const closing = [api.whenClosed(), everest.whenClosed()];
    p.signal('SIGTERM');
    expect((await Promise.all(closing)).map((c) => c.code)).toEqual([1001, 1001]);
    expect((await p.waitExit()).code).toBe(0);
  }, 180_000);
});
