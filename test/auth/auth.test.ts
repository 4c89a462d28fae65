/** Authorization: local list, refusals, tokens before plug-in, which EVSE gets a token. */
import { describe, it, expect } from 'vitest';
import { ManualClock } from '../../appliance/src/shared/clock.js';
import { defaultConfig } from '../../appliance/src/config/index.js';
import { build } from '../../appliance/src/supervisor/index.js';
import { LocalListValidator, validateToken } from '../../appliance/src/auth/index.js';

async function app(overrides: Record<string, unknown> = {}) {
  const clock = new ManualClock();
  const a = build(defaultConfig({ http: { enabled: false }, database: { path: ':memory:' }, ...overrides }), { clock, env: {} });
  await a.start();
  const run = async (ms: number) => {
    for (let t = 0; t < ms; t += 100) {
      clock.advance(100);
      await new Promise((r) => setImmediate(r));
    }
  };
  return { a, clock, run };
}

describe('local list', () => {
  it('accepts listed tokens case-insensitively and reports refusals', async () => {
    const v = new LocalListValidator([
      { id_token: 'DEADBEEF', status: 'Accepted' },
      { id_token: 'BAD', status: 'Blocked' },
    ]);
    expect(await v.validate({ id_token: 'deadbeef', type: 'RFID', source: 't' })).toMatchObject({ status: 'Accepted' });
    expect(await v.validate({ id_token: 'BAD', type: 'RFID', source: 't' })).toMatchObject({ status: 'Blocked' });
    expect(await v.validate({ id_token: 'OTHER', type: 'RFID', source: 't' })).toBeNull();
    expect(await validateToken([v], { id_token: 'OTHER', type: 'RFID', source: 't' })).toMatchObject({ status: 'Unknown' });
  });
});

describe('authorization manager', () => {
  it('an unknown token is refused and the EVSE keeps waiting', async () => {
    const { a, run } = await app();
    a.evses[0]!.sim!.plug();
    await run(200);
    const r = await a.auth.present({ id_token: 'NOPE', type: 'RFID', source: 'reader' });
    expect(r).toEqual({ accepted: false, evse: null, status: 'Unknown' });
    expect(a.evses[0]!.charger.state).toBe('WaitingForAuthentication');
    await a.stop();
  });

  it('a token presented before plug-in is used by the next session within the timeout', async () => {
    const { a, run } = await app();
    const r = await a.auth.present({ id_token: 'DEADBEEF', type: 'RFID', source: 'reader' });
    expect(r).toEqual({ accepted: true, evse: null, status: 'Accepted' });
    await run(10_000);
    a.evses[0]!.sim!.plug('ac-3p-32-long');
    // The default EVSE asks for digital communication first: a basic car (no SLAC within the 5 s grace) gets
    // its PWM after the E/F step (4 s).
    await run(10_000);
    expect(a.evses[0]!.charger.state).toBe('Charging');
    await a.stop();
  });

  it('a token presented before plug-in expires', async () => {
    const { a, run } = await app({ auth: { timeout_s: 20 } });
    await a.auth.present({ id_token: 'DEADBEEF', type: 'RFID', source: 'reader' });
    await run(25_000);
    a.evses[0]!.sim!.plug();
    await run(500);
    expect(a.evses[0]!.charger.state).toBe('WaitingForAuthentication');
    await a.stop();
  });

  it('with two EVSEs a token goes to the one that has waited longest, or to the one it names', async () => {
    const { a, run } = await app({ evses: [{ id: 1 }, { id: 2 }] });
    const [e1, e2] = a.evses;
    e2!.sim!.plug('ac-3p-32-long');
    await run(1000);
    e1!.sim!.plug('ac-3p-32-long');
    await run(1000);
    expect((await a.auth.present({ id_token: 'DEADBEEF', type: 'RFID', source: 'reader' })).evse).toBe(2);
    expect((await a.auth.present({ id_token: 'DEADBEEF', type: 'RFID', source: 'reader', evse: 1 })).evse).toBe(1);
    await run(5_000);
    expect(e1!.charger.state).toBe('Charging');
    expect(e2!.charger.state).toBe('Charging');
    await a.stop();
  });

  it('free mode needs no token', async () => {
    const { a, run } = await app({ auth: { mode: 'free' } });
    a.evses[0]!.sim!.plug('ac-3p-32-long');
    // The default EVSE asks for digital communication first: a basic car (no SLAC within the 5 s grace) gets
    // its PWM after the E/F step (4 s).
    await run(10_000);
    expect(a.evses[0]!.charger.state).toBe('Charging');
    await a.stop();
  });
});
