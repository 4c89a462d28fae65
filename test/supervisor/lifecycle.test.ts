/** Capabilities start in dependency order, stop in reverse, and a stop is bounded by a deadline. */
import { describe, it, expect } from 'vitest';
import { Lifecycle, startOrder, StartError, type Capability } from '../../appliance/src/supervisor/index.js';
import { Logger, silentSink } from '../../appliance/src/shared/logger.js';

const log = new Logger('test', { now: () => 0 }, silentSink);

function cap(name: string, after: string[], trace: string[], opts: { failStart?: boolean; hangStop?: boolean } = {}): Capability {
  return {
    name,
    after,
    start: async () => {
      trace.push(`start ${name}`);
      if (opts.failStart) throw new Error(`${name} broke`);
    },
    stop: () => {
      trace.push(`stop ${name}`);
      return opts.hangStop ? new Promise(() => {}) : undefined;
    },
  };
}

describe('lifecycle', () => {
  it('orders by dependencies and stops in reverse', async () => {
    const trace: string[] = [];
    const l = new Lifecycle([cap('http', ['evse'], trace), cap('evse', ['db', 'board'], trace), cap('db', [], trace), cap('board', [], trace)], log);
    expect(l.order).toEqual(['db', 'board', 'evse', 'http']);
    await l.start();
    expect([...l.states.values()]).toEqual(['running', 'running', 'running', 'running']);
    expect(await l.stop(1000)).toBe(true);
    expect(trace).toEqual(['start db', 'start board', 'start evse', 'start http', 'stop http', 'stop evse', 'stop board', 'stop db']);
  });

  it('a failing start stops what already started, in reverse', async () => {
    const trace: string[] = [];
    const l = new Lifecycle([cap('a', [], trace), cap('b', ['a'], trace), cap('c', ['b'], trace, { failStart: true }), cap('d', ['c'], trace)], log);
    await expect(l.start()).rejects.toBeInstanceOf(StartError);
    expect(trace).toEqual(['start a', 'start b', 'start c', 'stop b', 'stop a']);
    expect(l.states.get('c')).toBe('failed');
    expect(l.states.get('d')).toBe('built');
  });

  it('a stop that hangs is abandoned at the deadline and reported', async () => {
    const trace: string[] = [];
    const l = new Lifecycle([cap('a', [], trace), cap('b', ['a'], trace, { hangStop: true })], log);
    await l.start();
    expect(await l.stop(50)).toBe(false);
    expect(trace).toEqual(['start a', 'start b', 'stop b']);
  });

  it('rejects unknown dependencies and cycles', () => {
    expect(() => startOrder([cap('a', ['x'], [])])).toThrow(/unknown capability x/);
    expect(() => startOrder([cap('a', ['b'], []), cap('b', ['a'], [])])).toThrow(/cycle: a -> b -> a/);
  });
});
