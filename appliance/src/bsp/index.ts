/**
 * Board factory: the configuration chooses the driver; everything above sees only the Board contract
 * (and, when simulated, the SimulatorControl hands).
 */
import type { AmpboxConfig, EvseConfig } from '../config/index.js';
import { BUILTIN_EV_PROFILES, EXTERNAL_EV } from '../config/index.js';
import type { Board } from '../shared/ports/bsp.js';
import type { Meter } from '../shared/ports/meter.js';
import type { Clock } from '../shared/clock.js';
import type { Logger } from '../shared/logger.js';
import type { SlacLink } from '../slac/index.js';
import { SimBoard, type SimulatorControl } from './sim/board.js';
import { SimMeter } from './sim/meter.js';
import { SimPowerline, simMacs } from './sim/powerline.js';
import { SimDcSupply } from './sim/dc-supply.js';
import { SimImd } from './sim/imd.js';
import type { DcSupply, Imd } from '../shared/ports/dc.js';
import { ExternalEv, externalEvProfile } from './sim/external-ev.js';

export { INJECTABLE_FAULTS, type InjectableFault, type SimulatorControl } from './sim/board.js';
export { EXTERNAL_EV_GONE_MS, ExternalEv, type CpChange, type ExternalEvBoard, type ExternalEvOptions } from './sim/external-ev.js';

export interface BoardSet {
  board: Board;
  meter: Meter;
  /** Present only when the board is simulated with a simulated vehicle. */
  sim: SimulatorControl | null;
  /** `board.ev: external`: the follower that moves the CP as the real EV on the V2G interface does. */
  externalEv: ExternalEv | null;
  /** The simulated power line's EVSE-side link, when the board simulates HLC (SLAC link 'sim'). */
  plc: SlacLink | null;
  /** DC supply and insulation monitor of a DC EVSE. */
  dc: { supply: DcSupply; imd: Imd } | null;
}

export function createBoard(config: AmpboxConfig, evse: EvseConfig, clock: Clock, log?: Logger): BoardSet {
  switch (evse.board.type) {
    case 'sim': {
      const external = evse.board.ev === EXTERNAL_EV;
      const powerline =
        evse.slac.enabled && evse.slac.link === 'sim' && !external ? new SimPowerline(simMacs(evse.id), clock, log) : undefined;
      const { enabled: dcEnabled, ...dcCaps } = evse.dc;
      const dc = dcEnabled
        ? { supply: new SimDcSupply({ capabilities: dcCaps }), imd: new SimImd(dcCaps.max_voltage_V) }
        : undefined;
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
        evProfiles: {
          ...BUILTIN_EV_PROFILES,
          ...config.simulation.ev_profiles,
          // The vehicle slot for an external EV: limits come from the real EV's session, not a profile.
          ...(external ? { [EXTERNAL_EV]: externalEvProfile(evse.max_current_A, evse.phases) } : {}),
        },
        defaultEv: evse.board.ev,
        ...(powerline ? { powerline } : {}),
        ...(dc ? { dc } : {}),
      });
      const externalEv = external
        ? new ExternalEv({ dc: dcEnabled }, { board, clock, ...(log ? { log: log.child(`evse${evse.id}/external-ev`) } : {}) })
        : null;
      return {
        board,
        meter: new SimMeter(`evse${evse.id}-meter`, board.line, clock),
        // No simulated vehicle to plug by hand: the external EV's follower owns the vehicle side.
        sim: external ? null : board,
        externalEv,
        plc: powerline?.evseLink ?? null,
        dc: dc ?? null,
      };
    }
  }
}
