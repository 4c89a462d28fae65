/**
 * The simulated board: it executes BoardCommands like a real controller would (relays, lock, CP
 * generator) and reports what its sensors would measure with the simulated vehicle on the cable.
 * Faults are injected here, so the charger meets them exactly as it would meet real hardware faults.
 */
import type {
  Board,
  BoardCapabilities,
  BoardCommand,
  BoardEvent,
  BoardFault,
  CpState,
} from '../../shared/ports/bsp.js';
import type { EvProfileConfig } from '../../config/index.js';
import { ampsFromDuty } from '../../shared/pwm.js';
import { SimEv } from './ev.js';
import type { SimPowerline } from './powerline.js';
import type { SimBattery, SimDcSupply } from './dc-supply.js';
import type { SimImd } from './imd.js';
import { SimJournal } from './journal.js';
import type { FaultSpec } from '../../v2g/evcc/index.js';
import { DIGITAL_COMMUNICATION_DUTY } from '../../shared/pwm.js';

export type InjectableFault = 'diode_failure' | 'rcd_trip' | 'lock_failure' | 'cp_short' | 'contactor_welded';
export const INJECTABLE_FAULTS: readonly InjectableFault[] = [
  'diode_failure',
  'rcd_trip',
  'lock_failure',
  'cp_short',
  'contactor_welded',
];

/** What the simulator exposes beyond the board contract: the hands of a person at the charger. */
export interface SimulatorControl {
  readonly ev: SimEv;
  plug(profileName?: string): void;
  unplug(): void;
  pauseEv(): void;
  resumeEv(): void;
  /** The vehicle's EVCC grants itself `amps` under a V2G session (null: none); it then presents C. */
  setHlcDemand(amps: number | null): void;
  injectFault(fault: InjectableFault): void;
  clearFault(fault: InjectableFault): void;
  activeFaults(): InjectableFault[];
  /** The line as a meter would see it. */
  readonly line: LineState;
  /** The vehicle's SLAC phase when it talks over the power line ('IDLE' otherwise). */
  readonly vehicleSlacPhase: string;
  /** Tells the simulated vehicle where the charger's V2G service listens (SDP). */
  setV2gEndpoint(endpoint: { address: string; sdpPort: number } | null): void;
  /** The vehicle's V2G stack injects this fault in the sessions it starts from now on (null: none). */
  setV2gFault(spec: FaultSpec | null): void;
  /** DC: the insulation resistance of cable and vehicle the IMD measures (a damaged cable: low). */
  setIsolationResistance(kOhm: number): void;
  /** What the hardware and the vehicle did, in order (contactors with their current, lock, V2G answers). */
  readonly journal: SimJournal;
}

export interface LineState {
  current_A: [number, number, number];
  voltage_V: [number, number, number];
  energy_import_Wh: number;
}

export interface SimBoardOptions {
  id: string;
  capabilities: BoardCapabilities;
  nominalVoltage: number;
  evProfiles: Record<string, EvProfileConfig>;
  defaultEv: string;
  /** Cable ampacity the simulated plug's PP resistor encodes. */
  cableAmpacity?: 13 | 20 | 32 | 63;
  /** The HomePlug segment behind the cable, when the EVSE does high-level communication. */
  powerline?: SimPowerline;
  /** A DC charger: its supply and insulation monitor; the line then carries DC (phase 1 = DC+). */
  dc?: { supply: SimDcSupply; imd: SimImd };
}

const TELEMETRY_PERIOD_MS = 1000;

export class SimBoard implements Board, SimulatorControl {
  readonly id: string;
  readonly capabilities: BoardCapabilities;
  readonly line: LineState = { current_A: [0, 0, 0], voltage_V: [0, 0, 0], energy_import_Wh: 0 };
  ev: SimEv;

  private listeners = new Set<(e: BoardEvent) => void>();
  private outbox: BoardEvent[] = [];
  private delivering = false;
  private enabled = false;
  private dutyPct: number | null = null; // null: no PWM (+12 V steady, X1)
  private forcedCp: 'E' | 'F' | null = null;
  private relaysCommanded = false;
  private relaysClosed = false;
  private locked = false;
  private lockFailed = false;
  private diodeLatched = false;
  private activePhases: 1 | 3;
  private overcurrentLimit = Infinity;
  private readonly faults = new Set<InjectableFault>();
  private reportedFaults = new Set<BoardFault>();
  private lastCp: CpState | null = null;
  private lastTick: number | null = null;
  private lastTelemetry = -Infinity;
  readonly journal = new SimJournal();

  constructor(private readonly opts: SimBoardOptions) {
    this.id = opts.id;
    this.capabilities = opts.capabilities;
    this.activePhases = opts.capabilities.phases;
    this.ev = this.makeEv(opts.defaultEv);
    opts.powerline?.attachJournal(this.journal);
  }

  // ---- Board contract ----

  async start(): Promise<void> {}
  async stop(): Promise<void> {
    this.relaysCommanded = false;
    this.listeners.clear();
    this.opts.powerline?.close();
  }

  onEvent(listener: (e: BoardEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  send(cmd: BoardCommand): void {
    switch (cmd.type) {
      case 'enable':
        this.enabled = cmd.value;
        if (!cmd.value) {
          this.dutyPct = null;
          this.commandRelays(false);
        }
        break;
      case 'pwm_on':
        if (!(cmd.duty_pct >= 0 && cmd.duty_pct <= 100)) throw new RangeError(`duty ${cmd.duty_pct} % out of 0–100`);
        this.forcedCp = null;
        this.dutyPct = cmd.duty_pct;
        break;
      case 'pwm_off':
      case 'cp_state_X1':
        this.forcedCp = null;
        this.dutyPct = null;
        break;
      case 'cp_state_E':
        this.forcedCp = 'E';
        this.dutyPct = null;
        break;
      case 'cp_state_F':
        this.forcedCp = 'F';
        this.dutyPct = null;
        break;
      case 'allow_power_on':
        this.commandRelays(cmd.value);
        break;
      case 'lock':
      case 'unlock':
        if (this.faults.has('lock_failure')) {
          this.lockFailed = true;
          this.emit({ type: 'lock_failure' });
        } else if (this.locked !== (cmd.type === 'lock')) {
          this.locked = cmd.type === 'lock';
          this.journal.record({ kind: 'lock', locked: this.locked }, this.lastTick ?? 0);
        }
        break;
      case 'switch_phases':
        this.activePhases = cmd.phases;
        break;
      case 'set_overcurrent_limit':
        this.overcurrentLimit = cmd.amps;
        break;
    }
    // Hardware reacts within its own cycle; reflect commands at once so the next tick sees them.
    this.update(this.lastTick ?? 0, 0);
  }

  tick(nowMs: number): void {
    const dt = this.lastTick === null ? 0 : Math.max(0, nowMs - this.lastTick);
    this.lastTick = nowMs;
    this.update(nowMs, dt);
  }

  // ---- SimulatorControl ----

  plug(profileName?: string): void {
    if (this.ev.plugged) return;
    this.ev = this.makeEv(profileName ?? this.ev.profileName);
    this.ev.plugged = true;
    this.emit({ type: 'pp_ampacity', amps: this.opts.cableAmpacity ?? 32 });
    this.update(this.lastTick ?? 0, 0);
  }

  unplug(): void {
    if (!this.ev.plugged) return;
    this.ev.plugged = false;
    this.opts.powerline?.stopVehicle();
    // A pulled plug takes the vehicle-side faults with it; board-side faults (welded contactor) stay.
    this.faults.delete('diode_failure');
    this.faults.delete('cp_short');
    if (this.faults.delete('rcd_trip')) this.emit({ type: 'rcd', tripped: false, residual_mA: 0 });
    this.emit({ type: 'pp_ampacity', amps: 0 });
    this.update(this.lastTick ?? 0, 0);
  }

  /** The vehicle's traction battery as the DC output sees it (set by the vehicle's EVCC). */
  setDcBattery(battery: Omit<SimBattery, 'connected'> | null): void {
    if (!this.opts.dc) return;
    const board = this;
    this.opts.dc.supply.battery = battery
      ? {
          get ocv_V() {
            return battery.ocv_V;
          },
          internal_resistance_ohm: battery.internal_resistance_ohm,
          // The pack is on the cable once the EVSE's contactors are closed and the vehicle asks for power.
          get connected() {
            return board.relaysClosed && board.ev.plugged && board.ev.hlcDemandA !== null;
          },
          absorb: (wh: number) => battery.absorb(wh),
        }
      : null;
  }

  get isDc(): boolean {
    return this.opts.dc !== undefined;
  }

  setHlcDemand(amps: number | null): void {
    this.ev.hlcDemandA = amps;
    this.update(this.lastTick ?? 0, 0);
  }

  pauseEv(): void {
    this.ev.paused = true;
    this.update(this.lastTick ?? 0, 0);
  }

  resumeEv(): void {
    this.ev.paused = false;
    this.update(this.lastTick ?? 0, 0);
  }

  injectFault(fault: InjectableFault): void {
    this.faults.add(fault);
    if (fault === 'rcd_trip') {
      // An RCD interrupts the supply by itself, ahead of the contactors, whatever the controller commands.
      this.journal.record({ kind: 'rcd', tripped: true }, this.lastTick ?? 0);
      this.emit({ type: 'rcd', tripped: true, residual_mA: 35 });
    }
    this.update(this.lastTick ?? 0, 0);
  }

  clearFault(fault: InjectableFault): void {
    if (this.faults.delete(fault) && fault === 'rcd_trip') this.emit({ type: 'rcd', tripped: false, residual_mA: 0 });
    if (fault === 'lock_failure') this.lockFailed = false;
    this.update(this.lastTick ?? 0, 0);
  }

  activeFaults(): InjectableFault[] {
    return [...this.faults];
  }

  // ---- physics ----

  private makeEv(name: string): SimEv {
    const profile = this.opts.evProfiles[name];
    if (!profile) throw new Error(`unknown EV profile "${name}"`);
    return new SimEv(name, profile);
  }

  private offeredAmps(): number {
    if (this.dutyPct === DIGITAL_COMMUNICATION_DUTY && this.ev.hlcDemandA !== null) return this.ev.hlcDemandA;
    return this.dutyPct === null ? 0 : ampsFromDuty(this.dutyPct);
  }

  private measureCp(): CpState {
    if (this.faults.has('cp_short') && this.ev.plugged) return 'E';
    if (this.forcedCp === 'E') return 'E';
    if (this.forcedCp === 'F') return 'F';
    if (!this.ev.plugged) return 'A';
    return this.ev.wantsPower(this.offeredAmps()) ? 'C' : 'B';
  }

  private update(nowMs: number, dtMs: number): void {
    // Relays: a disabled board holds them open; a welded contactor holds them closed. (A tripped RCD
    // interrupts the supply ahead of them; the controller opens them.)
    const wantClosed = this.relaysCommanded && this.enabled;
    const closed = this.faults.has('contactor_welded') && this.relaysClosed ? true : wantClosed;
    if (closed !== this.relaysClosed) {
      this.journal.record({ kind: 'contactors', closed, current_A: this.contactorCurrent() }, this.lastTick ?? 0);
      this.relaysClosed = closed;
      this.emit({ type: closed ? 'power_on' : 'power_off' });
    }
    this.reportFault('ContactorWelded', this.faults.has('contactor_welded') && this.relaysClosed && !wantClosed,
      'relays stay closed after being commanded open');

    const cp = this.measureCp();
    // An HLC-capable vehicle answers 5 % PWM by starting SLAC over the power line.
    if (this.opts.powerline && this.ev.plugged && this.ev.profile.hlc !== 'none' && this.dutyPct === DIGITAL_COMMUNICATION_DUTY)
      this.opts.powerline.startVehicle('none', {
        profile: this.ev.profile,
        demand: (a) => this.setHlcDemand(a),
        ...(this.isDc ? { dcBattery: (b: Omit<SimBattery, 'connected'> | null) => this.setDcBattery(b) } : {}),
      });
    if (cp !== this.lastCp) {
      this.lastCp = cp;
      this.emit({ type: 'cp', state: cp });
    }
    // The diode check needs the PWM's negative half-wave, so it can only fire while PWM runs; like real
    // boards we latch it until the vehicle is unplugged.
    if (this.faults.has('diode_failure') && this.ev.plugged && this.dutyPct !== null) this.diodeLatched = true;
    if (!this.ev.plugged) this.diodeLatched = false;
    this.reportFault('DiodeFault', this.diodeLatched, 'no -12 V on the negative half-wave of the PWM');
    this.reportFault('RcdTrip', this.faults.has('rcd_trip'), 'residual current 35 mA AC');
    this.reportFault('LockFailure', this.lockFailed && this.faults.has('lock_failure'), 'lock motor did not reach its end position');

    if (this.opts.dc) return this.updateDc(nowMs, dtMs, cp);
    // Line: the EV draws only through closed relays behind an untripped RCD, on the phases both sides have.
    const energised = this.relaysClosed && !this.faults.has('rcd_trip');
    const v = energised ? this.opts.nominalVoltage : 0;
    const phases = Math.min(this.activePhases, this.ev.profile.phases);
    const a = energised && this.ev.plugged && cp === 'C' ? this.ev.drawA(this.offeredAmps()) : 0;
    this.line.voltage_V = [v, this.activePhases === 3 ? v : 0, this.activePhases === 3 ? v : 0];
    this.line.current_A = [a, phases >= 2 ? a : 0, phases >= 3 ? a : 0];
    this.reportFault('Overcurrent', a > this.overcurrentLimit * 1.1, `${a.toFixed(1)} A drawn, limit ${this.overcurrentLimit} A`);
    if (dtMs > 0 && a > 0) {
      const wh = (a * v * phases * dtMs) / 3_600_000;
      this.line.energy_import_Wh += wh;
      this.ev.absorb(wh);
    }

    this.telemetry(nowMs, cp, 25 + (a * phases) / 8);
  }

  /** Reports what the board's sensors read, once per TELEMETRY_PERIOD_MS. */
  private telemetry(nowMs: number, cp: CpState, temperature_C: number): void {
    if (nowMs - this.lastTelemetry < TELEMETRY_PERIOD_MS) return;
    this.lastTelemetry = nowMs;
    this.emit({
      type: 'telemetry',
      data: {
        cp_pwm_duty_pct: this.dutyPct ?? 100,
        cp_voltage_hi_V: { A: 12, B: 9, C: 6, D: 3, E: 0, F: -12 }[cp],
        cp_voltage_lo_V: this.dutyPct === null ? 12 : this.faults.has('diode_failure') ? -3 : -12,
        relays_closed: this.relaysClosed,
        locked: this.locked,
        temperature_C,
        current_A: [...this.line.current_A],
      },
    });
  }

  /** DC: the supply and the IMD run; the line shows the DC output behind the contactors. */
  private updateDc(nowMs: number, dtMs: number, cp: CpState): void {
    const { supply, imd } = this.opts.dc!;
    if (dtMs > 0) {
      supply.tick(nowMs);
      imd.tick(nowMs);
    }
    const out = supply.read();
    const i = this.contactorCurrent();
    this.line.voltage_V = [out.voltage_V, 0, 0];
    this.line.current_A = [i, 0, 0];
    if (dtMs > 0 && i > 0) this.line.energy_import_Wh += (out.voltage_V * i * dtMs) / 3_600_000;
    this.telemetry(nowMs, cp, 25 + (out.voltage_V * i) / 2000);
  }

  private reportFault(fault: BoardFault, active: boolean, detail: string): void {
    if (active === this.reportedFaults.has(fault)) return;
    if (active) this.reportedFaults.add(fault);
    else this.reportedFaults.delete(fault);
    this.emit({ type: 'fault', fault, active, detail });
  }

  /**
   * Events go out in order, one at a time: a listener that sends a command while handling an event gets
   * the resulting events after it returns, as it would from a real board's driver, never in the middle.
   */
  private emit(e: BoardEvent): void {
    this.outbox.push(e);
    if (this.delivering) return;
    this.delivering = true;
    try {
      for (let next = this.outbox.shift(); next; next = this.outbox.shift()) {
        for (const l of [...this.listeners]) l(next);
      }
    } finally {
      this.delivering = false;
    }
  }

  /** Sensing for the charger's safety rules (through `Board.tick` telemetry in real hardware). */
  get relaysAreClosed(): boolean {
    return this.relaysClosed;
  }
  get isLocked(): boolean {
    return this.locked;
  }

  setV2gEndpoint(endpoint: { address: string; sdpPort: number } | null): void {
    this.opts.powerline?.setV2gEndpoint(endpoint);
  }

  setV2gFault(spec: FaultSpec | null): void {
    this.opts.powerline?.setV2gFault(spec);
  }

  setIsolationResistance(kOhm: number): void {
    if (this.opts.dc) this.opts.dc.imd.resistance_kOhm = kOhm;
  }

  private commandRelays(closed: boolean): void {
    if (closed !== this.relaysCommanded) this.journal.record({ kind: 'contactor_command', closed, current_A: this.contactorCurrent() }, this.lastTick ?? 0);
    this.relaysCommanded = closed;
  }

  /**
   * The current through the contactors this instant, by the simulation's physics: nothing through open
   * ones or behind a tripped RCD; AC what the vehicle draws in state C; DC what the supply drives into
   * a connected pack.
   */
  private contactorCurrent(): number {
    if (!this.relaysClosed || this.faults.has('rcd_trip')) return 0;
    if (this.opts.dc) {
      const { supply } = this.opts.dc;
      return supply.battery?.connected ? supply.read().current_A : 0;
    }
    return this.ev.plugged && this.measureCp() === 'C' ? this.ev.drawA(this.offeredAmps()) : 0;
  }

  get vehicleSlacPhase(): string {
    return this.opts.powerline?.pevPhase ?? 'IDLE';
  }
}
