/** The 1.6 BootNotification payload: who this charge point is (1.6 sends no boot reason). */
import type { StationInfo } from '../ports.js';
import type { BootNotificationReq } from './messages.js';

/** CiString lengths of BootNotification.req (OCPP 1.6 §6.2); longer values would fail validation. */
const MAX = { vendor: 20, model: 20, serial: 25, firmware: 50 } as const;

export function bootPayload(station: StationInfo): BootNotificationReq {
  const payload: BootNotificationReq = {
    chargePointVendor: station.vendor.slice(0, MAX.vendor),
    chargePointModel: station.model.slice(0, MAX.model),
  };
  if (station.serial_number) {
    const serial = station.serial_number.slice(0, MAX.serial);
    payload.chargePointSerialNumber = serial;
    // chargeBoxSerialNumber is deprecated in 1.6 but some back ends still key on it.
    payload.chargeBoxSerialNumber = serial;
  }
  if (station.firmware_version) payload.firmwareVersion = station.firmware_version.slice(0, MAX.firmware);
  return payload;
}
