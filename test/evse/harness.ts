/**
 * One EVSE wired from real parts — simulated board and EV, simulated meter, the error manager and the
 * bus — on a manual clock, so tests step through the state machine without sleeping.
 */
import { ManualClock } from '../../appliance/src/shared/clock.js';
import { EventBus } from '../../appliance/src/shared/events.js';
import { Logger, silentSink } from '../../appliance/src/shared/logger.js';
import type { AppEvents } from '../../appliance/src/shared/ports/events.js';
import type { SessionEventType, ChargerState } from '../../appliance/src/shared/ports/charger.js';
import type { BoardCommand } from '../../appliance/src/shared/ports/bsp.js';
import { sequentialUuids } from '../../appliance/src/shared/uuid.js';
import { defaultConfig } from '../../appliance/src/config/index.js';
import { createBoard, type SimulatorControl } from '../../appliance/src/bsp/index.js';
import { Charger } from '../../appliance/src/evse/index.js';
import { ErrorManager } from '../../appliance/src/errors/index.js';

export interface Harness {
  clock: ManualClock;
  bus: EventBus<AppEvents>;
  charger: Charger;
  sim: SimulatorControl;
  errors: ErrorManager;
  events: SessionEventType[];
  states: ChargerState[];
  commands: BoardCommand[];
  /** Advances simulated time in control-loop ticks. */
  run(ms: number): void;
  token(id?: string): boolean;
  activeErrors(): string[];
}

export function harness(overrides: Record<string, unknown> = {}, opts: { free?: boolean; maxA?: number } = {}): Harness {
  const config = defaultConfig(overrides);
  const evse = config.evses[0]!;
  const clock = new ManualClock();
  const bus = new EventBus<AppEvents>();
  const log = new Logger('test', clock, silentSink);
  const errors = new ErrorManager({ store: null, bus, clock, log });
  const { board, meter, sim } = createBoard(config, evse, clock);
  const commands: BoardCommand[] = [];
  const send = board.send.bind(board);
  board.send = (c: BoardCommand) => {
    commands.push(c);
    send(c);
  };
  const charger = new Charger(
    {
      evse: evse.id,
      maxCurrentA: opts.maxA ?? evse.max_current_A,
      freeCharging: opts.free ?? false,
      authTimeoutMs: config.auth.timeout_s * 1000,
      power: { power_off_wait_ms: evse.power_off_wait_ms, power_off_current_A: evse.power_off_current_A, has_lock: true },
    },
    { board, meter, clock, bus, errors, log, uuid: sequentialUuids() },
  );
  const events: SessionEventType[] = [];
  const states: ChargerState[] = ['Idle'];
  bus.on('session_event', 'test', (e) => events.push(e.type));
  bus.on('charger_state', 'test', (s) => states.push(s.to));
  charger.start();
  const period = config.supervisor.control_period_ms;
  return {
    clock,
    bus,
    charger,
    sim: sim!,
    errors,
    events,
    states,
    commands,
    run(ms: number) {
      for (let t = 0; t < ms; t += period) {
        clock.advance(period);
        board.tick(clock.now());
        charger.tick();
      }
    },
    token(id = 'DEADBEEF') {
      return charger.authorize({ id_token: id, type: 'RFID', source: 'test' }, { status: 'Accepted', by: 'test' });
    },
    activeErrors: () => errors.active().map((e) => e.type),
  };
}

/** Plugs, authorizes and runs until charging. */
export function charging(h: Harness): void {
  h.sim.plug('ac-3p-32-long');
  h.run(200);
  h.token();
  h.run(500);
}

/** Plugs a vehicle that waits in B, and authorizes: the EVSE offers current, the vehicle has not asked yet. */
export function prepared(h: Harness): void {
  h.sim.plug('ac-3p-32-long');
  h.sim.pauseEv();
  h.run(200);
  h.token();
  h.run(200);
}
