/** The `ampbox` command line. Each subcommand returns its exit code. */
import { readFileSync } from 'node:fs';
import { EXIT } from '../shared/exit-codes.js';
import { processIo, println, type CliIo } from './io.js';

const USAGE = `usage: ampbox <command> [options]

commands:
  start [--config FILE] [--demo] [--scenario NAME] [--time-scale N]
                               run the appliance (Ctrl-C or SIGTERM stops it)
  simulate --scenario NAME [--json] [--config FILE]
                               run one scripted session headless and print a summary
  simulate --list              list the scenarios
  config check FILE            validate a configuration file, listing every problem
  config show [FILE]           print the effective configuration with defaults
  token hash [--role R] [--name N]
                               hash an API token (stdin, or generated) into an api.auth.tokens line
  exi decode --schema S HEX    decode an EXI message to JSON (schemas: appProtocol, din, iso2, iso20, iso20-ac, iso20-dc, iso20-wpt, iso20-acdp)
  exi encode --schema S JSON   encode JSON to EXI hex
  exi roundtrip --jsonl        decode and re-encode {"schema", "hex"} lines from stdin
  pcap FILE [--json]           print a captured charging session: SLAC, SDP and every V2G message
  version                      print the version
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    // Loaded on demand: `config check` should not pay for fastify and SQLite.
    case 'start':
      return (await import('./start-cmd.js')).startCommand(rest, io);
    case 'simulate':
      return (await import('./simulate-cmd.js')).simulateCommand(rest, io);
    case 'config':
      return (await import('./config-cmd.js')).configCommand(rest, io);
    case 'token':
      return (await import('./token-cmd.js')).tokenCommand(rest, io);
    case 'exi':
      return (await import('../v2g/tools/index.js')).runExiCli(rest, io);
    case 'pcap':
      return (await import('../v2g/tools/index.js')).runPcapCli(rest, io);
    case 'version':
    case '--version':
      println(io.stdout, version());
      return EXIT.OK;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      println(cmd === undefined ? io.stderr : io.stdout, USAGE);
      return cmd === undefined ? EXIT.CONFIG : EXIT.OK;
    default:
      println(io.stderr, `ampbox: unknown command "${cmd}"\n\n${USAGE}`);
      return EXIT.CONFIG;
  }
}
