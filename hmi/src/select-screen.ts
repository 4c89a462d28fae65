/**
 * Which screen the HMI shows, from what the appliance reports. Pure, so every rule is tested without a
 * browser. The appliance's Display.GetState screen leads; the EVSE state refines it (preparing is part of the
 * appliance's "charging" screen) and stands in when no display state is known.
 */
import type { DisplayScreenEnum, EVSEStateEnum, EVSEStatusObj } from './api-types.js';

export type ScreenName = 'ready' | 'authorize' | 'preparing' | 'charging' | 'paused' | 'finished' | 'unavailable' | 'out-of-service';

export const SCREENS: readonly ScreenName[] = ['ready', 'authorize', 'preparing', 'charging', 'paused', 'finished', 'unavailable', 'out-of-service'];

export interface ScreenInputs {
  /** Display.GetState's screen; null until known. */
  display: DisplayScreenEnum | null;
  /** EVSE.GetStatus's state; null until known. */
  state: EVSEStateEnum | null;
  /** A session ended a moment ago and its summary is still being shown (see Model.recent). */
  holdingFinished: boolean;
}

/** null: nothing is known yet (no screen rather than a wrong one). */
export function selectScreen(i: ScreenInputs): ScreenName | null {
  if (i.display !== null) return fromDisplay(i.display, i.state, i.holdingFinished);
  if (i.state !== null) return fromState(i.state);
  return null;
}

function fromDisplay(screen: DisplayScreenEnum, state: EVSEStateEnum | null, holdingFinished: boolean): ScreenName {
  switch (screen) {
    case 'error':
      return 'out-of-service';
    case 'unavailable':
      return 'unavailable';
    case 'ready':
      // Unplugging ends a session without a summary screen from the appliance; the driver still gets one.
      if (holdingFinished) return 'finished';
      return state === 'Reserved' ? 'unavailable' : 'ready';
    case 'plug_in':
      // Authorized before plugging in: the Authorized / Preparing screen asks for the plug.
      return 'preparing';
    case 'authorize':
    case 'authorizing':
      return 'authorize';
    case 'charging':
      return state === 'Preparing' ? 'preparing' : 'charging';
    case 'paused':
      return 'paused';
    case 'summary':
      return 'finished';
  }
}

function fromState(state: EVSEStateEnum): ScreenName {
  switch (state) {
    case 'Unplugged':
      return 'ready';
    case 'AuthRequired':
    case 'AuthTimeout':
      return 'authorize';
    case 'Preparing':
      return 'preparing';
    case 'Charging':
    case 'FinishedEV':
    case 'SwitchingPhases':
      return 'charging';
    case 'ChargingPausedEV':
    case 'ChargingPausedEVSE':
      return 'paused';
    case 'Finished':
    case 'FinishedEVSE':
      return 'finished';
    case 'Reserved':
    case 'Disabled':
    case 'Unknown':
      return 'unavailable';
  }
}

export type PreparingStage = 'connecting' | 'cable-check' | 'pre-charge';

const HLC_PROTOCOLS: ReadonlySet<string> = new Set(['DIN70121', 'ISO15118', 'ISO15118_20']);

/**
 * The DC start-up step. Until a V2G session names its protocol the charger is still reaching the vehicle
 * (SLAC, SDP). The API does not name the V2G message, but the vehicle's target voltage arrives first with
 * PreChargeReq (CableCheckReq carries none, and a new session clears it), so its presence tells the cable
 * check from the pre-charge. null: not a DC EVSE, or not preparing.
 */
export function preparingStage(status: EVSEStatusObj | null): PreparingStage | null {
  if (!status || status.state !== 'Preparing' || !status.dc_charge_param) return null;
  if (!HLC_PROTOCOLS.has(status.charge_protocol)) return 'connecting';
  return status.dc_charge_status?.ev_target_voltage !== undefined ? 'pre-charge' : 'cable-check';
}

/** Who paused charging; null when not paused. */
export function pausedBy(state: EVSEStateEnum | null): 'vehicle' | 'charger' | null {
  if (state === 'ChargingPausedEV') return 'vehicle';
  if (state === 'ChargingPausedEVSE') return 'charger';
  return null;
}
