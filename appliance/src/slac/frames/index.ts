/** Public entry of the SLAC frame codec: the contract's types plus parse / serialise / build. */
export * from './types.js';
export {
  parseFrame,
  serializeFrame,
  buildFrame,
  mmtypeOf,
  ETHERTYPE_VLAN,
  MIN_FRAME_LENGTH,
  type BuildOptions,
} from './codec.js';
export { MESSAGE_NAMES, RUN_ID_LEN, ID_LEN, NID_LEN, NMK_LEN } from './messages.js';
export { bytesToHex, bytesToMac, hexToBytes, macToBytes, isMac, normalizeMac } from './mac.js';
