/** The V2G capability's entry point (EXI codec now; SDP and the SECC sessions come with their issues). */
export { runExiCli } from './exi/cli.js';
export { runPcapCli } from './pcap/index.js';
export { SdpServer, sdpDiscover } from './sdp/index.js';
export { V2gtpServer, connectV2gtp } from './transport/index.js';
export { runSessionOnConnection } from './session/index.js';
export { dinProtocol } from './din/index.js';
export { iso2Protocol } from './iso2/index.js';
export { Evcc, type EvccEvent } from './evcc/index.js';
