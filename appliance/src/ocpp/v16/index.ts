// Placeholder while the OCPP 1.6 mapper is written (issue 8); replaced by the real factory.
import type { MapperFactory } from '../ports.js';

export const createV16Mapper: MapperFactory = () => {
  throw new Error('OCPP 1.6 mapper not written yet');
};
