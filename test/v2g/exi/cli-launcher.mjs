// Test-only launcher: runs runExiCli from a compiled copy of the appliance (path in EXI_DIST) as a real
// process, the way the `ampbox exi` dispatcher will. With EXI_CPU_REPORT=1 it also prints the CPU time the
// command used ("cpu-ms: N" on stderr), so a throughput test is not at the mercy of other load on the machine.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = process.env.EXI_DIST;
if (!dist) {
  process.stderr.write('EXI_DIST is not set\n');
  process.exit(70);
}
const { runExiCli } = await import(pathToFileURL(path.join(dist, 'v2g/exi/cli.js')).href);
const before = process.cpuUsage();
process.exitCode = await runExiCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
if (process.env.EXI_CPU_REPORT === '1') {
  const used = process.cpuUsage(before);
  process.stderr.write(`cpu-ms: ${((used.user + used.system) / 1000).toFixed(1)}\n`);
}
