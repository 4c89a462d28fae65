/**
 * The soak (see soak.config.ts): rounds of the randomized scenario, alternating the OCPP versions, each
 * on a fresh appliance, database and CSMS and on the next seed, until the time is up. Every round prints
 * its figures; the totals come at the end; any loss, reordering, unexcused duplicate or CSMS violation
 * fails the run (and so `npm run soak:ocpp` exits non-zero).
 */
import { expect, it } from 'vitest';
import { formatReport, runChaos, type ChaosReport } from './chaos.js';
import type { Version } from './delivery-audit.js';
import { seedFromEnv } from './prng.js';
import { VERSIONS } from './station.js';

const minutes = Number(process.env.AMPBOX_SOAK_MINUTES ?? 10);
const roundMs = Number(process.env.AMPBOX_SOAK_ROUND_S ?? 60) * 1000;
const pinned = process.env.AMPBOX_SOAK_VERSION as Version | undefined;
const seed = seedFromEnv();

it(`OCPP soak: ${minutes} min of random disconnects`, async () => {
  if (!(minutes > 0) || !(roundMs > 0)) throw new Error('AMPBOX_SOAK_MINUTES and AMPBOX_SOAK_ROUND_S must be positive numbers');
  if (pinned !== undefined && !VERSIONS.includes(pinned)) throw new Error(`AMPBOX_SOAK_VERSION must be one of ${VERSIONS.join(', ')}`);
  console.log(`OCPP soak for ${minutes} min, rounds of ${roundMs / 1000} s, first seed ${seed}`);
  const deadline = Date.now() + minutes * 60_000;
  const reports: ChaosReport[] = [];
  for (let round = 0; Date.now() < deadline; round++) {
    const version = pinned ?? VERSIONS[round % VERSIONS.length]!;
    const roundSeed = (seed + round) >>> 0;
    // A day of appliance time is more than any round gets: the real-time budget ends it.
    const r = await runChaos({ version, seed: roundSeed, durationMs: 86_400_000, realBudgetMs: Math.min(roundMs, deadline - Date.now()) });
    reports.push(r);
    console.log(`round ${round}: ${formatReport(r)}`);
    for (const v of r.violations) console.log(`  violation [${v.rule}] ${v.detail}`);
    for (const p of r.problems) console.log(`  problem: ${p}`);
    if (r.violations.length + r.problems.length > 0) {
      console.log(`  replay: AMPBOX_SEED=${roundSeed} AMPBOX_SOAK_VERSION=${version} AMPBOX_SOAK_MINUTES=${(roundMs / 60_000).toFixed(1)} npm run soak:ocpp`);
    }
  }
  const sum = (f: (r: ChaosReport) => number): number => reports.reduce((n, r) => n + f(r), 0);
  console.log(
    [
      `OCPP soak totals over ${reports.length} round(s) (${VERSIONS.map((v) => `${v} ${reports.filter((r) => r.version === v).length}`).join(', ')}):`,
      `  appliance time ${(sum((r) => r.applianceSeconds) / 3600).toFixed(2)} h, sessions ${sum((r) => r.sessions)}, messages ${sum((r) => r.messages)}, calls ${sum((r) => r.calls)}`,
      `  cuts ${sum((r) => r.cuts)}, CALLERRORs ${sum((r) => r.callErrors)}, late answers ${sum((r) => r.delayed)}, duplicates (in flight at a cut) ${sum((r) => r.duplicates)}`,
      `  violations ${sum((r) => r.violations.length)}, losses and other problems ${sum((r) => r.problems.length)}`,
    ].join('\n'),
  );
  expect(reports.length).toBeGreaterThan(0);
  expect(reports.flatMap((r) => r.violations)).toEqual([]);
  expect(reports.flatMap((r) => r.problems)).toEqual([]);
});
