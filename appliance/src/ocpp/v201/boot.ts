/** BootNotification (B01): why we boot and what this station is. */
import type { BootReason, StationInfo } from '../ports.js';
import type { BootNotificationRequest } from './messages.js';

/** Strings cut to the schema's lengths: a long serial must not make the station unable to boot. */
export function bootPayload(station: StationInfo, reason: BootReason): BootNotificationRequest {
  return {
    reason,
    chargingStation: {
      model: station.model.slice(0, 20),
      vendorName: station.vendor.slice(0, 50),
      serialNumber: station.serial_number.slice(0, 25),
      firmwareVersion: station.firmware_version.slice(0, 50),
    },
  };
}
