/**
 * Small state of the 2.0.1 mapper that outlives a restart and has no place in the shared settings:
 * availability set by ChangeAvailability (G03), TxStartedMeasurands, and how the last run ended (for
 * closing transactions after a restart: a Reset, a graceful stop, or — nothing recorded — a power loss).
 */
import type { KeyValueStore } from '../../db/index.js';
import type { OcppMeasurand } from '../ports.js';
import type { OperationalStatus } from './messages.js';

export type ShutdownKind = 'reset' | 'graceful';

export interface Availability {
  station: OperationalStatus;
  /** Per EVSE id; absent: Operative. */
  evses: Record<string, OperationalStatus>;
}

const KEYS = {
  availability: 'ocpp.v201.availability',
  txStartedMeasurands: 'ocpp.v201.tx_started_measurands',
  shutdown: 'ocpp.v201.shutdown',
};

export class LocalState {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly defaultStartedMeasurands: () => OcppMeasurand[],
  ) {}

  availability(): Availability {
    return this.kv.get<Availability>(KEYS.availability) ?? { station: 'Operative', evses: {} };
  }

  setAvailability(a: Availability): void {
    this.kv.set(KEYS.availability, a);
  }

  /** Whether an EVSE may charge: it and the station are both Operative. */
  operative(evse: number): boolean {
    const a = this.availability();
    return a.station === 'Operative' && (a.evses[String(evse)] ?? 'Operative') === 'Operative';
  }

  /** SampledDataCtrlr.TxStartedMeasurands; until the CSMS sets it, the stop measurands (begin and end registers alike). */
  txStartedMeasurands(): OcppMeasurand[] {
    return this.kv.get<OcppMeasurand[]>(KEYS.txStartedMeasurands) ?? this.defaultStartedMeasurands();
  }

  setTxStartedMeasurands(m: OcppMeasurand[]): void {
    this.kv.set(KEYS.txStartedMeasurands, m);
  }

  shutdown(): ShutdownKind | null {
    return this.kv.get<ShutdownKind>(KEYS.shutdown) ?? null;
  }

  setShutdown(kind: ShutdownKind | null): void {
    if (kind === null) this.kv.delete(KEYS.shutdown);
    else this.kv.set(KEYS.shutdown, kind);
  }
}
