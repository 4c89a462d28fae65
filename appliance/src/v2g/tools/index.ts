/**
 * The V2G command-line tools (`ampbox exi`, `ampbox pcap`), apart from v2g/index.ts so the running
 * appliance does not load them (they also load every EXI grammar, ISO 15118-20 included).
 */
export { runExiCli } from '../exi/cli.js';
export { runPcapCli } from '../pcap/index.js';
