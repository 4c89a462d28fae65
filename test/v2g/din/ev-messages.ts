/**
 * DIN requests as a DC EV sends them (values shaped after the Ioniq/Alpitronic capture in
 * ../shared/real-traffic), and helpers to wrap, encode and decode V2G_Messages with the project's codec.
 */
import { decode, encode } from '../../../appliance/src/v2g/exi/index.js';

export const ZERO_ID = '0000000000000000';
const pv = (Value: number, Multiplier: number, Unit: string) => ({ Multiplier, Unit, Value });
export const evStatus = (EVReady = true, EVRESSSOC = 57) => ({ EVReady, EVErrorCode: 'NO_ERROR', EVRESSSOC });

export const EV = {
  SessionSetupReq: () => ({ SessionSetupReq: { EVCCID: 'e00ee1ffd3e2' } }),
  ServiceDiscoveryReq: () => ({ ServiceDiscoveryReq: { ServiceCategory: 'EVCharging' } }),
  ServicePaymentSelectionReq: (option = 'ExternalPayment', serviceId = 1) => ({
    ServicePaymentSelectionReq: { SelectedPaymentOption: option, SelectedServiceList: { SelectedService: [{ ServiceID: serviceId }] } },
  }),
  ContractAuthenticationReq: () => ({ ContractAuthenticationReq: {} }),
  ChargeParameterDiscoveryReq: (mode = 'DC_extended') => ({
    ChargeParameterDiscoveryReq: {
      EVRequestedEnergyTransferType: mode,
      DC_EVChargeParameter: {
        DC_EVStatus: evStatus(false),
        EVMaximumCurrentLimit: pv(2000, -1, 'A'),
        EVMaximumPowerLimit: pv(9800, 1, 'W'),
        EVMaximumVoltageLimit: pv(4128, -1, 'V'),
        EVEnergyCapacity: pv(28000, 0, 'Wh'),
        EVEnergyRequest: pv(12040, 0, 'Wh'),
        FullSOC: 94,
        BulkSOC: 83,
      },
    },
  }),
  CableCheckReq: () => ({ CableCheckReq: { DC_EVStatus: evStatus() } }),
  PreChargeReq: (volts = 353.4, amps = 1) => ({
    PreChargeReq: { DC_EVStatus: evStatus(), EVTargetVoltage: pv(Math.round(volts * 10), -1, 'V'), EVTargetCurrent: pv(Math.round(amps * 10), -1, 'A') },
  }),
  PowerDeliveryReq: (ready: boolean) => ({
    PowerDeliveryReq: { ReadyToChargeState: ready, DC_EVPowerDeliveryParameter: { DC_EVStatus: evStatus(), ChargingComplete: !ready } },
  }),
  CurrentDemandReq: (volts = 353.4, amps = 100, complete = false) => ({
    CurrentDemandReq: {
      DC_EVStatus: evStatus(),
      EVTargetCurrent: pv(Math.round(amps * 10), -1, 'A'),
      EVMaximumVoltageLimit: pv(4128, -1, 'V'),
      EVMaximumCurrentLimit: pv(2000, -1, 'A'),
      EVMaximumPowerLimit: pv(9800, 1, 'W'),
      BulkChargingComplete: false,
      ChargingComplete: complete,
      EVTargetVoltage: pv(Math.round(volts * 10), -1, 'V'),
    },
  }),
  WeldingDetectionReq: () => ({ WeldingDetectionReq: { DC_EVStatus: evStatus(false, 58) } }),
  SessionStopReq: () => ({ SessionStopReq: {} }),
} as const;

/** Encodes one EV request as the EXI payload of a V2GTP message. */
export function request(sessionId: string, body: Record<string, unknown>): Uint8Array {
  return encode('din', { V2G_Message: { Header: { SessionID: sessionId }, Body: body } });
}

export interface Decoded {
  sessionId: string;
  name: string;
  res: Record<string, any>;
}

/** Decodes a response with the codec; fails the test if it does not decode. */
export function response(bytes: Uint8Array | null): Decoded {
  if (!bytes) throw new Error('no response bytes');
  const doc = decode('din', bytes) as { V2G_Message: { Header: { SessionID: string }; Body: Record<string, any> } };
  const [name, res] = Object.entries(doc.V2G_Message.Body)[0]!;
  return { sessionId: doc.V2G_Message.Header.SessionID, name, res };
}
