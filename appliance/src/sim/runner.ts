/**
 * Runs a scenario against a built appliance. With a ManualClock it runs headless and as fast as the CPU
 * allows (`ampbox simulate`); with a real clock it plays along in (scaled) real time (the demo).
 */
import type { App } from '../supervisor/index.js';
import type { SimulatorControl } from '../bsp/index.js';

/** What the simulated hardware and vehicle did (SimulatorControl.journal). */
export type JournalEntries = SimulatorControl['journal']['entries'];
import type { SessionEvent, SessionEventType, StopReason, ChargerState } from '../shared/ports/charger.js';
import type { TimerHandle } from '../shared/clock.js';
import type { Scenario, ScenarioAction } from './scenarios.js';

export interface ScenarioSummary {
  scenario: string;
  ok: boolean;
  states: ChargerState[];
  events: SessionEventType[];
  energy_Wh: number;
  /** Highest current per phase the meter reported (A). */
  peak_current_A: [number, number, number];
  duration_s: number;
  stop_reason: StopReason | null;
  errors: string[];
  /** Why `ok` is false; empty when ok. */
  failures: string[];
  /** The board's and vehicle's journal from the scenario's start: contactors with their current, lock, V2G answers. */
  journal: JournalEntries;
}

/** Plays the steps; calls `onDone` once the end event has been seen after the last step. */
export class ScenarioPlayer {
  private stepIndex = 0;
  private waitingFor: SessionEventType | null = null;
  private timer: TimerHandle | null = null;
  private finished = false;
  readonly events: SessionEvent[] = [];
  readonly states: ChargerState[] = [];
  readonly errors: string[] = [];
  readonly startedAt: number;
  private faultAt: number | null = null;
  powerOffAfterFault: boolean | null = null;
  readonly peak: [number, number, number] = [0, 0, 0];
  slacOutcome: 'matched' | 'failed' | null = null;
  readonly v2gStages: string[] = [];
  private readonly unsubscribe: Array<() => void> = [];
  /** Journal entries before the scenario started are not its own. */
  private journalStart = 0;

  constructor(
    private readonly app: App,
    readonly scenario: Scenario,
    private readonly onDone: () => void,
    private readonly evseIndex = 0,
  ) {
    this.startedAt = app.clock.now();
  }

  get evse() {
    const e = this.app.evses[this.evseIndex];
    if (!e) throw new Error(`no EVSE at index ${this.evseIndex}`);
    return e;
  }

  private get sim(): SimulatorControl {
    if (!this.evse.sim) throw new Error('scenarios need a simulated board');
    return this.evse.sim;
  }

  start(): void {
    const owner = `scenario:${this.scenario.name}`;
    const { bus } = this.app;
    this.journalStart = this.sim.journal.entries.length;
    this.states.push(this.evse.charger.state);
    this.unsubscribe.push(
      bus.on('session_event', owner, (e) => this.onSessionEvent(e)),
      bus.on('charger_state', owner, (s) => {
        if (s.evse === this.evse.id && this.states[this.states.length - 1] !== s.to) this.states.push(s.to);
      }),
      bus.on('error_raised', owner, (e) => {
        if (!this.errors.includes(e.type)) this.errors.push(e.type);
      }),
      bus.on('slac', owner, (s) => {
        if (s.evse !== this.evse.id) return;
        if (s.event.type === 'matched') this.slacOutcome = 'matched';
        if (s.event.type === 'failed' && this.slacOutcome === null) this.slacOutcome = 'failed';
      }),
      bus.on('hlc_status', owner, (h) => {
        const stage = h.report.stage;
        if (h.evse === this.evse.id && stage && this.v2gStages.at(-1) !== stage) this.v2gStages.push(stage);
      }),
      bus.on('meter_values', owner, (m) => {
        if (m.evse !== this.evse.id) return;
        m.reading.current_A.forEach((a, i) => (this.peak[i] = Math.max(this.peak[i]!, a)));
      }),
    );
    this.arm();
  }

  stop(): void {
    this.timer?.cancel();
    for (const u of this.unsubscribe.splice(0)) u();
  }

  /** Called by the driver after each control tick (headless runs), to check the power after a fault. */
  afterTick(): void {
    if (this.faultAt !== null && this.powerOffAfterFault === null && this.app.clock.now() > this.faultAt) {
      this.powerOffAfterFault = !this.evse.charger.status().power_on;
    }
  }

  private arm(): void {
    const step = this.scenario.steps[this.stepIndex];
    if (!step) {
      this.waitingFor = null;
      return;
    }
    if (step.on) this.waitingFor = step.on;
    else this.schedule(step.delay_s);
  }

  private schedule(delayS: number): void {
    this.waitingFor = null;
    this.timer = this.app.clock.after(delayS * 1000, () => {
      const step = this.scenario.steps[this.stepIndex];
      if (!step) return;
      // Arm the next step first: the action may trigger the very event the next step waits for.
      this.stepIndex++;
      this.arm();
      this.perform(step.action);
      this.checkEnd();
    });
  }

  private onSessionEvent(e: SessionEvent): void {
    if (e.evse !== this.evse.id) return;
    this.events.push(e);
    if (this.waitingFor === e.type) {
      const step = this.scenario.steps[this.stepIndex]!;
      this.schedule(step.delay_s);
    }
    this.checkEnd();
  }

  private checkEnd(): void {
    if (this.finished || this.stepIndex < this.scenario.steps.length) return;
    const ended = this.events.some((e) => e.type === this.scenario.ends_on && e.timestamp >= this.lastStepAt());
    if (ended) {
      this.finished = true;
      this.onDone();
    }
  }

  private lastActionAt = 0;
  private lastStepAt(): number {
    return this.lastActionAt;
  }

  private perform(a: ScenarioAction): void {
    const sim = this.sim;
    const charger = this.evse.charger;
    this.lastActionAt = this.app.clock.now();
    if ('plug' in a) sim.plug(a.plug);
    else if ('unplug' in a) sim.unplug();
    // The card is presented at this EVSE's reader.
    else if ('token' in a) void this.app.auth.present({ id_token: a.token, type: 'RFID', source: 'scenario', evse: this.evse.id });
    else if ('ev_pause' in a) sim.pauseEv();
    else if ('ev_resume' in a) sim.resumeEv();
    else if ('evse_pause' in a) charger.pauseCharging();
    else if ('evse_resume' in a) charger.resumeCharging();
    else if ('current_limit_A' in a) charger.setCurrentLimit(a.current_limit_A);
    else if ('stop' in a) charger.stopTransaction(a.stop);
    else if ('fault' in a) {
      sim.injectFault(a.fault);
      this.faultAt = this.app.clock.now();
    } else if ('clear_fault' in a) sim.clearFault(a.clear_fault);
    else if ('v2g_fault' in a) sim.setV2gFault(a.v2g_fault);
    else if ('isolation_kOhm' in a) sim.setIsolationResistance(a.isolation_kOhm);
  }

  /** Compares what happened with the scenario's expectations. */
  summary(timedOut: boolean): ScenarioSummary {
    const x = this.scenario.expect;
    const failures: string[] = [];
    const names = this.events.map((e) => e.type);
    if (timedOut) failures.push(`did not reach ${this.scenario.ends_on} within ${this.scenario.max_duration_s} s`);
    let at = 0;
    for (const want of x.events) {
      const i = names.indexOf(want, at);
      if (i < 0) {
        failures.push(`expected event ${want} (in order) did not occur`);
        break;
      }
      at = i + 1;
    }
    for (const no of x.absent_events ?? []) if (names.includes(no)) failures.push(`event ${no} must not occur`);
    const wantErr = [...x.errors].sort().join(',');
    const gotErr = [...this.errors].sort().join(',');
    if (wantErr !== gotErr) failures.push(`errors raised: [${gotErr}], expected [${wantErr}]`);
    const finished = [...this.events].reverse().find((e) => e.type === 'TransactionFinished');
    const stopReason = finished?.stop_reason ?? null;
    if (stopReason !== x.stop_reason) failures.push(`stop reason ${stopReason}, expected ${x.stop_reason}`);
    const energy = finished?.energy_Wh ?? 0;
    if (x.energy === 'positive' && !(energy > 0)) failures.push('no energy was delivered');
    if (x.energy === 'zero' && energy !== 0) failures.push(`${energy} Wh delivered, expected none`);
    if (x.peak_current_A) {
      const { amps, phases } = x.peak_current_A;
      const reached = this.peak.filter((a) => Math.abs(a - amps) <= 0.5).length;
      const above = this.peak.some((a) => a > amps + 0.5);
      if (reached !== phases || above)
        failures.push(`peak current per phase ${this.peak.map((a) => a.toFixed(1)).join('/')} A, expected ${amps} A on ${phases}`);
    }
    if (x.power_off_after_fault && this.powerOffAfterFault !== true) failures.push('contactors were not open after the fault');
    if (x.slac && this.slacOutcome !== x.slac) failures.push(`SLAC ${this.slacOutcome ?? 'never finished'}, expected ${x.slac}`);
    if (x.v2g_stages) {
      let from = 0;
      for (const want of x.v2g_stages) {
        const i = this.v2gStages.indexOf(want, from);
        if (i < 0) {
          failures.push(`V2G stage ${want} (in order) not reached; stages: ${this.v2gStages.join(', ') || 'none'}`);
          break;
        }
        from = i + 1;
      }
    }
    if (x.errors_cleared_at_end !== undefined) {
      const active = this.app.errors.active().map((e) => e.type);
      if (x.errors_cleared_at_end && active.length) failures.push(`errors still active at the end: ${active.join(', ')}`);
      if (!x.errors_cleared_at_end && !active.length) failures.push('an error should still be active at the end');
    }
    return {
      scenario: this.scenario.name,
      ok: failures.length === 0,
      states: [...this.states],
      events: names,
      energy_Wh: Math.round(energy * 10) / 10,
      peak_current_A: [...this.peak],
      duration_s: Math.round((this.app.clock.now() - this.startedAt) / 1000),
      stop_reason: stopReason,
      errors: [...this.errors],
      failures,
      journal: this.sim.journal.entries.slice(this.journalStart),
    };
  }
}
