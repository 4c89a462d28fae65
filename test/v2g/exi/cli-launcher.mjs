// Test-only launcher: runs runExiCli from a compiled copy of the appliance (path in EXI_DIST) as a real
// process, the way the `ampbox exi` dispatcher will.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = process.env.EXI_DIST;
if (!dist) {
  process.stderr.write('EXI_DIST is not set\n');
  process.exit(70);
}
const { runExiCli } = await import(pathToFileURL(path.join(dist, 'v2g/exi/cli.js')).href);
process.exitCode = await runExiCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
