/** SLAC as the appliance wires it: from configuration to a started capability, or a clear refusal. */
import { describe, it, expect } from 'vitest';
import { ManualClock } from '../../appliance/src/shared/clock.js';
import { defaultConfig } from '../../appliance/src/config/index.js';
import { build, StartError } from '../../appliance/src/supervisor/index.js';

describe('SLAC wiring', () => {
  it('a real interface that cannot be opened stops start-up with a message naming it', async () => {
    const app = build(
      defaultConfig({
        http: { enabled: false },
        database: { path: ':memory:' },
        evses: [{ id: 1, slac: { enabled: true, link: 'pcap', interface: 'nosuchplc0' } }],
      }),
      { clock: new ManualClock(), env: {} },
    );
    const err = await app.start().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StartError);
    expect((err as StartError).capability).toBe('slac');
    expect((err as Error).message).toMatch(/nosuchplc0/);
    // Nothing was left running: the capabilities started before were stopped again.
    expect([...app.lifecycle.states.values()].every((s) => s !== 'running')).toBe(true);
  });

  it('the simulated board carries SLAC in-process and the charger reports its state', async () => {
    const clock = new ManualClock();
    const app = build(defaultConfig({ http: { enabled: false }, database: { path: ':memory:' } }), { clock, env: {} });
    await app.start();
    const e = app.evses[0]!;
    expect(e.slac?.plc?.mac).toMatch(/^02:a0:/);
    expect(e.charger.status().slac_state).toBe('UNMATCHED');
    e.sim!.plug('ac-3p-16-hlc');
    for (let i = 0; i < 100; i++) {
      clock.advance(20);
      await new Promise((r) => setImmediate(r));
    }
    expect(e.charger.status().slac_state).toBe('MATCHED');
    // Frames crossed as bytes through the codec: the EVSE's port saw them all parse.
    expect(e.slac!.port.stats.frames_in).toBeGreaterThan(10);
    expect(e.slac!.port.stats.dropped).toEqual({});
    await app.stop();
  });
});
