/**
 * The API's types, taken from the appliance's generated file (types only: nothing of the appliance enters the
 * bundle), so the HMI and the API cannot drift apart.
 */
export type * from '../../appliance/src/api/generated/types.js';
