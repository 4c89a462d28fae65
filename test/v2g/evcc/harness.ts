/**
 * Runs the Evcc against the real SECC (runSessionOnConnection with dinProtocol / iso2Protocol) over an
 * in-memory connection pair on a ManualClock, with the SupplyEvse double. `runUntilDone` advances the
 * clock in small steps until both sides have ended (or a limit passes), so nothing sleeps.
 */
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import type { EnergyMode } from '../../../appliance/src/shared/ports/hlc.js';
import { dinProtocol } from '../../../appliance/src/v2g/din/index.js';
import { iso2Protocol } from '../../../appliance/src/v2g/iso2/index.js';
import { runSessionOnConnection, type RunningSession } from '../../../appliance/src/v2g/session/index.js';
import type { ProtocolDefinition } from '../../../appliance/src/v2g/session/protocol.js';
import { Battery, Evcc, type BatterySpec, type EvccEvent, type EvccOptions } from '../../../appliance/src/v2g/evcc/index.js';
import { memoryPair, type MemoryPair } from './memory-pair.js';
import { SupplyEvse } from './supply-evse.js';

export const SID = 'a1b2c3d4e5f60718';
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** A small pack close to its target, so a session charges in a few hundred loop rounds. */
export const SMALL_PACK: Partial<BatterySpec> = { capacity_kWh: 10, soc_pct: 77, target_soc_pct: 80 };

export interface Setup {
  scenario: 'din' | 'iso2-dc' | 'iso2-ac';
  battery?: Battery | Partial<BatterySpec>;
  evcc?: EvccOptions;
  /** SessionID the SECC may resume (its memory of a paused session). */
  resumable?: string;
  sessionId?: string;
  evse?: SupplyEvse;
  clock?: ManualClock;
}

export interface Run {
  clock: ManualClock;
  evse: SupplyEvse;
  evcc: Evcc;
  pair: MemoryPair;
  secc: RunningSession;
  protocols: ProtocolDefinition[];
  /** The SECC's onEnd calls. */
  ends: Array<{ how: string; detail: string }>;
  events: EvccEvent[];
  /** Advances until both sides ended (true) or `limit_ms` passed (false). */
  runUntilDone(limit_ms?: number, step_ms?: number): boolean;
  /** Names of the requests the EV sent, in order. */
  requests(): string[];
  /** Every payload the EV sent (EXI, no V2GTP header), in order. */
  sent: Uint8Array[];
}

export function start(setup: Setup): Run {
  const clock = setup.clock ?? new ManualClock();
  const modes: EnergyMode[] = setup.scenario === 'iso2-ac' ? ['AC_three_phase_core'] : ['DC_extended'];
  const evse = setup.evse ?? new SupplyEvse(clock, modes);
  const protocols = setup.scenario === 'din' ? [dinProtocol] : [iso2Protocol({ now_ms: () => clock.now() })];
  const pair = memoryPair();
  const sent: Uint8Array[] = [];
  const evSend = pair.ev.send.bind(pair.ev);
  pair.ev.send = (type, payload) => {
    sent.push(payload);
    evSend(type, payload);
  };
  const ends: Run['ends'] = [];
  const secc = runSessionOnConnection(pair.secc, {
    protocols,
    evse,
    clock,
    log: quiet,
    sessionId: () => setup.sessionId ?? SID,
    ...(setup.resumable ? { resumableSessionId: setup.resumable } : {}),
    onEnd: (how, detail) => ends.push({ how, detail }),
  });
  const evcc = new Evcc(clock, setup.battery ?? SMALL_PACK, {
    protocols: setup.scenario === 'din' ? ['din'] : ['iso2', 'din'],
    charging: setup.scenario === 'iso2-ac' ? 'ac' : 'dc',
    ...(setup.evcc ?? {}),
  });
  const events: EvccEvent[] = [];
  evcc.on((e) => events.push(e));
  evcc.start(pair.ev);
  return {
    clock,
    evse,
    evcc,
    pair,
    secc,
    protocols,
    ends,
    events,
    sent,
    runUntilDone(limit_ms = 600_000, step_ms = 50) {
      for (let t = 0; t < limit_ms; t += step_ms) {
        if (evcc.outcome && ends.length > 0) return true;
        clock.advance(step_ms);
      }
      return evcc.outcome !== null && ends.length > 0;
    },
    requests() {
      return events.filter((e): e is Extract<EvccEvent, { type: 'request' }> => e.type === 'request').map((e) => e.name);
    },
  };
}

/** Consecutive duplicates collapsed: the session's message sequence as a readable list. */
export function sequence(names: string[]): string[] {
  return names.filter((n, i) => n !== names[i - 1]);
}
