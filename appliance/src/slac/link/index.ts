/**
 * SLAC link layer: raw HomePlug (ethertype 0x88E1) frames on a real interface through libpcap, or on an
 * in-process bus for the simulated board and tests. Both implement the SlacLink contract.
 */
export {
  openCapLink,
  capAvailable,
  capFilter,
  normalizeMac,
  CapLink,
  SlacLinkError,
  type CapLinkOptions,
  type CapLinkStats,
  type SlacLinkErrorCode,
} from './cap-link.js';
export { memoryBus, memoryLinkPair, type BusFrame, type MemoryBus } from './memory-link.js';
export type { SlacLink, MacAddress } from '../frames/types.js';
