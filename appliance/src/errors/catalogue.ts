/**
 * The one catalogue of error types ampbox can raise. Codes are never reused or renamed: clients and the
 * error history depend on them. Every code must be documented in docs/errors.md (a test checks).
 */
import type { Severity } from '../shared/ports/errors.js';

export interface CatalogueEntry {
  severity: Severity;
  description: string;
  /** Whether charging on the affected EVSE must stop while the error is active. */
  blocks_charging: boolean;
}

export const ERROR_CATALOGUE = {
  'bsp/DiodeFault': {
    severity: 'High',
    description: "The vehicle's control-pilot diode is missing or shorted (no -12 V on the negative half-wave).",
    blocks_charging: true,
  },
  'bsp/CpShort': {
    severity: 'High',
    description: 'Control pilot shorted to protective earth (state E).',
    blocks_charging: true,
  },
  'bsp/RcdTrip': {
    severity: 'High',
    description: 'Residual current device tripped: earth leakage above the limit.',
    blocks_charging: true,
  },
  'bsp/LockFailure': {
    severity: 'High',
    description: 'The connector lock did not engage or release as commanded.',
    blocks_charging: true,
  },
  'bsp/ContactorWelded': {
    severity: 'High',
    description: 'A contactor is welded: current or voltage remains after it was commanded open.',
    blocks_charging: true,
  },
  'bsp/Overcurrent': {
    severity: 'High',
    description: 'The vehicle drew more current than the signalled limit allows.',
    blocks_charging: true,
  },
  'bsp/VentilationNotAvailable': {
    severity: 'Medium',
    description: 'The vehicle requested ventilation (state D), which this charger does not provide.',
    blocks_charging: true,
  },
  'bsp/CpInvalidState': {
    severity: 'Medium',
    description: 'The control-pilot voltage is outside every valid state band.',
    blocks_charging: true,
  },
  'evse/PowerOffUnderLoad': {
    severity: 'Medium',
    description: 'Contactors had to be opened while current was still flowing because the vehicle did not reduce it in time.',
    blocks_charging: false,
  },
  'dc/IsolationFault': {
    severity: 'High',
    description: 'The insulation monitor found the DC output insulated below 100 Ω/V (cable, connector or vehicle).',
    blocks_charging: true,
  },
  'v2g/SessionFailed': {
    severity: 'Medium',
    description: 'The V2G session (ISO 15118-2 / DIN 70121) with the connected vehicle ended in error: a FAILED response, a timeout, undecodable data or a lost connection.',
    blocks_charging: false,
  },
  'evse/MeterCommunicationFault': {
    severity: 'Medium',
    description: 'The power meter did not deliver a valid reading.',
    blocks_charging: false,
  },
  'supervisor/CapabilityFailed': {
    severity: 'High',
    description: 'A capability of the appliance failed while running and was stopped.',
    blocks_charging: true,
  },
  'supervisor/DatabaseUnavailable': {
    severity: 'High',
    description: 'The SQLite database could not be written; history and sessions are not being persisted.',
    blocks_charging: false,
  },
} as const satisfies Record<string, CatalogueEntry>;

export type ErrorType = keyof typeof ERROR_CATALOGUE;

export function catalogueEntry(type: string): CatalogueEntry | undefined {
  return Object.hasOwn(ERROR_CATALOGUE, type) ? (ERROR_CATALOGUE as Record<string, CatalogueEntry>)[type] : undefined;
}
