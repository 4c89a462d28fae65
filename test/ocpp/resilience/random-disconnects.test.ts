/**
 * The bounded randomized disconnect test (chaos.ts): a few minutes of appliance time per version,
 * on a seed printed at the start (AMPBOX_SEED replays it), with cuts, refused reconnects, late answers,
 * answers lost in a cut, closes instead of answers, CALLERRORs, and sessions starting and stopping. Nothing
 * may be lost, nothing reordered, nothing duplicated except a message in flight at a cut, and the CSMS
 * must see no violation. `npm run soak:ocpp` runs the same scenario for as long as asked.
 */
import { describe, expect, it } from 'vitest';
import { formatReport, runChaos } from './chaos.js';
import { seedFromEnv } from './prng.js';
import { VERSIONS } from './station.js';

const seed = seedFromEnv();

describe.each(VERSIONS)('%s under random disconnects', (version) => {
  it('loses nothing, keeps the order, duplicates only what a cut caught in flight', async () => {
    console.log(`random disconnects ${version}: seed ${seed} (AMPBOX_SEED=${seed} replays it)`);
    // Bounded twice: five minutes of appliance time, and at most 15 s of real time on a slow machine.
    const report = await runChaos({ version, seed, durationMs: 5 * 60_000, realBudgetMs: 15_000 });
    console.log(formatReport(report));
    expect(report.violations).toEqual([]);
    expect(report.problems).toEqual([]);
    // The scenario did disturb: otherwise it proves nothing.
    expect(report.sessions).toBeGreaterThan(2);
    expect(report.cuts).toBeGreaterThan(2);
  }, 60_000);
});
