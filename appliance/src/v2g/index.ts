/** The V2G capability's entry point (EXI codec now; SDP and the SECC sessions come with their issues). */
export { runExiCli } from './exi/cli.js';
export { runPcapCli } from './pcap/index.js';
