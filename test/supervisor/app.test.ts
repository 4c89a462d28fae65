/** The built appliance in-process: /health over real HTTP, the watchdog fed only by the control loop. */
import { describe, it, expect } from 'vitest';
import { ManualClock } from '../../appliance/src/shared/clock.js';
import { defaultConfig } from '../../appliance/src/config/index.js';
import { build, type ServiceNotifier } from '../../appliance/src/supervisor/index.js';

function recordingNotifier(): ServiceNotifier & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    enabled: true,
    watchdogIntervalMs: 0, // ping on every kick, so the count equals the control-loop ticks
    ready: async (s?: string) => void sent.push(`READY=1${s ? ` STATUS=${s}` : ''}`),
    status: (t: string) => void sent.push(`STATUS=${t}`),
    watchdog: () => void sent.push('WATCHDOG=1'),
    stopping: () => void sent.push('STOPPING=1'),
    close: () => {},
  };
}

describe('appliance', () => {
  it('serves /health with every capability running', async () => {
    const app = build(defaultConfig({ http: { port: 0 }, database: { path: ':memory:' } }), { env: {} });
    await app.start();
    const addr = app.http!.server.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${addr.port}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; capabilities: Record<string, string>; evses: Array<{ state: string }> };
    expect(body.status).toBe('ok');
    expect(Object.values(body.capabilities).every((s) => s === 'running')).toBe(true);
    expect(Object.keys(body.capabilities)).toEqual(expect.arrayContaining(['database', 'boards', 'evse', 'control-loop', 'http']));
    expect(body.evses[0]!.state).toBe('Idle');
    await app.stop();
  });

  it('reports degraded (503) while a high-severity error is active', async () => {
    const app = build(defaultConfig({ http: { port: 0 }, database: { path: ':memory:' } }), { env: {} });
    await app.start();
    app.evses[0]!.sim!.plug();
    app.evses[0]!.sim!.injectFault('cp_short');
    const addr = app.http!.server.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${addr.port}/health`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { status: string }).status).toBe('degraded');
    await app.stop();
  });

  it('notifies READY after start, STOPPING on stop, and pings the watchdog only from control-loop ticks', async () => {
    const clock = new ManualClock();
    const notifier = recordingNotifier();
    const app = build(defaultConfig({ http: { enabled: false }, database: { path: ':memory:' }, evses: [{ id: 1 }] }), { clock, notifier });
    await app.start();
    expect(notifier.sent).toEqual(['STATUS=starting', 'READY=1 STATUS=charging ready: 1 EVSE(s)']);
    // Real time passes but the loop does not tick (a stuck loop): no ping.
    await new Promise((r) => setTimeout(r, 30));
    expect(notifier.sent.filter((s) => s === 'WATCHDOG=1')).toHaveLength(0);
    clock.advance(app.config.supervisor.control_period_ms * 5);
    expect(notifier.sent.filter((s) => s === 'WATCHDOG=1')).toHaveLength(5);
    await app.stop();
    expect(notifier.sent.at(-1)).toBe('STOPPING=1');
    // After stop the loop is gone: advancing the clock sends nothing.
    const n = notifier.sent.length;
    clock.advance(10_000);
    expect(notifier.sent).toHaveLength(n);
  });

  it('builds several EVSEs from the configuration, each with its own board and session', async () => {
    const clock = new ManualClock();
    const app = build(defaultConfig({ http: { enabled: false }, database: { path: ':memory:' }, auth: { mode: 'free' }, evses: [{ id: 1 }, { id: 2 }, { id: 3 }] }), { clock, env: {} });
    await app.start();
    app.evses[1]!.sim!.plug('ac-3p-32-long');
    clock.advance(1000);
    expect(app.evses.map((e) => e.charger.state)).toEqual(['Idle', 'Charging', 'Idle']);
    await app.stop();
  });
});
