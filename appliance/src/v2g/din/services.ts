/**
 * ServiceDiscovery and ServicePaymentSelection: DIN offers one service, DC charging, paid externally.
 */
import type { DinTypes } from '../exi/index.js';
import type { EnergyMode, HlcEvse } from '../../shared/ports/hlc.js';
import type { Handler } from '../session/protocol.js';

/** The one charge service of a DIN SECC. */
export const CHARGE_SERVICE_ID = 1;

type DinTransfer = DinTypes.ServiceChargeType['EnergyTransferType'];
const DIN_DC_MODES: ReadonlySet<EnergyMode> = new Set<EnergyMode>(['DC_core', 'DC_extended', 'DC_combo_core']);

/** The DC energy transfer type this charger announces (its first DC mode DIN can name). */
export function dinEnergyTransfer(evse: HlcEvse): DinTransfer | undefined {
  return evse.energy_modes.find((m) => DIN_DC_MODES.has(m)) as DinTransfer | undefined;
}

export function chargeService(evse: HlcEvse): DinTypes.ServiceChargeType {
  return {
    ServiceTag: { ServiceID: CHARGE_SERVICE_ID, ServiceCategory: 'EVCharging' },
    FreeService: false,
    EnergyTransferType: dinEnergyTransfer(evse) ?? 'DC_extended',
  };
}

/** ServiceDiscoveryReq → the DC charge service and ExternalPayment ([V2G-DC-395]: the only payment in DIN). */
export const handleServiceDiscovery: Handler = (_req, _session, evse) => {
  evse.report({ stage: 'ServiceDiscovery' });
  const dc = dinEnergyTransfer(evse) !== undefined;
  const res: DinTypes.ServiceDiscoveryResType = {
    ResponseCode: dc ? 'OK' : 'FAILED',
    PaymentOptions: { PaymentOption: ['ExternalPayment'] },
    ChargeService: chargeService(evse),
  };
  if (!dc) return { body: { ServiceDiscoveryRes: res }, close: 'error' };
  return { body: { ServiceDiscoveryRes: res }, next: 'ServicePaymentSelection' };
};

/**
 * ServicePaymentSelectionReq: ExternalPayment only ([V2G-DC-395], else FAILED_PaymentSelectionInvalid) and the
 * charge service must be among the selected ones (else FAILED_ServiceSelectionInvalid).
 */
export const handleServicePaymentSelection: Handler = (req, _session, evse) => {
  const r = req as unknown as DinTypes.ServicePaymentSelectionReqType;
  evse.report({ stage: 'ServicePaymentSelection' });
  const fail = (code: DinTypes.ServicePaymentSelectionResType['ResponseCode']) =>
    ({ body: { ServicePaymentSelectionRes: { ResponseCode: code } }, close: 'error' }) as const;
  if (r.SelectedPaymentOption !== 'ExternalPayment') return fail('FAILED_PaymentSelectionInvalid');
  const selected = Array.isArray(r.SelectedServiceList?.SelectedService) ? r.SelectedServiceList.SelectedService : [];
  if (!selected.some((s) => s.ServiceID === CHARGE_SERVICE_ID)) return fail('FAILED_ServiceSelectionInvalid');
  const res: DinTypes.ServicePaymentSelectionResType = { ResponseCode: 'OK' };
  return {
    body: { ServicePaymentSelectionRes: res },
    next: 'ContractAuthentication',
    session: { values: { payment: 'ExternalPayment' } },
  };
};
