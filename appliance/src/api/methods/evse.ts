/**
 * EVSE.*: one EVSE's description, status, capabilities and meter, and the limits an energy manager sets.
 * An unknown evse_index answers ErrorInvalidEVSEIndex with a complete result of neutral values, as RpcApi
 * clients read the fields whatever the error.
 */
import type { EVSEInfoObj, EVSEStatusObj, HardwareCapabilitiesObj, MeterDataObj, ResponseErrorEnum } from '../generated/types.js';
import { rfc3339, toEvseInfo } from '../mapping.js';
import type { EvseRef } from '../view.js';
import { waitUntil, type Handlers, type HandlerContext } from './context.js';

/** RpcApi: a current limit may take up to 5 s to be applied. */
export const LIMIT_APPLY_TIMEOUT_MS = 5000;

const NO_EVSE: ResponseErrorEnum = 'ErrorInvalidEVSEIndex';

function emptyInfo(index: number): EVSEInfoObj {
  return { index, id: '', available_connectors: [], supported_energy_transfer_modes: [] };
}

function emptyStatus(): EVSEStatusObj {
  return {
    charged_energy_wh: 0,
    discharged_energy_wh: 0,
    charging_duration_s: 0,
    charging_allowed: false,
    available: false,
    active_connector_index: 1,
    error_present: false,
    charge_protocol: 'Unknown',
    state: 'Unknown',
  };
}

function emptyCapabilities(): HardwareCapabilitiesObj {
  return {
    max_current_A_import: 0,
    min_current_A_import: 0,
    max_current_A_export: 0,
    min_current_A_export: 0,
    max_phase_count_import: 0,
    min_phase_count_import: 0,
    max_phase_count_export: 0,
    min_phase_count_export: 0,
    phase_switch_during_charging: false,
  };
}

function emptyMeter(now: number): MeterDataObj {
  return { timestamp: rfc3339(now), energy_Wh_import: { total: 0 } };
}

/** Runs `act` on the EVSE, then lets the notifications look at it; ErrorInvalidEVSEIndex when there is none. */
async function onEvse(
  index: number,
  ctx: HandlerContext,
  act: (ref: EvseRef) => ResponseErrorEnum | Promise<ResponseErrorEnum>,
): Promise<{ error: ResponseErrorEnum }> {
  const ref = ctx.view.find(index);
  if (!ref) return { error: NO_EVSE };
  const error = await act(ref);
  ctx.changed(ref.evse.id);
  return { error };
}

export const evseHandlers: Handlers = {
  'EVSE.GetInfo': ({ evse_index }, { deps, view }) => {
    const ref = view.find(evse_index);
    return ref ? { info: toEvseInfo(ref.config, deps.config.charger.id), error: 'NoError' } : { info: emptyInfo(evse_index), error: NO_EVSE };
  },

  'EVSE.GetStatus': ({ evse_index }, { view }) => {
    const ref = view.find(evse_index);
    return ref ? { status: view.status(ref), error: 'NoError' } : { status: emptyStatus(), error: NO_EVSE };
  },

  'EVSE.GetHardwareCapabilities': ({ evse_index }, { view }) => {
    const ref = view.find(evse_index);
    return ref ? { hardware_capabilities: view.hardware(ref), error: 'NoError' } : { hardware_capabilities: emptyCapabilities(), error: NO_EVSE };
  },

  'EVSE.GetMeterData': ({ evse_index }, { deps, view }) => {
    const ref = view.find(evse_index);
    return ref ? { meter_data: view.meter(ref), error: 'NoError' } : { meter_data: emptyMeter(deps.clock.now()), error: NO_EVSE };
  },

  'EVSE.SetChargingAllowed': ({ evse_index, charging_allowed }, ctx) =>
    onEvse(evse_index, ctx, ({ evse }) => {
      evse.charger.setChargingAllowed(charging_allowed);
      return 'NoError';
    }),

  /** Waits until the charger applies the limit: the caller learns whether it is in force, not just accepted. */
  'EVSE.SetACChargingCurrent': ({ evse_index, max_current }, ctx) =>
    onEvse(evse_index, ctx, async (ref) => {
      if (ctx.view.isDc(ref) || max_current < 0) return 'ErrorOperationNotSupported';
      if (max_current > ref.config.max_current_A) return 'ErrorOutOfRange';
      const charger = ref.evse.charger;
      charger.setCurrentLimit(max_current);
      const applied = await waitUntil(ctx.deps.clock, () => charger.status().current_limit_A === max_current, LIMIT_APPLY_TIMEOUT_MS);
      return applied ? 'NoError' : 'ErrorValuesNotApplied';
    }),

  'EVSE.SetACChargingPhaseCount': ({ evse_index, phase_count }, ctx) =>
    onEvse(evse_index, ctx, (ref) => {
      if (ctx.view.isDc(ref)) return 'ErrorOperationNotSupported';
      if ((phase_count !== 1 && phase_count !== 3) || phase_count > ref.config.phases) return 'ErrorOutOfRange';
      if (phase_count !== ref.config.phases && !ref.evse.board.capabilities.supports_phase_switching) return 'ErrorOperationNotSupported';
      return ref.evse.charger.setPhaseCount(phase_count) ? 'NoError' : 'ErrorOperationNotSupported';
    }),

  'EVSE.SetDCChargingPower': ({ evse_index, max_power }, ctx) =>
    onEvse(evse_index, ctx, (ref) => {
      const supply = ref.evse.dc?.supply;
      if (!supply) return 'ErrorOperationNotSupported';
      if (max_power < 0 || max_power > supply.capabilities.max_power_W) return 'ErrorOutOfRange';
      ref.evse.charger.setDcPowerLimit(max_power);
      return 'NoError';
    }),

  /** One connector per EVSE: connector 0 (the whole EVSE) and 1 are the same; priority has no rival source yet. */
  'EVSE.EnableConnector': ({ evse_index, connector_index, enable }, ctx) =>
    onEvse(evse_index, ctx, ({ evse }) => {
      if (connector_index !== 0 && connector_index !== 1) return 'ErrorInvalidConnectorIndex';
      evse.charger.setEnabled(enable);
      return 'NoError';
    }),
};
