/**
 * SLAC (ISO 15118-3): the EVSE state machine, the PEV and local-modem simulators, the frame codec and
 * the links (libpcap on a real interface, in-process for the simulated board).
 */
export { EvseSlac, SLAC_TIMERS, SLAC_COUNTS, type EvseSlacOptions, type EvseSlacEvent, type EvseSlacCounters } from './evse/index.js';
export { PevSim, LocalModemSim, type PevFault, type PevSimEvent, type PevSimOptions } from './pev/simulator.js';
export { LinkPort, type LinkPortStats } from './link-port.js';
export { portBus, portPair, type SlacPort } from './port.js';
export { openCapLink, capAvailable, memoryBus, memoryLinkPair, SlacLinkError, type MemoryBus } from './link/index.js';
export { parseFrame, serializeFrame, buildFrame, type SlacFrame, type SlacLink, type MacAddress } from './frames/index.js';
export { randomNmk, nidFromNmk, randomRunId } from './keys.js';
