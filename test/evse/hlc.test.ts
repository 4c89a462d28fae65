/**
 * High-level communication at the charger (ISO 15118-3 §7/Annex A as seen from IEC 61851): 5 % PWM at
 * plug-in, SLAC over the simulated power line (real codec, real state machines), and the way back to a
 * nominal duty cycle — through X1 after a match [V2G3-M06-06] when no V2G session follows, through E/F when
 * none started [V2G3-M06-05]. An authorized charger gives the vehicle a short grace to begin SLAC, so free
 * charging (authorized at plug-in) does not take an ISO 15118 vehicle for a basic one.
 */
import { describe, it, expect } from 'vitest';
import { ManualClock } from '../../appliance/src/shared/clock.js';
import { defaultConfig } from '../../appliance/src/config/index.js';
import { build } from '../../appliance/src/supervisor/index.js';
import type { BoardCommand } from '../../appliance/src/shared/ports/bsp.js';

async function hlcApp(overrides: Record<string, unknown> = {}) {
  const clock = new ManualClock();
  const app = build(
    defaultConfig({
      http: { enabled: false },
      database: { path: ':memory:' },
      // SLAC and the PWM at the charger, without a V2G session on top (that is test/evse/hlc-bridge.test.ts).
      evses: [{ id: 1, max_current_A: 16, slac: { enabled: true, init_timeout_s: 20 }, v2g: { enabled: false } }],
      ...overrides,
    }),
    { clock, env: {} },
  );
  await app.start();
  const evse = app.evses[0]!;
  const commands: BoardCommand[] = [];
  const send = evse.board.send.bind(evse.board);
  evse.board.send = (c) => {
    commands.push(c);
    send(c);
  };
  const slacEvents: string[] = [];
  app.bus.on('slac', 'test', (s) => slacEvents.push(s.event.type === 'state' ? `state:${s.event.state}` : s.event.type));
  // Frames cross the in-process power line asynchronously; let them flow between ticks.
  const run = async (ms: number) => {
    for (let t = 0; t < ms; t += 20) {
      clock.advance(20);
      await new Promise((r) => setImmediate(r));
    }
  };
  return { app, evse, clock, commands, slacEvents, run };
}

describe('HLC at plug-in', () => {
  it('an ISO 15118 vehicle is matched under 5 % PWM before authorization [V2G3-M06-02]', async () => {
    const { app, evse, commands, slacEvents, run } = await hlcApp();
    evse.sim!.plug('ac-3p-16-hlc');
    await run(2_000);
    expect(commands).toContainEqual({ type: 'pwm_on', duty_pct: 5 });
    expect(evse.charger.status().slac_state).toBe('MATCHED');
    expect(slacEvents).toContain('matched');
    expect(evse.sim!.vehicleSlacPhase).toBe('MATCHED');
    expect(evse.charger.state).toBe('WaitingForAuthentication');
    await app.stop();
  });

  it('after a match, an authorized charger waits for the V2G session; none within the setup time: X1, then the nominal duty [V2G3-M06-06]', async () => {
    const { app, evse, commands, run } = await hlcApp();
    evse.sim!.plug('ac-3p-16-hlc');
    await run(2_000);
    expect(evse.charger.status().slac_state).toBe('MATCHED');
    commands.length = 0;
    await app.auth.present({ id_token: 'DEADBEEF', type: 'RFID', source: 'test' });
    // The matched vehicle is about to start its V2G session: 5 % stays (no V2G service runs in this test).
    await run(15_000);
    expect(commands.filter((c) => c.type.startsWith('cp_state') || c.type === 'pwm_on')).toEqual([]);
    // 20 s after the match (V2G_SECC_CommunicationSetup_Timeout) the charger gives up on HLC: X1 for
    // T_step_X1, then the nominal duty.
    await run(4_000);
    expect(commands.filter((c) => c.type.startsWith('cp_state') || c.type === 'pwm_on')).toEqual([{ type: 'cp_state_X1' }]);
    await run(3_000);
    expect(commands).toContainEqual({ type: 'pwm_on', duty_pct: 26.7 });
    expect(evse.charger.state).toBe('Charging');
    await app.stop();
  });

  it('free charging authorizes at plug-in: an ISO 15118 vehicle still gets its 5 % and is matched', async () => {
    const { app, evse, commands, run } = await hlcApp({ auth: { mode: 'free' } });
    evse.sim!.plug('ac-3p-16-hlc');
    await run(3_000);
    expect(evse.charger.status().slac_state).toBe('MATCHED');
    expect(commands.filter((c) => c.type === 'cp_state_F' || c.type === 'cp_state_X1')).toEqual([]);
    expect(commands.filter((c) => c.type === 'pwm_on')).toEqual([{ type: 'pwm_on', duty_pct: 5 }]);
    await app.stop();
  });

  it('a basic vehicle never starts SLAC: after TT_EVSE_SLAC_init the charger leaves 5 % through F, then charges [V2G3-M06-05]', async () => {
    const { app, evse, commands, slacEvents, run } = await hlcApp({ auth: { timeout_s: 120 } });
    evse.sim!.plug('ac-3p-32-long');
    await run(19_000);
    expect(evse.charger.status().slac_state).toBe('UNMATCHED');
    expect(commands.filter((c) => c.type === 'cp_state_F')).toHaveLength(0);
    await run(2_000);
    expect(slacEvents).toContain('failed');
    expect(commands.at(-1)).toEqual({ type: 'cp_state_F' });
    await run(5_000); // T_step_EF = 4 s
    expect(commands.at(-1)).toEqual({ type: 'cp_state_X1' });
    await app.auth.present({ id_token: 'DEADBEEF', type: 'RFID', source: 'test' });
    await run(1_000);
    expect(evse.charger.state).toBe('Charging');
    await app.stop();
  });

  it('authorizing a basic vehicle while still at 5 % leaves through F once the SLAC start grace is over, and stops SLAC', async () => {
    const { app, evse, commands, run } = await hlcApp();
    evse.sim!.plug('ac-3p-32-long');
    await run(3_000);
    await app.auth.present({ id_token: 'DEADBEEF', type: 'RFID', source: 'test' });
    await run(500);
    // 5 s after 5 % went on without a word of SLAC the vehicle is taken for a basic one.
    expect(commands.filter((c) => c.type === 'cp_state_F')).toEqual([]);
    await run(2_000);
    expect(commands.at(-1)).toEqual({ type: 'cp_state_F' });
    await run(5_000);
    expect(evse.charger.state).toBe('Charging');
    // SLAC was told to stop waiting: its init timer must not fire into the charging session.
    await run(30_000);
    expect(evse.charger.state).toBe('Charging');
    expect(evse.slac!.machine.state).toBe('UNMATCHED');
    await app.stop();
  });

  it('unplugging mid-SLAC resets SLAC; the next vehicle is matched afresh', async () => {
    const { app, evse, run, slacEvents } = await hlcApp();
    evse.sim!.plug('ac-3p-16-hlc');
    await run(60); // CM_SLAC_PARM exchanged, sounding under way
    expect(evse.charger.status().slac_state).toBe('MATCHING');
    evse.sim!.unplug();
    await run(200);
    expect(evse.charger.status().slac_state).toBe('UNMATCHED');
    expect(evse.charger.state).toBe('Idle');
    slacEvents.length = 0;
    evse.sim!.plug('ac-3p-16-hlc');
    await run(2_000);
    expect(evse.charger.status().slac_state).toBe('MATCHED');
    await app.stop();
  });

  it('a fault during SLAC drives F and stops SLAC', async () => {
    const { app, evse, commands, run } = await hlcApp();
    evse.sim!.plug('ac-3p-16-hlc');
    await run(60);
    evse.sim!.injectFault('cp_short');
    await run(100);
    expect(evse.charger.status().slac_state).toBe('UNMATCHED');
    expect(commands).toContainEqual({ type: 'cp_state_F' });
    expect(app.errors.active().map((e) => e.type)).toEqual(['bsp/CpShort']);
    await app.stop();
  });

  it('an EVSE without HLC never sends 5 %', async () => {
    const { app, evse, commands, run } = await hlcApp({ evses: [{ id: 1, slac: { enabled: false } }] });
    evse.sim!.plug('ac-3p-16-hlc');
    await run(2_000);
    expect(commands.some((c) => c.type === 'pwm_on' && c.duty_pct === 5)).toBe(false);
    expect(evse.charger.status().slac_state).toBeNull();
    expect(evse.sim!.vehicleSlacPhase).toBe('IDLE');
    await app.stop();
  });

  it('a DC EVSE never falls back to basic charging: after a failed SLAC it steps through F and tries again [V2G3-M06-07]', async () => {
    const { app, evse, commands, slacEvents, run } = await hlcApp({
      evses: [{ id: 1, connector: 'cCCS2', slac: { enabled: true, init_timeout_s: 20 }, v2g: { enabled: false }, dc: { enabled: true } }],
      auth: { timeout_s: 300 },
    });
    evse.sim!.plug('ac-3p-32-long'); // a car that never answers 5 %
    await run(21_000);
    expect(slacEvents).toContain('failed');
    expect(commands.at(-1)).toEqual({ type: 'cp_state_F' });
    await run(5_000);
    expect(commands.at(-1)).toEqual({ type: 'pwm_on', duty_pct: 5 });
    await app.auth.present({ id_token: 'DEADBEEF', type: 'RFID', source: 'test' });
    await run(10_000);
    // Authorized, but no V2G session: the CP stays at 5 %, nothing nominal is ever offered.
    expect(commands.some((c) => c.type === 'pwm_on' && c.duty_pct > 5)).toBe(false);
    expect(evse.charger.status().power_on).toBe(false);
    await app.stop();
  });
});

