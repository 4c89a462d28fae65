/**
 * Board factory: the configuration chooses the driver; everything above sees only the Board contract
 * (and, when simulated, the SimulatorControl hands).
 */
import type { AmpboxConfig, EvseConfig } from '../config/index.js';
import { BUILTIN_EV_PROFILES } from '../config/index.js';
import type { Board } from '../shared/ports/bsp.js';
import type { Meter } from '../shared/ports/meter.js';
import type { Clock } from '../shared/clock.js';
import { SimBoard, type SimulatorControl } from './sim/board.js';
import { SimMeter } from './sim/meter.js';

export { INJECTABLE_FAULTS, type InjectableFault, type SimulatorControl } from './sim/board.js';

export interface BoardSet {
  board: Board;
  meter: Meter;
  /** Present only when the board is simulated. */
  sim: SimulatorControl | null;
}

export function createBoard(config: AmpboxConfig, evse: EvseConfig, clock: Pick<Clock, 'now'>): BoardSet {
  switch (evse.board.type) {
    case 'sim': {
      const board = new SimBoard({
        id: `evse${evse.id}-sim`,
        capabilities: {
          max_current_A: evse.max_current_A,
          min_current_A: evse.min_current_A,
          phases: evse.phases,
          supports_phase_switching: evse.phases === 3,
          has_lock: evse.board.has_lock,
          has_rcd: evse.board.has_rcd,
          socket_with_pp: evse.connector === 'sType2',
        },
        nominalVoltage: evse.nominal_voltage_V,
        evProfiles: { ...BUILTIN_EV_PROFILES, ...config.simulation.ev_profiles },
        defaultEv: evse.board.ev,
      });
      return { board, meter: new SimMeter(`evse${evse.id}-meter`, board.line, clock), sim: board };
    }
  }
}
