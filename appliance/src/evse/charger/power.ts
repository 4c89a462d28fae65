/**
 * The safety rules, in one place. Every contactor and lock command of a charger goes through here:
 *  - contactors close only with the connector locked, the vehicle requesting power and no blocking error;
 *  - contactors open only once the current has fallen below a threshold, or after a bounded wait
 *    (then an error records the switching under load), except in an emergency, where they open at once —
 *    or, behind a DC supply, as soon as the supply switched off has brought the current down;
 *  - the lock releases only after the board has confirmed the contactors are open;
 *  - a contactor that does not confirm opening is reported as welded.
 */
import type { Clock, TimerHandle } from '../../shared/clock.js';
import type { Board } from '../../shared/ports/bsp.js';
import type { ErrorOrigin, ErrorReporter } from '../../shared/ports/errors.js';
import type { Meter } from '../../shared/ports/meter.js';
import type { Logger } from '../../shared/logger.js';
import type { Iec61851 } from '../iec61851/index.js';

export interface PowerConfig {
  power_off_wait_ms: number;
  power_off_current_A: number;
  has_lock: boolean;
}

/** How long the board may take to confirm that the contactors opened before we call them welded. */
export const CONTACTOR_CONFIRM_MS = 1000;

/**
 * An emergency behind a DC supply: how long the contactors wait for the switched-off supply's current to
 * fall before they open anyway. A supply needs milliseconds; this leaves a few control-loop periods.
 */
export const URGENT_OUTPUT_WAIT_MS = 500;

/** A power stage ahead of the contactors that drives the current itself (a DC supply). */
export interface OutputStage {
  /** Stops driving current; the current then falls within the stage's own response time. */
  switchOff(): void;
}

interface Opening {
  deadline: TimerHandle;
  /** Clock time at which the contactors open whatever the current. */
  due: number;
  waitedMs: number;
  confirm: TimerHandle | null;
  done: () => void;
  commanded: boolean;
}

export class PowerController {
  private opening: Opening | null = null;
  private locked = false;
  private output: OutputStage | null = null;

  constructor(
    private readonly board: Board,
    private readonly iec: Iec61851,
    private readonly meter: Meter,
    private readonly clock: Clock,
    private readonly errors: ErrorReporter,
    private readonly origin: ErrorOrigin,
    private readonly cfg: PowerConfig,
    private readonly log: Logger,
    private readonly blockingErrors: () => string[],
    /** Under high-level communication the V2G session, not the PWM, grants power (PowerDelivery). */
    private readonly hlcGrantsPower: () => boolean = () => false,
  ) {}

  get isLocked(): boolean {
    return this.locked;
  }

  /** True from a power-off request until the board confirmed the contactors open. */
  get isOpening(): boolean {
    return this.opening !== null;
  }

  /** The DC supply (null: none; AC, where the vehicle draws the current and is told by the CP). */
  setOutputStage(stage: OutputStage | null): void {
    this.output = stage;
  }

  /** Closes the contactors when every rule allows it; returns the reason when it does not. */
  requestPowerOn(): string | null {
    if (this.opening) this.cancelOpening();
    // A switching under load belongs to the previous power-off; a new power-on starts with a clean record.
    this.errors.clear('evse/PowerOffUnderLoad', this.origin);
    const blocking = this.blockingErrors();
    if (blocking.length) return `blocked by ${blocking.join(', ')}`;
    if (!this.iec.carRequestsPower) return 'vehicle does not request power';
    if (this.iec.offeredAmps <= 0 && !this.hlcGrantsPower()) return 'no current offered on the CP';
    if (this.cfg.has_lock && !this.locked) {
      // Counted as locked from here: after a failure the position is unknown, so we will try to release it.
      this.locked = true;
      this.board.send({ type: 'lock' });
      // A lock failure arrives synchronously as a fault event and is a blocking error: check again.
      const after = this.blockingErrors();
      if (after.length) return `blocked by ${after.join(', ')}`;
    }
    if (!this.iec.powerOn) this.iec.allowPower(true, 'FullPowerCharging');
    return null;
  }

  /**
   * Opens the contactors. `urgent` (faults, unplug) skips waiting for the vehicle to reduce its current;
   * behind a DC supply it still waits, briefly, for the switched-off supply. `done` runs once the board has
   * confirmed the contactors are open.
   */
  requestPowerOff(urgent: boolean, done: () => void): void {
    // A supply drives the current itself: it goes off first, so the contactors can open once it has fallen.
    this.output?.switchOff();
    const waitMs = this.waitBeforeOpening(urgent);
    if (this.opening) {
      this.opening.done = chain(this.opening.done, done);
      if (urgent && !this.opening.commanded) {
        if (waitMs === 0) this.commandOpen();
        else if (this.clock.now() + waitMs < this.opening.due) this.armDeadline(this.opening, waitMs);
      }
      return;
    }
    if (!this.iec.powerOn) {
      this.iec.allowPower(false, 'PowerOff');
      done();
      return;
    }
    const opening: Opening = { deadline: { cancel: () => {} }, due: 0, waitedMs: 0, confirm: null, done, commanded: false };
    this.opening = opening;
    if (urgent && waitMs === 0) return this.commandOpen();
    this.armDeadline(opening, waitMs);
    this.poll();
  }

  /** Normal stop: the configured wait for the vehicle. Emergency: none, or the supply's short fall time. */
  private waitBeforeOpening(urgent: boolean): number {
    if (!urgent) return this.cfg.power_off_wait_ms;
    return this.output ? Math.min(this.cfg.power_off_wait_ms, URGENT_OUTPUT_WAIT_MS) : 0;
  }

  /** After `waitMs` the contactors open whatever the current; above the threshold that is recorded. */
  private armDeadline(opening: Opening, waitMs: number): void {
    opening.deadline.cancel();
    opening.due = this.clock.now() + waitMs;
    opening.waitedMs = waitMs;
    opening.deadline = this.clock.after(waitMs, () => {
      if (this.opening !== opening || opening.commanded) return;
      const amps = this.maxCurrent();
      if (amps > this.cfg.power_off_current_A) {
        this.errors.raise({
          type: 'evse/PowerOffUnderLoad',
          message: `opened at ${amps.toFixed(1)} A after waiting ${opening.waitedMs} ms`,
          origin: this.origin,
        });
      }
      this.commandOpen();
    });
  }

  /** Called on every control-loop tick: opens as soon as the vehicle has reduced its current. */
  poll(): void {
    if (this.opening && !this.opening.commanded && this.maxCurrent() <= this.cfg.power_off_current_A) this.commandOpen();
  }

  /** The board reported the contactors open. */
  onPowerOff(): void {
    if (!this.opening) return;
    const { done, deadline, confirm } = this.opening;
    deadline.cancel();
    confirm?.cancel();
    this.opening = null;
    done();
  }

  /** Releases the connector, but never while the contactors are (or may be) closed. */
  unlock(): boolean {
    if (!this.cfg.has_lock || !this.locked) return true;
    if (this.iec.powerOn || this.opening) {
      this.log.warn('unlock refused: contactors not confirmed open');
      return false;
    }
    this.board.send({ type: 'unlock' });
    this.locked = false;
    return true;
  }

  dispose(): void {
    if (this.opening) this.cancelOpening();
  }

  private commandOpen(): void {
    if (!this.opening) return;
    this.opening.commanded = true;
    this.opening.deadline.cancel();
    this.iec.allowPower(false, 'PowerOff');
    if (!this.opening) return; // the board confirmed synchronously
    this.opening.confirm = this.clock.after(CONTACTOR_CONFIRM_MS, () => {
      this.errors.raise({
        type: 'bsp/ContactorWelded',
        message: `no power-off confirmation ${CONTACTOR_CONFIRM_MS} ms after opening`,
        origin: this.origin,
      });
      // The session still ends (the charger signals F and keeps the lock closed); nothing more to wait for.
      const pending = this.opening;
      this.opening = null;
      pending?.done();
    });
  }

  private cancelOpening(): void {
    if (!this.opening) return;
    this.opening.deadline.cancel();
    this.opening.confirm?.cancel();
    this.opening = null;
  }

  private maxCurrent(): number {
    return Math.max(...this.meter.read().current_A);
  }
}

function chain(a: () => void, b: () => void): () => void {
  return () => {
    a();
    b();
  };
}
