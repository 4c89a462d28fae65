/**
 * The session state machine, transition by transition, on real simulated hardware and a manual clock.
 * The last test checks that every row of the state table was exercised by the tests above it.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { STATES } from '../../appliance/src/evse/charger/index.js';
import { harness, charging, prepared } from './harness.js';

const exercised = new Set<string>();
const tableRows: string[] = [];

beforeAll(() => {
  // Record which handlers run, without changing what they do.
  for (const [state, def] of Object.entries(STATES)) {
    if (def.enter) {
      const enter = def.enter;
      tableRows.push(`${state}.enter`);
      def.enter = (ctx) => {
        exercised.add(`${state}.enter`);
        return enter(ctx);
      };
    }
    for (const [input, handler] of Object.entries(def.on)) {
      tableRows.push(`${state}.${input}`);
      (def.on as Record<string, unknown>)[input] = (ctx: never, i: never) => {
        exercised.add(`${state}.${input}`);
        return (handler as (c: never, i: never) => unknown)(ctx, i);
      };
    }
  }
});

describe('Idle', () => {
  it('a plug-in starts a session and asks for authorization (local mode)', () => {
    const h = harness();
    h.sim.plug();
    h.run(200);
    expect(h.charger.state).toBe('WaitingForAuthentication');
    expect(h.events).toEqual(['SessionStarted', 'AuthRequired']);
    // No PWM before authorization: the vehicle must not start charging.
    expect(h.commands.some((c) => c.type === 'pwm_on')).toBe(false);
  });

  it('free charging goes straight to a transaction and charging', () => {
    const h = harness({}, { free: true });
    h.sim.plug('ac-3p-32-long');
    h.run(500);
    expect(h.charger.state).toBe('Charging');
    expect(h.events).toEqual(['SessionStarted', 'Authorized', 'TransactionStarted', 'PrepareCharging', 'ChargingStarted']);
    expect(h.charger.status().id_token).toBe('FreeCharging');
  });

  it('Disable and Enable', () => {
    const h = harness();
    h.charger.setEnabled(false);
    expect(h.charger.state).toBe('Disabled');
    expect(h.commands.at(-1)).toEqual({ type: 'cp_state_F' });
    h.charger.setEnabled(true);
    expect(h.charger.state).toBe('Idle');
    expect(h.events).toEqual(['Disabled', 'Enabled']);
  });

  it('Enable with a vehicle already plugged starts its session', () => {
    const h = harness();
    h.charger.setEnabled(false);
    h.sim.plug();
    h.run(200);
    expect(h.charger.state).toBe('Disabled');
    h.charger.setEnabled(true);
    expect(h.charger.state).toBe('WaitingForAuthentication');
  });

  it('a plug-in while a blocking error is active ends in Finished without a transaction', () => {
    const h = harness();
    h.sim.injectFault('contactor_welded'); // harmless while open…
    h.errors.raise({ type: 'bsp/ContactorWelded', message: 'test', origin: { module_id: 'evse', implementation_id: 'charger', evse_index: 1 } });
    h.sim.plug();
    h.run(200);
    expect(h.charger.state).toBe('Finished');
    expect(h.events).toEqual(['SessionStarted']);
  });
});

describe('WaitingForAuthentication', () => {
  it('authorization starts the transaction and offers the current limit on the CP', () => {
    const h = harness();
    h.sim.plug('ac-3p-32-long');
    h.run(200);
    expect(h.token()).toBe(true);
    h.run(200);
    expect(h.charger.state).toBe('Charging');
    // 16 A → 26.7 % duty (IEC 61851-1: duty = A / 0.6)
    expect(h.commands).toContainEqual({ type: 'pwm_on', duty_pct: 26.7 });
    expect(h.commands.findIndex((c) => c.type === 'lock')).toBeLessThan(
      h.commands.findIndex((c) => c.type === 'allow_power_on' && c.value),
    );
  });

  it('a rejected token does not authorize', () => {
    const h = harness();
    h.sim.plug();
    h.run(200);
    expect(h.charger.authorize({ id_token: 'X', type: 'RFID', source: 't' }, { status: 'Blocked', by: 't' })).toBe(false);
    expect(h.charger.state).toBe('WaitingForAuthentication');
  });

  it('times out into PluginTimeout and Finished', () => {
    const h = harness({ auth: { timeout_s: 30 } });
    h.sim.plug();
    h.run(29_000);
    expect(h.charger.state).toBe('WaitingForAuthentication');
    h.run(1_100);
    expect(h.charger.state).toBe('Finished');
    expect(h.events.at(-1)).toBe('PluginTimeout');
    h.sim.unplug();
    h.run(100);
    expect(h.charger.state).toBe('Idle');
    expect(h.clock.pending()).toBe(0); // the authorization timer fired and left nothing behind
  });

  it('unplugging ends the session', () => {
    const h = harness();
    h.sim.plug();
    h.run(200);
    h.sim.unplug();
    h.run(100);
    expect(h.charger.state).toBe('Idle');
    expect(h.events).toEqual(['SessionStarted', 'AuthRequired', 'SessionFinished']);
    // The authorization timer must not fire into the next session.
    h.sim.plug();
    h.run(59_000);
    expect(h.charger.state).toBe('WaitingForAuthentication');
  });

  it('a fault while waiting ends in Finished', () => {
    const h = harness();
    h.sim.plug();
    h.run(200);
    h.sim.injectFault('cp_short');
    h.run(100);
    expect(h.charger.state).toBe('Finished');
    expect(h.activeErrors()).toEqual(['bsp/CpShort']);
  });

  it('Disable while waiting ends the session', () => {
    const h = harness();
    h.sim.plug();
    h.run(200);
    h.charger.setEnabled(false);
    expect(h.charger.state).toBe('Disabled');
    expect(h.events).toContain('SessionFinished');
  });
});

describe('PrepareCharging', () => {
  it('a vehicle that asks for power only after the PWM appears gets it', () => {
    const h = harness();
    prepared(h);
    expect(h.charger.state).toBe('PrepareCharging');
    h.sim.resumeEv();
    h.run(200);
    expect(h.charger.state).toBe('Charging');
  });

  it('a pause request or a limit below 6 A moves to ChargingPausedEVSE', () => {
    const h = harness();
    prepared(h);
    h.charger.pauseCharging();
    expect(h.charger.state).toBe('ChargingPausedEVSE');

    const g = harness();
    prepared(g);
    g.charger.setCurrentLimit(20);
    expect(g.charger.state).toBe('PrepareCharging');
    g.charger.setCurrentLimit(3);
    expect(g.charger.state).toBe('ChargingPausedEVSE');
  });

  it('authorizing with the limit already below 6 A waits paused', () => {
    const h = harness();
    h.charger.setCurrentLimit(0);
    h.sim.plug('ac-3p-32-long');
    h.run(200);
    h.token();
    h.run(200);
    expect(h.charger.state).toBe('ChargingPausedEVSE');
    h.charger.setCurrentLimit(10);
    h.run(200);
    expect(h.charger.state).toBe('Charging');
    expect(h.commands).toContainEqual({ type: 'pwm_on', duty_pct: 16.7 });
  });

  it('unplug, stop and fault end the transaction', () => {
    for (const act of ['unplug', 'stop', 'fault'] as const) {
      const h = harness();
      prepared(h);
      if (act === 'unplug') h.sim.unplug();
      if (act === 'stop') h.charger.stopTransaction('Remote');
      if (act === 'fault') h.sim.injectFault('rcd_trip');
      h.run(4_000);
      expect(h.events, act).toContain('TransactionFinished');
      expect(h.charger.state, act).toBe(act === 'unplug' ? 'Idle' : 'Finished');
    }
  });
});

describe('Charging', () => {
  it('draws the offered current on three phases', () => {
    const h = harness();
    charging(h);
    expect(h.charger.state).toBe('Charging');
    h.run(60_000);
    const s = h.charger.status();
    expect(s.power_on).toBe(true);
    expect(s.locked).toBe(true);
    // 16 A × 230 V × 3 phases for one minute ≈ 184 Wh
    expect(s.energy_Wh).toBeGreaterThan(175);
    expect(s.energy_Wh).toBeLessThan(190);
  });

  it('the vehicle pausing (C → B) opens the contactors once its current is gone, and resuming closes them', () => {
    const h = harness();
    charging(h);
    h.sim.pauseEv();
    h.run(300);
    expect(h.charger.state).toBe('ChargingPausedEV');
    expect(h.charger.status().power_on).toBe(false);
    expect(h.activeErrors()).toEqual([]);
    h.sim.resumeEv();
    h.run(300);
    expect(h.charger.state).toBe('Charging');
    expect(h.events.slice(-2)).toEqual(['ChargingPausedEV', 'ChargingResumed']);
  });

  it('a limit change changes the duty cycle; below 6 A pauses, back above resumes', () => {
    const h = harness({ evses: [{ max_current_A: 32 }] });
    charging(h);
    h.charger.setCurrentLimit(20);
    expect(h.commands.at(-1)).toEqual({ type: 'pwm_on', duty_pct: 33.3 });
    h.charger.setCurrentLimit(63); // clamped to the EVSE maximum
    expect(h.charger.status().current_limit_A).toBe(32);
    expect(h.commands.at(-1)).toEqual({ type: 'pwm_on', duty_pct: 53.3 });
    h.charger.setCurrentLimit(4);
    h.run(500);
    expect(h.charger.state).toBe('ChargingPausedEVSE');
    expect(h.charger.status().power_on).toBe(false);
    h.charger.setCurrentLimit(8);
    h.run(500);
    expect(h.charger.state).toBe('Charging');
  });

  it('pause and resume by the charger', () => {
    const h = harness();
    charging(h);
    expect(h.charger.pauseCharging()).toBe(true);
    h.run(500);
    expect(h.charger.state).toBe('ChargingPausedEVSE');
    expect(h.charger.status().charging_allowed).toBe(false);
    expect(h.charger.resumeCharging()).toBe(true);
    h.run(500);
    expect(h.charger.state).toBe('Charging');
  });

  it('a vehicle asking for power while the charger pauses does not get it', () => {
    const h = harness();
    charging(h);
    h.charger.pauseCharging();
    h.run(500);
    // Even if the vehicle presents C again, no PWM is offered and the contactors stay open.
    h.sim.resumeEv();
    h.run(500);
    expect(h.charger.state).toBe('ChargingPausedEVSE');
    expect(h.charger.status().power_on).toBe(false);
  });

  it('a local stop ends the transaction with its energy, then unplug ends the session', () => {
    const h = harness();
    charging(h);
    h.run(10_000);
    h.charger.stopTransaction('Local');
    h.run(1_000);
    expect(h.charger.state).toBe('Finished');
    const s = h.charger.status();
    expect(s.stop_reason).toBe('Local');
    expect(s.energy_Wh).toBeGreaterThan(0);
    expect(s.locked).toBe(false);
    h.sim.unplug();
    h.run(100);
    expect(h.charger.state).toBe('Idle');
    expect(h.events.slice(-4)).toEqual(['StoppingCharging', 'ChargingFinished', 'TransactionFinished', 'SessionFinished']);
  });

  it('unplugging while charging opens at once and ends session and transaction', () => {
    const h = harness();
    charging(h);
    h.sim.unplug();
    h.run(100);
    expect(h.charger.state).toBe('Idle');
    expect(h.charger.status().stop_reason).toBe('EVDisconnected');
    expect(h.events).not.toContain('ChargingPausedEV');
  });

  it('Disable while charging stops the transaction and then disables', () => {
    const h = harness();
    charging(h);
    h.charger.setEnabled(false);
    h.run(1000);
    expect(h.charger.state).toBe('Finished');
    expect(h.charger.status().stop_reason).toBe('Local');
    h.sim.unplug();
    h.run(100);
    expect(h.charger.state).toBe('Disabled');
  });

  it('Disable while Finished waits for the unplug', () => {
    const h = harness();
    charging(h);
    h.charger.stopTransaction('Local');
    h.run(1000);
    h.charger.setEnabled(false);
    expect(h.charger.state).toBe('Finished');
    h.sim.unplug();
    h.run(100);
    expect(h.charger.state).toBe('Disabled');
  });

  it('stopping while the vehicle is paused and while the charger is paused', () => {
    const h = harness();
    charging(h);
    h.sim.pauseEv();
    h.run(300);
    h.charger.stopTransaction('Remote');
    h.run(300);
    expect(h.charger.state).toBe('Finished');
    const g = harness();
    charging(g);
    g.charger.pauseCharging();
    g.run(300);
    g.sim.unplug();
    g.run(300);
    expect(g.charger.state).toBe('Idle');
    expect(g.charger.status().stop_reason).toBe('EVDisconnected');
  });
});

describe('every way out of a transaction, from every transaction state', () => {
  type Setup = (h: ReturnType<typeof harness>) => void;
  const into: Record<string, Setup> = {
    PrepareCharging: (h) => prepared(h),
    Charging: (h) => charging(h),
    ChargingPausedEV: (h) => {
      charging(h);
      h.sim.pauseEv();
      h.run(300);
    },
    ChargingPausedEVSE: (h) => {
      charging(h);
      h.charger.pauseCharging();
      h.run(300);
    },
  };
  const exits: Record<string, { act: Setup; state: string; reason: string }> = {
    unplug: { act: (h) => h.sim.unplug(), state: 'Idle', reason: 'EVDisconnected' },
    stop: { act: (h) => h.charger.stopTransaction('Remote'), state: 'Finished', reason: 'Remote' },
    fault: { act: (h) => h.sim.injectFault('rcd_trip'), state: 'Finished', reason: 'GroundFault' },
    disable: { act: (h) => h.charger.setEnabled(false), state: 'Finished', reason: 'Local' },
  };
  for (const [from, setup] of Object.entries(into)) {
    for (const [name, exit] of Object.entries(exits)) {
      it(`${from} → ${name}`, () => {
        const h = harness();
        setup(h);
        expect(h.charger.state).toBe(from);
        exit.act(h);
        h.run(4_000);
        expect(h.charger.state).toBe(exit.state);
        expect(h.charger.status().stop_reason).toBe(exit.reason);
        expect(h.charger.status().power_on).toBe(false);
        expect(h.events.filter((e) => e === 'TransactionFinished')).toHaveLength(1);
      });
    }
  }

  it('ChargingPausedEV: the charger can pause too, and a limit change is taken', () => {
    const h = harness();
    into.ChargingPausedEV!(h);
    h.charger.setCurrentLimit(10);
    expect(h.commands.at(-1)).toEqual({ type: 'pwm_on', duty_pct: 16.7 });
    h.charger.setCurrentLimit(2);
    h.run(300);
    expect(h.charger.state).toBe('ChargingPausedEVSE');
    const g = harness();
    into.ChargingPausedEV!(g);
    g.charger.pauseCharging();
    g.run(300);
    expect(g.charger.state).toBe('ChargingPausedEVSE');
    g.sim.resumeEv();
    g.charger.resumeCharging();
    g.run(300);
    expect(g.charger.state).toBe('Charging');
  });
});

describe('safety rules', () => {
  it('contactors open only once the current has fallen below the threshold', () => {
    const h = harness();
    charging(h);
    // Stop the vehicle from reacting: it keeps drawing although the charger signals X1.
    const ev = h.sim.ev;
    const draw = ev.drawA.bind(ev);
    ev.drawA = () => 16;
    ev.wantsPower = () => true;
    h.charger.stopTransaction('Local');
    h.run(2_000);
    expect(h.charger.status().power_on).toBe(true); // still waiting: the EV has 3 s
    h.run(1_200);
    // After the bounded wait the contactors open anyway and the switching under load is recorded.
    expect(h.charger.status().power_on).toBe(false);
    expect(h.activeErrors()).toContain('evse/PowerOffUnderLoad');
    ev.drawA = draw;
  });

  it('the lock is released only after the contactors are confirmed open', () => {
    const h = harness();
    charging(h);
    const order: string[] = [];
    h.commands.length = 0;
    h.charger.stopTransaction('Local');
    h.run(1_000);
    for (const c of h.commands) if (c.type === 'allow_power_on' || c.type === 'unlock') order.push(c.type);
    expect(order).toEqual(['allow_power_on', 'unlock']);
  });

  it('a welded contactor keeps the connector locked', () => {
    const h = harness();
    charging(h);
    h.sim.injectFault('contactor_welded');
    h.charger.stopTransaction('Local');
    h.run(3_000);
    expect(h.activeErrors()).toContain('bsp/ContactorWelded');
    expect(h.charger.state).toBe('Finished');
    expect(h.charger.status().locked).toBe(true);
    expect(h.commands.some((c) => c.type === 'unlock')).toBe(false);
  });

  it.each([
    ['rcd_trip', 'bsp/RcdTrip', 'GroundFault'],
    ['cp_short', 'bsp/CpShort', 'EmergencyStop'],
    ['diode_failure', 'bsp/DiodeFault', 'EmergencyStop'],
  ] as const)('fault %s: safe state at once, error raised, transaction ended', (fault, type, reason) => {
    const h = harness();
    charging(h);
    h.commands.length = 0;
    h.sim.injectFault(fault);
    // Same tick: contactors open and the CP shows F, before any control-loop tick has run.
    expect(h.charger.status().power_on).toBe(false);
    expect(h.commands).toContainEqual({ type: 'cp_state_F' });
    h.run(200);
    expect(h.activeErrors()).toEqual([type]);
    expect(h.charger.state).toBe('Finished');
    expect(h.charger.status().stop_reason).toBe(reason);
    // No new transaction while the fault is active.
    expect(h.charger.status().charging_allowed).toBe(false);
    h.sim.unplug();
    h.run(200);
    expect(h.charger.state).toBe('Idle');
    expect(h.activeErrors()).toEqual([]);
  });

  it('a fault during the stop makes it urgent', () => {
    const h = harness();
    charging(h);
    const ev = h.sim.ev;
    ev.drawA = () => 16;
    ev.wantsPower = () => true;
    h.charger.stopTransaction('Local');
    h.run(500);
    expect(h.charger.state).toBe('StoppingCharging');
    h.sim.injectFault('rcd_trip');
    h.run(100);
    expect(h.charger.state).toBe('Finished');
    expect(h.charger.status().stop_reason).toBe('Local'); // the first reason stands
  });

  it('an unplug during a slow stop makes it urgent', () => {
    const h = harness();
    charging(h);
    const ev = h.sim.ev;
    ev.drawA = () => 16;
    ev.wantsPower = () => true;
    h.charger.stopTransaction('Local');
    h.run(500);
    h.sim.unplug();
    h.run(100);
    expect(h.charger.state).toBe('Idle');
  });

  it('the lock failing at power-on keeps power off', () => {
    const h = harness();
    h.sim.injectFault('lock_failure');
    h.sim.plug('ac-3p-32-long');
    h.run(200);
    h.token();
    h.run(500);
    expect(h.commands.some((c) => c.type === 'allow_power_on' && c.value)).toBe(false);
    expect(h.activeErrors()).toContain('bsp/LockFailure');
    expect(h.charger.state).toBe('Finished');
  });

  it('ventilation (state D) is refused as a blocking error', () => {
    const h = harness();
    charging(h);
    // A vehicle asking for ventilation presents D; this charger has none.
    const board = h.sim as unknown as { measureCp: () => string; update: (n: number, d: number) => void };
    board.measureCp = () => 'D';
    board.update(h.clock.now(), 0);
    expect(h.activeErrors()).toContain('bsp/VentilationNotAvailable');
    expect(h.charger.status().power_on).toBe(false);
  });
});

describe('shutdown', () => {
  it('ends a running transaction with reason Reboot and opens the contactors', () => {
    const h = harness();
    charging(h);
    h.run(5_000);
    h.charger.shutdown();
    const s = h.charger.status();
    expect(s.power_on).toBe(false);
    expect(s.stop_reason).toBe('Reboot');
    expect(h.events.at(-1)).toBe('TransactionFinished');
  });
});

afterAll(() => {
  // Every transition the table declares was driven by a test above.
  const missing = tableRows.filter((r) => !exercised.has(r));
  expect(missing, `table rows no test drove: ${missing.join(', ')}`).toEqual([]);
});
