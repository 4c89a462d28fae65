/**
 * `npm run soak:ocpp`: the randomized disconnect scenario (chaos.ts) for a long time, outside `npm test`
 * (its file is not a *.test.ts). AMPBOX_SOAK_MINUTES (default 10) sets the real time, AMPBOX_SEED the
 * first round's seed, AMPBOX_SOAK_ROUND_S the length of a round, AMPBOX_SOAK_VERSION pins one version.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const minutes = Number(process.env.AMPBOX_SOAK_MINUTES ?? 10);

export default defineConfig({
  root: fileURLToPath(new URL('../../..', import.meta.url)),
  test: {
    include: ['test/ocpp/resilience/soak.run.ts'],
    pool: 'forks',
    // The run ends by its own clock; this only catches a hang, with room for the last round to finish.
    testTimeout: (minutes * 60 + 600) * 1000,
    reporters: ['default'],
  },
});
