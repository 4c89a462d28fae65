/** A simulated meter reading the simulated line: what a real MID meter on the supply would report. */
import type { Clock } from '../../shared/clock.js';
import type { Meter, MeterReading } from '../../shared/ports/meter.js';
import type { LineState } from './board.js';

export class SimMeter implements Meter {
  constructor(
    readonly id: string,
    private readonly line: LineState,
    private readonly clock: Pick<Clock, 'now'>,
  ) {}

  read(): MeterReading {
    const { current_A: i, voltage_V: v } = this.line;
    return {
      timestamp: this.clock.now(),
      energy_import_Wh: this.line.energy_import_Wh,
      power_W: i[0] * v[0] + i[1] * v[1] + i[2] * v[2],
      current_A: [i[0], i[1], i[2]],
      voltage_V: [v[0], v[1], v[2]],
    };
  }
}
