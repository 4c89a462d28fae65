/**
 * CSMS requests of 2.0.1 this station recognizes but does not support. OCPP-J (part 4, CALLERROR codes):
 * NotSupported is "recognized but not supported", NotImplemented "not known" — the latter is what the
 * connection answers for any action without a handler.
 */
import { OcppCallError, type MapperContext } from '../ports.js';

export const UNSUPPORTED_ACTIONS = [
  'CancelReservation',
  'CertificateSigned',
  'ClearDisplayMessage',
  'ClearVariableMonitoring',
  'CostUpdated',
  'CustomerInformation',
  'DeleteCertificate',
  'GetDisplayMessages',
  'GetInstalledCertificateIds',
  'GetMonitoringReport',
  'InstallCertificate',
  'PublishFirmware',
  'ReserveNow',
  'SetDisplayMessage',
  'SetMonitoringBase',
  'SetMonitoringLevel',
  'SetNetworkProfile',
  'SetVariableMonitoring',
  'UnpublishFirmware',
  'UpdateFirmware',
] as const;

export function registerUnsupported(ctx: MapperContext): void {
  for (const action of UNSUPPORTED_ACTIONS) {
    ctx.link.handle(action, () => {
      throw new OcppCallError('NotSupported', `${action} is not supported by this charging station`);
    });
  }
}
