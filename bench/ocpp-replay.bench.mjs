// Issue 8 benchmark entry for bench/run.js: bench/ocpp-replay.ts imports the appliance's TypeScript
// sources and the test CSMS, so it runs through Vite's module runner (vite is already a dev dependency).
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

export async function run() {
  const file = fileURLToPath(new URL('./ocpp-replay.ts', import.meta.url));
  const { module } = await runnerImport(file, { configFile: false, logLevel: 'warn' });
  await module.run();
}
