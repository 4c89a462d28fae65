/**
 * Charger doubles for replaying recorded sessions: before each EV request the double is primed with what
 * the real charger answered to it (Ongoing vs Finished, present values, EVSE status), because the car's next
 * request depends on those answers (a car repeats CableCheckReq while the charger says Ongoing). Everything
 * else — sequence, SessionID, encoding, limits, state changes — is the SECC's own.
 *
 * TEST DOUBLES: built on the scripted doubles of the DIN and ISO-2 tests, nothing here models a charger.
 */
import type { DcPresent, EnergyMode, EvseHlcStatus, HlcEvse, IsolationLevel } from '../../../appliance/src/shared/ports/hlc.js';
import { num as dinNum } from '../../../appliance/src/v2g/din/index.js';
import { num as iso2Num } from '../../../appliance/src/v2g/iso2/index.js';
import { ScriptedEvse as DinScriptedEvse } from '../din/scripted-evse.js';
import { ScriptedEvse as Iso2ScriptedEvse } from '../iso2/helpers.js';

type Body = Record<string, any>;

/** A charger double the replay primes with each recorded answer (response element name and content). */
export interface PrimedEvse extends HlcEvse {
  prime(name: string, res: Body): void;
  /** sessionEnded calls, in order, as `how: detail`. */
  readonly endings: string[];
}

/** The recorded present values of a DC answer (PreCharge, CurrentDemand, WeldingDetection), or null. */
function recordedPresent(res: Body, num: (v: any) => number): DcPresent | null {
  if (!res.EVSEPresentVoltage) return null;
  return {
    voltage_V: num(res.EVSEPresentVoltage),
    current_A: res.EVSEPresentCurrent ? num(res.EVSEPresentCurrent) : 0,
    current_limit_achieved: !!res.EVSECurrentLimitAchieved,
    voltage_limit_achieved: !!res.EVSEVoltageLimitAchieved,
    power_limit_achieved: !!res.EVSEPowerLimitAchieved,
  };
}

/** The EVSE status a DC_EVSEStatus / AC_EVSEStatus element (or its absence) tells. */
function recordedStatus(status: Body | undefined, ready: boolean): EvseHlcStatus {
  const code = status?.EVSEStatusCode as string | undefined;
  const note = status?.EVSENotification as string | undefined;
  return {
    ready: ready && code !== 'EVSE_NotReady',
    emergency: code === 'EVSE_EmergencyShutdown',
    notification: note === 'StopCharging' || code === 'EVSE_Shutdown' ? 'StopCharging' : note === 'ReNegotiation' ? 'ReNegotiation' : 'None',
    isolation: (status?.EVSEIsolationStatus as IsolationLevel | undefined) ?? 'Valid',
  };
}

/** DIN 70121: the DC charger as the recording shows it, one answer at a time. */
export class ReplayDinEvse extends DinScriptedEvse implements PrimedEvse {
  private recorded: DcPresent | null = null;

  constructor() {
    super();
    this.energy_modes = ['DC_core', 'DC_extended', 'DC_combo_core'];
  }

  get endings(): string[] {
    return this.ended.map((e) => `${e.how}: ${e.detail}`);
  }

  prime(name: string, res: Body): void {
    const processing = res.EVSEProcessing as string | undefined;
    if (name === 'ContractAuthenticationRes') this.auth = [processing === 'Ongoing' ? 'Ongoing' : 'Accepted'];
    if (name === 'CableCheckRes') this.cable = [processing === 'Ongoing' ? 'Ongoing' : 'Finished'];
    const status = res.DC_EVSEStatus ?? res.DC_EVSEChargeParameter?.DC_EVSEStatus;
    // DIN's ChargeParameterDiscovery says Ongoing while the supply is not ready; our handler reads `ready`.
    const ready = name === 'ChargeParameterDiscoveryRes' ? processing !== 'Ongoing' : true;
    this.st = { ...recordedStatus(status, true), ready };
    this.recorded = recordedPresent(res, dinNum);
  }
  override preCharge(v: number, i: number): DcPresent {
    const ours = super.preCharge(v, i);
    return this.recorded ?? ours;
  }
  override currentDemand(v: number, i: number): DcPresent {
    const ours = super.currentDemand(v, i);
    return this.recorded ?? ours;
  }
  override weldingDetection(): DcPresent {
    const ours = super.weldingDetection();
    return this.recorded ?? ours;
  }
}

/** ISO 15118-2 (AC and DC): the charger as the recording shows it, one answer at a time. */
export class ReplayIso2Evse extends Iso2ScriptedEvse implements PrimedEvse {
  private recorded: DcPresent | null = null;

  constructor(modes: EnergyMode[] = ['AC_single_phase_core', 'AC_three_phase_core', 'DC_core', 'DC_extended', 'DC_combo_core']) {
    super(modes);
  }

  get endings(): string[] {
    return [...this.ended];
  }

  prime(name: string, res: Body): void {
    const processing = res.EVSEProcessing as string | undefined;
    if (name === 'AuthorizationRes') this.auth = [processing === 'Ongoing' ? 'Ongoing' : 'Accepted'];
    if (name === 'CableCheckRes') this.cable = [processing === 'Ongoing' ? 'Ongoing' : 'Finished'];
    const dc = res.DC_EVSEStatus ?? res.DC_EVSEChargeParameter?.DC_EVSEStatus;
    // AC_EVSEStatus has no status code: its RCD flag is the charger's, not a verdict our double can give.
    const ac = res.AC_EVSEStatus ?? res.AC_EVSEChargeParameter?.AC_EVSEStatus;
    this.st = recordedStatus(dc ?? ac, true);
    // AC: the current the charger allowed is what the car reacts to in the charge loop.
    const maxCurrent = res.EVSEMaxCurrent ?? res.AC_EVSEChargeParameter?.EVSEMaxCurrent;
    if (maxCurrent) this.ac = { ...this.ac, max_current_A: iso2Num(maxCurrent) ?? this.ac.max_current_A };
    this.recorded = recordedPresent(res, (v) => iso2Num(v) ?? 0);
  }
  override preCharge(v: number, i: number): DcPresent {
    const ours = super.preCharge(v, i);
    return this.recorded ?? ours;
  }
  override currentDemand(v: number, i: number): DcPresent {
    const ours = super.currentDemand(v, i);
    return this.recorded ?? ours;
  }
  override weldingDetection(): DcPresent {
    const ours = super.weldingDetection();
    return this.recorded ?? ours;
  }
}
