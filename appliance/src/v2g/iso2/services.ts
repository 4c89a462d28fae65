/**
 * ServiceDiscovery, ServiceDetail and PaymentServiceSelection: what this charger offers (the charge service
 * with its energy transfer modes, value-added services, payment options) and what the EV picks.
 */
import type { Handler } from '../session/protocol.js';
import type { Iso2Types } from '../exi/index.js';
import { CHARGE_SERVICE_ID, type Iso2Config, type PaymentOption, type ResponseCode, content, offeredModes, values, withValues } from './common.js';
import { S } from './states.js';

/** Payment options for this session: a resumed session is offered only the one it chose before. */
function paymentOptions(cfg: Iso2Config, chosen: PaymentOption | undefined): PaymentOption[] {
  return chosen && cfg.payment_options.includes(chosen) ? [chosen] : [...cfg.payment_options];
}

export function serviceDiscovery(cfg: Iso2Config): Handler {
  return (req, session, evse) => {
    const r = content<Iso2Types.ServiceDiscoveryReqType>(req, 'ServiceDiscoveryReq');
    const modes = offeredModes(cfg, evse);
    // ServiceList has minOccurs 1 for Service: leave it out when nothing matches the EV's filter.
    const services = cfg.services.filter((s) => r.ServiceCategory === undefined || r.ServiceCategory === s.category);
    const body: Iso2Types.ServiceDiscoveryResType = {
      ResponseCode: modes.length > 0 ? 'OK' : 'FAILED',
      PaymentOptionList: { PaymentOption: paymentOptions(cfg, values(session).payment) },
      ChargeService: {
        ServiceID: CHARGE_SERVICE_ID,
        ServiceName: cfg.charge_service_name,
        ServiceCategory: 'EVCharging',
        FreeService: cfg.free_charging,
        SupportedEnergyTransferMode: { EnergyTransferMode: modes.length > 0 ? modes.slice(0, 6) : ['AC_three_phase_core'] },
      },
    };
    if (services.length > 0) {
      body.ServiceList = {
        Service: services.slice(0, 8).map((s) => ({
          ServiceID: s.id,
          ...(s.name !== undefined ? { ServiceName: s.name } : {}),
          ServiceCategory: s.category,
          FreeService: s.free,
        })),
      };
    }
    evse.report({ stage: 'ServiceDiscovery' });
    if (modes.length === 0) return { body: { ServiceDiscoveryRes: body }, close: 'error' };
    return { body: { ServiceDiscoveryRes: body }, next: S.ServiceSelection };
  };
}

/** ServiceDetailReq: the parameter sets of an offered service; an unknown ServiceID is FAILED_ServiceIDInvalid. */
export function serviceDetail(cfg: Iso2Config): Handler {
  return (req) => {
    const r = content<Iso2Types.ServiceDetailReqType>(req, 'ServiceDetailReq');
    const service = cfg.services.find((s) => s.id === r.ServiceID);
    const known = service !== undefined || r.ServiceID === CHARGE_SERVICE_ID;
    const body: Iso2Types.ServiceDetailResType = { ResponseCode: known ? 'OK' : 'FAILED_ServiceIDInvalid', ServiceID: r.ServiceID };
    if (service?.parameter_sets && service.parameter_sets.length > 0) body.ServiceParameterList = { ParameterSet: service.parameter_sets };
    if (!known) return { body: { ServiceDetailRes: body }, close: 'error' };
    return { body: { ServiceDetailRes: body }, next: S.ServiceSelection };
  };
}

/**
 * PaymentServiceSelectionReq: the payment option must be one offered (FAILED_PaymentSelectionInvalid), the
 * charge service must be selected (FAILED_NoChargeServiceSelected), and every other selected service must
 * be offered (FAILED_ServiceSelectionInvalid).
 */
export function paymentServiceSelection(cfg: Iso2Config): Handler {
  return (req, session, evse) => {
    const r = content<Iso2Types.PaymentServiceSelectionReqType>(req, 'PaymentServiceSelectionReq');
    const selected = r.SelectedServiceList?.SelectedService ?? [];
    const ids = selected.map((s) => s.ServiceID);
    let code: ResponseCode = 'OK';
    if (!paymentOptions(cfg, values(session).payment).includes(r.SelectedPaymentOption)) code = 'FAILED_PaymentSelectionInvalid';
    else if (!ids.includes(CHARGE_SERVICE_ID)) code = 'FAILED_NoChargeServiceSelected';
    else if (ids.some((id) => id !== CHARGE_SERVICE_ID && !cfg.services.some((s) => s.id === id))) code = 'FAILED_ServiceSelectionInvalid';
    const body: Iso2Types.PaymentServiceSelectionResType = { ResponseCode: code };
    if (code !== 'OK') return { body: { PaymentServiceSelectionRes: body }, close: 'error' };
    evse.report({ stage: 'PaymentServiceSelection' });
    return {
      body: { PaymentServiceSelectionRes: body },
      next: S.PaymentSelected,
      session: { values: withValues(session, { payment: r.SelectedPaymentOption, services: ids }) },
    };
  };
}
