/**
 * A small seeded generator for the randomized scenarios: the same seed gives the same schedule of cuts,
 * answers and sessions (the network's own timing still varies between runs). xorshift32 on a scrambled
 * seed; not for anything but tests.
 */
import { randomInt } from 'node:crypto';

export class Prng {
  private state: number;

  constructor(readonly seed: number) {
    // xorshift has one fixed point, 0; the golden-ratio constant keeps small seeds apart too.
    this.state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0) || 1;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 4294967296;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
}

/** AMPBOX_SEED when set (to replay a run), else a fresh one. */
export function seedFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.AMPBOX_SEED;
  if (given !== undefined && given !== '') {
    const n = Number(given);
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`AMPBOX_SEED must be an integer in [0, 2^32), got ${given}`);
    return n;
  }
  return randomInt(0, 2 ** 31);
}
