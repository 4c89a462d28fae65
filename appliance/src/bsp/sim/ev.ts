/**
 * A simulated vehicle as the charger sees it through the cable: it presents a CP state, follows the PWM
 * current limit and draws current while the contactors are closed, filling its battery until its target.
 */
import type { EvProfileConfig } from '../../config/index.js';

export type EvFault = 'diode_failure' | 'cp_short';

export interface EvPhysicalState {
  plugged: boolean;
  /** What the EV's resistors present: B (connected, not requesting) or C (requesting power). */
  requesting: boolean;
  soc_pct: number;
  energy_received_Wh: number;
}

export class SimEv {
  plugged = false;
  soc_pct: number;
  energy_received_Wh = 0;
  /** Paused by the driver/vehicle (e.g. departure timer): presents state B. */
  paused = false;
  /**
   * Under a V2G session the current comes from messages, not the PWM: the vehicle's EVCC sets what it
   * may draw (after PowerDelivery Start), null when no session grants current.
   */
  hlcDemandA: number | null = null;
  readonly faults = new Set<EvFault>();

  constructor(
    public profileName: string,
    public profile: EvProfileConfig,
  ) {
    this.soc_pct = profile.soc_pct;
  }

  get full(): boolean {
    return this.soc_pct >= this.profile.target_soc_pct;
  }

  /** CP state the EV asks for given what the charger offers (amps from the PWM, 0 when none). */
  wantsPower(offeredA: number): boolean {
    return this.plugged && !this.paused && !this.full && offeredA >= 6;
  }

  /**
   * Current per phase the EV draws this instant: the smaller of its own limit and the offer, tapered
   * above 90 % state of charge like a real battery management system.
   */
  drawA(offeredA: number): number {
    if (!this.wantsPower(offeredA)) return 0;
    let a = Math.min(this.profile.max_current_A, offeredA);
    const over = this.soc_pct - 90;
    if (over > 0) a = Math.max(6, a * (1 - over / 12));
    return a;
  }

  /** Integrates the energy the EV received over dt; returns true when it just became full. */
  absorb(energyWh: number): boolean {
    const wasFull = this.full;
    this.energy_received_Wh += energyWh;
    this.soc_pct = Math.min(100, this.soc_pct + (energyWh / (this.profile.battery_kWh * 1000)) * 100);
    return !wasFull && this.full;
  }
}
