/**
 * What a V2G (SECC) session needs from the charger it runs on, and what it reports back. The session
 * handlers (DIN 70121, ISO 15118-2) read limits and states through this and ask for actions; they never
 * touch the board, the meter or the charger's state machine directly.
 */

export type EnergyMode = 'AC_single_phase_core' | 'AC_three_phase_core' | 'DC_core' | 'DC_extended' | 'DC_combo_core' | 'DC_unique';

export type IsolationLevel = 'Invalid' | 'Valid' | 'Warning' | 'Fault' | 'No_IMD';

/** Where the EVSE stands, in the protocols' own terms (EVSEStatus / EVSENotification). */
export interface EvseHlcStatus {
  /** None: keep going; StopCharging: EVSE_Shutdown / the charger ends the session; ReNegotiation: limits changed. */
  notification: 'None' | 'StopCharging' | 'ReNegotiation';
  /** The charger has to stop at once (fault): EVSE_EmergencyShutdown. */
  emergency: boolean;
  /** The DC supply is ready (EVSE_Ready) or not (EVSE_NotReady). */
  ready: boolean;
  isolation: IsolationLevel;
}

export interface DcLimits {
  max_voltage_V: number;
  min_voltage_V: number;
  max_current_A: number;
  min_current_A: number;
  max_power_W: number;
  /** Regulation tolerance and peak current ripple the EVSE announces (DIN/ISO DC ChargeParameter). */
  current_regulation_tolerance_A: number;
  peak_current_ripple_A: number;
  energy_to_be_delivered_Wh?: number;
}

export interface AcLimits {
  nominal_voltage_V: number;
  max_current_A: number;
  phases: 1 | 3;
}

export interface DcPresent {
  voltage_V: number;
  current_A: number;
  current_limit_achieved: boolean;
  voltage_limit_achieved: boolean;
  power_limit_achieved: boolean;
}

/** The SECC's view of the charger during one V2G session. */
export interface HlcEvse {
  readonly evse: number;
  /** ISO 15118 EVSEID, e.g. DE*AMP*E1234*1 (DIN: hex of the same). */
  readonly evse_id: string;
  readonly energy_modes: readonly EnergyMode[];
  /** External identification (EIM): has the charger authorized this session (RFID, API, free)? */
  authorization(): 'Accepted' | 'Ongoing' | 'Rejected';
  status(): EvseHlcStatus;
  dcLimits(): DcLimits;
  acLimits(): AcLimits;
  /** Current power limit schedule for SAScheduleList (PMax in W, from now), refreshed when limits change. */
  pmaxSchedule(): Array<{ start_s: number; pmax_W: number }>;
  meter(): { energy_Wh: number; meter_id: string; timestamp_s: number };

  // Actions; each returns at once and reports progress through later reads.
  /** Starts (or continues) the cable check: isolation monitoring at the EV's target voltage. */
  cableCheck(): 'Ongoing' | 'Finished' | 'Failed';
  /** Pre-charge: ramp the DC output toward target voltage with at most `current_A`. */
  preCharge(target_voltage_V: number, current_A: number): DcPresent;
  /** PowerDelivery: `true` closes the contactors through the charger's safety rules, `false` opens them. */
  powerDelivery(on: boolean): 'Ongoing' | 'Finished' | 'Failed';
  /** CurrentDemand: the EV's target; the supply follows within the limits. */
  currentDemand(target_voltage_V: number, target_current_A: number): DcPresent;
  /** WeldingDetection: present voltage after the contactors opened. */
  weldingDetection(): DcPresent;
  /** What the EV told us, for status, API and HMI. */
  report(update: HlcReport): void;
  /** The session ended (SessionStop, error or connection loss); `pause` keeps the SessionID for a resume. */
  sessionEnded(how: 'terminate' | 'pause' | 'error', detail: string): void;
}

/**
 * Published on the bus (`hlc_status`) for the API and HMI: what the EV told us, merged over the session,
 * plus what the charger offers and delivers (the `evse_*` and `present_*` values, filled by the charger).
 * Reset when a new session starts (SessionSetup).
 */
export interface HlcReport {
  protocol?: 'DIN70121' | 'ISO15118-2' | 'ISO15118-20';
  /** The message the session is at, by the protocol's own name ('CurrentDemand', 'PowerDelivery Start', …). */
  stage?: string;
  soc_pct?: number;
  ev_target_voltage_V?: number;
  ev_target_current_A?: number;
  ev_max_voltage_V?: number;
  ev_max_current_A?: number;
  ev_max_power_W?: number;
  /** DC: EVSEPresentVoltage/-Current; AC: what the meter measures (highest phase current). */
  present_voltage_V?: number;
  present_current_A?: number;
  departure_time_s?: number;
  energy_request_Wh?: number;
  /** DIN/ISO-2 DC CurrentDemandReq: the EV's estimate until full / until bulk SoC. */
  remaining_time_to_full_soc_s?: number;
  remaining_time_to_bulk_soc_s?: number;
  /** The limits the charger offers now (AC: per-phase current; DC: its supply's limits). */
  evse_max_current_A?: number;
  evse_max_voltage_V?: number;
  evse_max_power_W?: number;
}
