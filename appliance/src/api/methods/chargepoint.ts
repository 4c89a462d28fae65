/** ChargePoint.*: the charger as a whole — its EVSEs and the errors active anywhere on it. */
import { toErrorObj, toEvseInfo } from '../mapping.js';
import type { Handlers } from './context.js';

export const chargePointHandlers: Handlers = {
  'ChargePoint.GetEVSEInfos': (_params, { deps, view }) => ({
    infos: view.all().map((r) => toEvseInfo(r.config, deps.config.charger.id)),
    error: 'NoError',
  }),

  'ChargePoint.GetActiveErrors': (_params, { deps }) => ({
    active_errors: deps.errors.active().map(toErrorObj),
    error: 'NoError',
  }),
};
