import { randomUUID } from 'node:crypto';

export type UuidSource = () => string;
export const randomUuid: UuidSource = () => randomUUID();

/** Deterministic ids for tests and simulations, so summaries are reproducible. */
export function sequentialUuids(prefix = '00000000-0000-4000-8000-'): UuidSource {
  let n = 0;
  return () => prefix + (++n).toString(16).padStart(12, '0');
}
