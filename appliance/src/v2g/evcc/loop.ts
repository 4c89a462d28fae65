/**
 * One answer of the charge loop (CurrentDemandRes / ChargingStatusRes), read the EV's way: the present
 * voltage and current (DC: the EVSE's; AC: what the on-board charger draws under EVSEMaxCurrent), the
 * EVSE limits, the energy that flowed since the previous answer, and the EV's reaction to the EVSE status:
 *
 *  - EVSE_EmergencyShutdown → stop ("EVSE_EmergencyShutdown"); EVSE_Shutdown or StopCharging → stop
 *    ("EVSE StopCharging"): PowerDelivery stop, then WeldingDetection (DC) and SessionStop;
 *  - ReNegotiation (ISO-2 only) → PowerDelivery Renegotiate, unless the EV is stopping anyway;
 *  - the target SoC reached → stop ("target SoC reached").
 *
 * Pure: the Evcc applies the result (charges the battery, schedules the next request).
 */
import type { EnergyMode } from '../../shared/ports/hlc.js';
import type { Battery } from './battery.js';
import type { EvccProtocol } from './config.js';
import { evseStatus, learnLoopLimits, num, type EvseView } from './requests.js';

export interface LoopInput {
  res: Record<string, unknown>;
  evse: EvseView;
  battery: Battery;
  mode: EnergyMode;
  protocol: EvccProtocol;
  /** Hours since the previous loop answer (0 for the first). */
  dt_h: number;
  /** Why the EV is already stopping, if it is. */
  stopping: string | null;
}

export interface LoopReading {
  evse: EvseView;
  present: { V: number; A: number };
  /** AC: the per-phase current the EV draws is its "target". */
  target?: { V: number; A: number };
  /** Energy into the battery since the previous answer. */
  energy_Wh: number;
  /** A status worth telling (anything but None / EVSE_Ready). */
  notice?: { notification: string; code?: string };
  reaction: { then: 'loop' } | { then: 'renegotiate' } | { then: 'stop'; reason: string };
}

export function readLoopAnswer(input: LoopInput): LoopReading {
  const { res, battery } = input;
  const evse = learnLoopLimits(input.evse, res);
  const dc = input.mode.startsWith('DC_');
  let present: LoopReading['present'];
  let target: LoopReading['target'];
  if (dc) {
    present = { V: num(res.EVSEPresentVoltage), A: num(res.EVSEPresentCurrent) };
  } else {
    const perPhase = battery.acCurrent_A(evse.ac_max_current_A);
    const phases = input.mode === 'AC_single_phase_core' ? 1 : battery.spec.ac.phases;
    present = { V: evse.nominal_voltage_V, A: perPhase * phases };
    target = { V: evse.nominal_voltage_V, A: perPhase };
  }
  const energy_Wh = Math.max(0, present.V * present.A * input.dt_h);
  const st = evseStatus(res);
  const notice = st && (st.notification !== 'None' || (st.code !== undefined && st.code !== 'EVSE_Ready')) ? st : undefined;
  const full = battery.soc_pct + (energy_Wh / (battery.spec.capacity_kWh * 1000)) * 100 >= battery.spec.target_soc_pct;
  let reaction: LoopReading['reaction'] = { then: 'loop' };
  if (st?.code === 'EVSE_EmergencyShutdown') reaction = { then: 'stop', reason: 'EVSE_EmergencyShutdown' };
  else if (st?.code === 'EVSE_Shutdown' || st?.notification === 'StopCharging') reaction = { then: 'stop', reason: 'EVSE StopCharging' };
  else if (input.stopping) reaction = { then: 'stop', reason: input.stopping };
  else if (st?.notification === 'ReNegotiation' && input.protocol === 'iso2') reaction = { then: 'renegotiate' };
  else if (full) reaction = { then: 'stop', reason: 'target SoC reached' };
  return { evse, present, ...(target ? { target } : {}), energy_Wh, ...(notice ? { notice } : {}), reaction };
}
