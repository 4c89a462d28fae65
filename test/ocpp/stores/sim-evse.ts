/**
 * One EVSE from real parts, as OCPP sees it: simulated board, EV and meter, the real Charger, on a manual
 * clock (the way test/evse/harness.ts wires it, plus the meter and the OcppEvse view).
 */
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { EventBus } from '../../../appliance/src/shared/events.js';
import { Logger, silentSink } from '../../../appliance/src/shared/logger.js';
import type { AppEvents } from '../../../appliance/src/shared/ports/events.js';
import { sequentialUuids } from '../../../appliance/src/shared/uuid.js';
import { defaultConfig } from '../../../appliance/src/config/index.js';
import { createBoard, type SimulatorControl } from '../../../appliance/src/bsp/index.js';
import { Charger } from '../../../appliance/src/evse/index.js';
import { ErrorManager } from '../../../appliance/src/errors/index.js';
import type { OcppEvse } from '../../../appliance/src/ocpp/ports.js';

export interface SimEvse {
  clock: ManualClock;
  bus: EventBus<AppEvents>;
  charger: Charger;
  sim: SimulatorControl;
  evse: OcppEvse;
  /** Advances simulated time in control-loop ticks. */
  run(ms: number): void;
  /** Plugs the vehicle profile, authorizes, and runs until it charges. */
  charge(profile?: string): void;
}

export function simEvse(evseOverrides: Record<string, unknown> = {}, clock = new ManualClock()): SimEvse {
  const config = defaultConfig({ evses: [{ id: 1, ...evseOverrides }] });
  const e = config.evses[0]!;
  const bus = new EventBus<AppEvents>();
  const log = new Logger('test', clock, silentSink);
  const errors = new ErrorManager({ store: null, bus, clock, log });
  const { board, meter, sim } = createBoard(config, e, clock);
  const charger = new Charger(
    {
      evse: e.id,
      maxCurrentA: e.max_current_A,
      freeCharging: false,
      authTimeoutMs: config.auth.timeout_s * 1000,
      power: { power_off_wait_ms: e.power_off_wait_ms, power_off_current_A: e.power_off_current_A, has_lock: true },
    },
    { board, meter, clock, bus, errors, log, uuid: sequentialUuids() },
  );
  charger.start();
  const period = config.supervisor.control_period_ms;
  const run = (ms: number): void => {
    for (let t = 0; t < ms; t += period) {
      clock.advance(period);
      board.tick(clock.now());
      charger.tick();
    }
  };
  return {
    clock,
    bus,
    charger,
    sim: sim!,
    evse: {
      id: e.id,
      charger,
      meter,
      max_current_A: e.max_current_A,
      phases: e.phases,
      nominal_voltage_V: e.nominal_voltage_V,
      dc: e.dc.enabled,
      connector: e.connector,
    },
    run,
    charge(profile = 'ac-3p-32-long') {
      sim!.plug(profile);
      run(200);
      charger.authorize({ id_token: 'DEADBEEF', type: 'RFID', source: 'test' }, { status: 'Accepted', by: 'test' });
      run(1000);
    },
  };
}
