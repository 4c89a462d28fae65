/**
 * Locates `../shared` (standards' schemas, EXI vectors, real captures). Tests that need it call
 * `sharedDir()` in a describe block's setup: when the folder is absent they skip with a printed note,
 * except under AMPBOX_REQUIRE_SHARED=1 (set by .ci/run), where absence is a failure.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_DIR = process.env.AMPBOX_SHARED_DIR ?? path.resolve(PROJECT_ROOT, '..', 'shared');

export const sharedRequired = (): boolean => process.env.AMPBOX_REQUIRE_SHARED === '1';

/** True when ../shared is there. Throws under AMPBOX_REQUIRE_SHARED=1 when it is not. */
export function haveShared(what = ''): boolean {
  const p = path.join(SHARED_DIR, what);
  if (existsSync(p)) return true;
  if (sharedRequired()) throw new Error(`AMPBOX_REQUIRE_SHARED=1 but ${p} is missing`);
  console.warn(`note: ${p} is absent; skipping the tests that need it`);
  return false;
}

export function sharedPath(...parts: string[]): string {
  return path.join(SHARED_DIR, ...parts);
}
