// `npm run bench`: runs every bench/*.bench.mjs in name order. Each file exports `async function run()`
// that prints its own figures. Exit status is non-zero only when a bench throws (figures are reported,
// never asserted: see docs/performance.md).
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2); // optional filter: `node bench/run.js spine`
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

if (files.length === 0) console.log('no bench/*.bench.mjs files found');

let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file} ${'='.repeat(Math.max(0, 60 - file.length))}`);
  const started = process.hrtime.bigint();
  try {
    const mod = await import(pathToFileURL(path.join(dir, file)).href);
    if (typeof mod.run !== 'function') throw new Error(`${file} does not export async function run()`);
    await mod.run();
    console.log(`--- ${file} done in ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
  } catch (err) {
    failed++;
    console.error(`--- ${file} FAILED: ${err?.stack ?? err}`);
  }
}
if (failed) {
  console.error(`\n${failed} of ${files.length} bench file(s) failed`);
  process.exitCode = 1;
}
