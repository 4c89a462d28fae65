/**
 * Central System requests of OCPP 1.6J (edition 2) and the 1.6 security whitepaper that this charge point
 * recognizes but does not carry out. OCPP-J §4.2.3 gives them CALLERROR NotSupported ("Requested Action is
 * recognized but not supported by the receiver"); an action 1.6 does not define at all stays NotImplemented,
 * which the connection answers for any action without a handler. None of their feature profiles
 * (Reservation, FirmwareManagement's UpdateFirmware, certificate management) is announced in
 * SupportedFeatureProfiles.
 */
import { OcppCallError, type MapperContext } from '../ports.js';

export const UNSUPPORTED_ACTIONS_16 = [
  // Reservation profile
  'ReserveNow',
  'CancelReservation',
  // Firmware update, plain and signed
  'UpdateFirmware',
  'SignedUpdateFirmware',
  // Certificate management (security whitepaper)
  'InstallCertificate',
  'DeleteCertificate',
  'GetInstalledCertificateIds',
  'CertificateSigned',
] as const;

export function registerUnsupported(ctx: MapperContext): void {
  for (const action of UNSUPPORTED_ACTIONS_16) {
    ctx.link.handle(action, () => {
      throw new OcppCallError('NotSupported', `${action} is recognized but not supported by this charge point`);
    });
  }
}
