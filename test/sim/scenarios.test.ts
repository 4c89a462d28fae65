/** Every scenario runs through build(config) — the same wiring `ampbox start` uses — and meets its expectations. */
import { describe, it, expect } from 'vitest';
import { SCENARIOS, simulate, findScenario } from '../../appliance/src/sim/index.js';

describe('scenarios', () => {
  it.each(SCENARIOS.map((s) => [s.name]))('%s', async (name) => {
    const summary = await simulate(findScenario(name)!);
    expect(summary.failures).toEqual([]);
    expect(summary.ok).toBe(true);
  });

  it('ac-basic: 16 A three-phase until full, stopped by the unplug', async () => {
    const s = await simulate(findScenario('ac-basic')!);
    expect(s).toMatchObject({ scenario: 'ac-basic', ok: true, stop_reason: 'EVDisconnected', errors: [] });
    // 30 kWh battery from 85 % to 100 %: 4.5 kWh.
    expect(s.energy_Wh).toBeCloseTo(4500, -1);
    expect(s.states).toEqual(['Idle', 'WaitingForAuthentication', 'PrepareCharging', 'Charging', 'ChargingPausedEV', 'StoppingCharging', 'Idle']);
  });

  it('a scenario whose expectation is not met reports it', async () => {
    const base = findScenario('ac-basic')!;
    const wrong = { ...base, expect: { ...base.expect, stop_reason: 'Remote' as const, errors: ['bsp/RcdTrip'] } };
    const s = await simulate(wrong);
    expect(s.ok).toBe(false);
    expect(s.failures).toEqual(['errors raised: [], expected [bsp/RcdTrip]', 'stop reason EVDisconnected, expected Remote']);
  });

  it('a scenario that never ends times out instead of hanging', async () => {
    const base = findScenario('plugin-timeout')!;
    const s = await simulate({ ...base, steps: base.steps.slice(0, 1), max_duration_s: 600 });
    expect(s.ok).toBe(false);
    expect(s.failures[0]).toMatch(/did not reach SessionFinished within 600 s/);
  });
});
