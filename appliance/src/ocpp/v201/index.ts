// Placeholder while the OCPP 2.0.1 mapper is written (issue 8); replaced by the real factory.
import type { MapperFactory } from '../ports.js';

export const createV201Mapper: MapperFactory = () => {
  throw new Error('OCPP 2.0.1 mapper not written yet');
};
