/**
 * What the charger puts on the control pilot, and the way there: 5 % for digital communication while a
 * vehicle does SLAC or is about to begin its V2G session, a nominal duty cycle or X1 as the state machine
 * wants, and the steps the standards require when leaving 5 % — through X1 after a match [V2G3-M06-06],
 * through E/F when SLAC never started [V2G3-M06-05], and for a DC EVSE a new attempt after E/F
 * [V2G3-M06-07/09] instead of basic charging.
 */
import type { Clock, TimerHandle } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import type { SlacEvent, SlacHandle } from '../../shared/ports/slac.js';
import type { Iec61851 } from '../iec61851/index.js';

/** Time in E/F (T_step_EF) and in X1 (T_step_X1) when leaving 5 % for a nominal duty cycle. */
export const T_STEP_EF_MS = 4000;
export const T_STEP_X1_MS = 3000;
/**
 * An authorized AC charger keeps 5 % this long for a vehicle to begin SLAC before it offers basic charging
 * (an ISO 15118 vehicle starts within a second or two of seeing 5 %; free charging authorizes at plug-in).
 */
export const SLAC_START_GRACE_MS = 5000;
/** After a SLAC match, how long the charger waits for the V2G session to begin (V2G_SECC_CommunicationSetup_Timeout). */
export const HLC_SETUP_WAIT_MS = 20_000;

/** What the signal policy reads from the charger it serves. */
export interface PilotHost {
  readonly iec: Iec61851;
  readonly slac: SlacHandle | undefined;
  readonly clock: Clock;
  readonly log: Logger;
  /** A DC EVSE: never leaves 5 % for basic charging. */
  readonly hlcOnly: boolean;
  /** A V2G session runs: the current is negotiated in messages, 5 % stays. */
  hlcActive(): boolean;
  blocked(): boolean;
  sessionOpen(): boolean;
  limitA(): number;
}

export class PilotSignal {
  /** The CP signal the state machine wants; `apply` walks there through any step the standard needs. */
  private wanted: 'current' | 'X1' = 'X1';
  private stepTimer: TimerHandle | null = null;
  private slacEverStarted = false;
  /** When 5 % went on (SLAC start grace), and the timer that re-checks the signal after a wait. */
  private digitalSince: number | null = null;
  private hlcWait: TimerHandle | null = null;
  /** The vehicle matched but no V2G session began in time: basic charging from now on. */
  private hlcGaveUp = false;
  /** A V2G session began since the plug-in. */
  private hlcBegan = false;

  constructor(private readonly h: PilotHost) {}

  offerCurrent(): void {
    this.wanted = 'current';
    this.apply();
  }

  pause(): void {
    this.wanted = 'X1';
    this.apply();
  }

  fault(): void {
    this.cancelStep();
    this.h.iec.setSignal({ kind: 'F' });
  }

  /** Plug-in on an HLC EVSE: digital communication first, 5 % PWM and SLAC, before anything else is offered. */
  startDigital(): void {
    this.slacEverStarted = false;
    this.hlcGaveUp = false;
    this.hlcBegan = false;
    this.cancelWait();
    this.digitalSince = this.h.clock.now();
    this.cancelStep();
    this.h.iec.setSignal({ kind: 'digital' });
    this.h.slac?.enterBcd();
  }

  /** A V2G session began (it keeps 5 % from now on). */
  hlcSessionBegan(): void {
    this.hlcBegan = true;
  }

  /** The session ended or the charger stops: no step or wait may fire into the next one. */
  endSession(): void {
    this.cancelWait();
  }

  stop(): void {
    this.cancelStep();
    this.cancelWait();
  }

  onSlac(e: SlacEvent): void {
    const { h } = this;
    if (e.type === 'state' && e.state !== 'UNMATCHED') this.slacEverStarted = true;
    if (e.type === 'matched' && !h.hlcOnly) {
      // No V2G session within the setup time after the match: an AC vehicle may still charge the basic way.
      this.cancelWait();
      this.hlcWait = h.clock.after(HLC_SETUP_WAIT_MS, () => {
        this.hlcWait = null;
        if (h.hlcActive() || this.hlcBegan) return;
        h.log.info(`no V2G session within ${HLC_SETUP_WAIT_MS} ms of the SLAC match; basic charging`);
        this.hlcGaveUp = true;
        this.apply();
      });
    }
    if (e.type === 'failed' && !h.blocked() && h.hlcOnly) {
      // DC cannot fall back to basic charging: E/F for T_step_EF, then 5 % and a new matching attempt.
      h.log.info(`SLAC failed (${e.reason}); retrying after T_step_EF`);
      this.cancelStep();
      h.iec.setSignal({ kind: 'F' });
      this.stepTimer = h.clock.after(T_STEP_EF_MS, () => {
        this.stepTimer = null;
        if (!h.sessionOpen() || h.blocked()) return;
        h.iec.setSignal({ kind: 'digital' });
        h.slac?.enterBcd();
      });
      return;
    }
    if (e.type === 'failed' && !h.blocked()) {
      h.log.info(`SLAC failed (${e.reason}); continuing with basic charging`);
      // No digital communication: leave 5 % (through E/F, as no matching happened) so a basic EV can charge.
      if (h.iec.currentSignal.kind === 'digital') {
        this.cancelStep();
        this.step(this.slacEverStarted ? 'X1' : 'F');
      }
    }
  }

  /**
   * Puts the wanted signal on the CP. While 5 % is on and SLAC has not finished, an X1 wish keeps 5 %
   * (the vehicle is still talking to us); leaving 5 % for a nominal duty cycle goes through X1 or E/F.
   */
  private apply(): void {
    const { h } = this;
    const signal = h.iec.currentSignal.kind;
    const matching = h.slac?.state === 'MATCHING' || h.slac?.state === 'MATCHED';
    if (this.stepTimer) return; // a step is running; it applies the wish when it ends
    if (signal === 'digital') {
      // Under a V2G session the current is negotiated in messages; 5 % stays on (always, for DC).
      if (this.wanted === 'X1' || h.hlcActive() || h.hlcOnly) return;
      if (!this.hlcGaveUp) {
        // A vehicle talking SLAC (or matched, its V2G session about to begin) keeps 5 %: SLAC failing or the
        // setup wait after the match decides. One that has not begun yet gets a short grace.
        if (matching) return;
        const waited = h.clock.now() - (this.digitalSince ?? -Infinity);
        if (!this.slacEverStarted && waited < SLAC_START_GRACE_MS) {
          this.cancelWait();
          this.hlcWait = h.clock.after(SLAC_START_GRACE_MS - waited, () => {
            this.hlcWait = null;
            this.apply();
          });
          return;
        }
      }
      const viaEF = !this.slacEverStarted && !matching;
      // Giving up on digital communication that never started: SLAC stops waiting for the vehicle.
      if (viaEF) h.slac?.leaveBcd();
      this.step(viaEF ? 'F' : 'X1');
      return;
    }
    if (this.wanted === 'current') h.iec.setSignal({ kind: 'current', amps: h.limitA() });
    else h.iec.setSignal({ kind: 'X1' });
  }

  /** Holds X1 (T_step_X1) or F (T_step_EF), then applies the wish. */
  private step(kind: 'X1' | 'F'): void {
    this.h.iec.setSignal({ kind });
    this.stepTimer = this.h.clock.after(kind === 'F' ? T_STEP_EF_MS : T_STEP_X1_MS, () => {
      this.stepTimer = null;
      this.apply();
    });
  }

  private cancelStep(): void {
    this.stepTimer?.cancel();
    this.stepTimer = null;
  }

  private cancelWait(): void {
    this.hlcWait?.cancel();
    this.hlcWait = null;
  }
}
