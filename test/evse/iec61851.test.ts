/** IEC 61851-1 Annex A: duty cycle ↔ current, and CP states → session meaning. */
import { describe, it, expect } from 'vitest';
import { dutyFromAmps, ampsFromDuty, Iec61851 } from '../../appliance/src/evse/iec61851/index.js';
import { harness } from './harness.js';

describe('PWM duty cycle (IEC 61851-1 Table A.8)', () => {
  it.each([
    [6, 10],
    [10, 16.667],
    [16, 26.667],
    [32, 53.333],
    [51, 85],
    [63, 89.2],
    [80, 96],
  ])('%s A → %s %%', (amps, duty) => {
    expect(dutyFromAmps(amps)).toBeCloseTo(duty, 3);
    expect(ampsFromDuty(duty)).toBeCloseTo(amps, 3);
  });

  it('refuses to encode less than 6 A and caps at 80 A', () => {
    expect(() => dutyFromAmps(5.9)).toThrow(RangeError);
    expect(dutyFromAmps(100)).toBe(96);
  });

  it('reads the special duty ranges', () => {
    expect(ampsFromDuty(5)).toBe(0); // digital communication requested, no AC current
    expect(ampsFromDuty(8)).toBe(6);
    expect(ampsFromDuty(97)).toBe(80);
    expect(ampsFromDuty(100)).toBe(0);
    expect(ampsFromDuty(0)).toBe(0);
  });
});

describe('CP translation', () => {
  function translator() {
    const h = harness();
    h.charger.stop(); // use the board alone, with a fresh translator
    const iec = new Iec61851(h.sim as unknown as ConstructorParameters<typeof Iec61851>[0]);
    const seen: string[] = [];
    iec.onEvent((e) => seen.push(e.type === 'car' ? e.event : `${e.type}:${'fault' in e ? `${e.fault}=${e.active}` : ''}`));
    iec.start();
    return { h, iec, seen };
  }

  it('A → B → C → B → A', () => {
    const { h, iec, seen } = translator();
    h.sim.plug('ac-3p-32-long');
    iec.setSignal({ kind: 'current', amps: 16 });
    iec.setSignal({ kind: 'X1' });
    h.sim.unplug();
    expect(seen.filter((s) => !s.startsWith('pp'))).toEqual([
      'CarPluggedIn',
      'CarRequestedPower',
      'CarRequestedStopPower',
      'CarUnplugged',
    ]);
  });

  it('5 % duty requests digital communication: a basic-charging EV stays in B', () => {
    const { h, iec, seen } = translator();
    h.sim.plug('ac-3p-32-long');
    iec.setSignal({ kind: 'digital' });
    expect(iec.offeredAmps).toBe(0);
    expect(seen).not.toContain('CarRequestedPower');
  });

  it('an E the charger did not command is a CP short; its end clears it', () => {
    const { h, seen } = translator();
    h.sim.plug();
    h.sim.injectFault('cp_short');
    h.sim.clearFault('cp_short');
    expect(seen).toContain('fault:CpShort=true');
    expect(seen).toContain('fault:CpShort=false');
  });

  it('a commanded F hides the car; a socket PP change still reveals the unplug', () => {
    const { h, iec, seen } = translator();
    h.sim.plug();
    iec.setSignal({ kind: 'F' });
    h.sim.unplug();
    expect(seen).toContain('CarUnplugged');
    expect(iec.carPlugged).toBe(false);
  });

  it('below 6 A the signal becomes X1 (pause)', () => {
    const { iec } = translator();
    iec.setSignal({ kind: 'current', amps: 3 });
    expect(iec.currentSignal).toEqual({ kind: 'X1' });
  });
});
