import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests spawn real processes and bind real sockets; give them room but never rely on speed.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The ISO 15118-20 EXI grammars load lazily in the appliance; tests may meet any schema.
    setupFiles: ['./test/setup/exi-schemas.ts', './test/setup/optional-capabilities.ts'],
    reporters: ['default', './test/reporters/summary.ts'],
  },
});
