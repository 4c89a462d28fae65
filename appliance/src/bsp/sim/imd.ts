/**
 * A simulated insulation monitoring device: measures for a settling time after start, then reports the
 * configured insulation resistance, graded against the system voltage. A fault can be injected by
 * lowering the resistance (a damaged cable).
 */
import { isolationLevel, type Imd, type IsolationReading } from '../../shared/ports/dc.js';

export class SimImd implements Imd {
  private running = false;
  private startedAt: number | null = null;
  private measured = false;
  private now = 0;
  /** Insulation resistance of the cable and vehicle, kΩ. */
  resistance_kOhm: number;

  private readonly settleMs: number;

  constructor(
    private readonly systemVoltage_V: number,
    opts: { resistance_kOhm?: number; settle_ms?: number } = {},
  ) {
    this.resistance_kOhm = opts.resistance_kOhm ?? 5000;
    this.settleMs = opts.settle_ms ?? 1500;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.measured = false;
    this.startedAt = this.now;
  }

  stop(): void {
    this.running = false;
    this.measured = false;
    this.startedAt = null;
  }

  tick(nowMs: number): void {
    this.now = nowMs;
    if (this.running && this.startedAt !== null && nowMs - this.startedAt >= this.settleMs) this.measured = true;
  }

  read(): IsolationReading {
    if (!this.running) return { resistance_kOhm: this.resistance_kOhm, level: 'No_IMD' };
    if (!this.measured) return { resistance_kOhm: this.resistance_kOhm, level: 'Invalid' };
    return { resistance_kOhm: this.resistance_kOhm, level: isolationLevel(this.resistance_kOhm, this.systemVoltage_V) };
  }
}
