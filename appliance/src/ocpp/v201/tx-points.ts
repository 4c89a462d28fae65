/**
 * 2.0.1 TxStartPoint / TxStopPoint (E01, E06): which of the charger's session events make a point true or
 * false, when a transaction starts and when it ends. Pure: the transaction manager asks, the tests too.
 *
 * Pauses (SuspendedEV / SuspendedEVSE) do not count as losing PowerPathClosed or EnergyTransfer: an EV that
 * pauses mid-charge would otherwise split one charging session into several transactions. The points are
 * lost when the charger ends its transaction (the contactors open for good).
 */
import type { SessionEventType } from '../../shared/ports/charger.js';
import type { OcppTxPoint } from '../ports.js';

export interface PointChange {
  reached: OcppTxPoint[];
  lost: OcppTxPoint[];
}

const NONE: PointChange = { reached: [], lost: [] };

export function pointChange(type: SessionEventType): PointChange {
  switch (type) {
    case 'SessionStarted':
      return { reached: ['EVConnected'], lost: [] };
    case 'Authorized':
      return { reached: ['Authorized'], lost: [] };
    case 'ChargingStarted':
    case 'ChargingResumed':
      return { reached: ['PowerPathClosed', 'EnergyTransfer'], lost: [] };
    // The charger's transaction is its authorization: when it ends, so does the power path.
    case 'TransactionFinished':
      return { reached: [], lost: ['Authorized', 'PowerPathClosed', 'EnergyTransfer'] };
    case 'SessionFinished':
      return { reached: [], lost: ['EVConnected', 'Authorized', 'PowerPathClosed', 'EnergyTransfer'] };
    default:
      return NONE;
  }
}

/** E01: the transaction starts at the first start point reached. */
export function startsTransaction(startPoints: readonly OcppTxPoint[], reached: readonly OcppTxPoint[]): boolean {
  return reached.some((p) => startPoints.includes(p));
}

/**
 * E06: the transaction ends when a stop point it had reached is lost. An EV that leaves always ends it:
 * with no vehicle there is no session left for the transaction to belong to.
 */
export function endsTransaction(stopPoints: readonly OcppTxPoint[], reachedDuringTx: ReadonlySet<OcppTxPoint>, lost: readonly OcppTxPoint[]): boolean {
  if (lost.includes('EVConnected')) return true;
  return lost.some((p) => stopPoints.includes(p) && reachedDuringTx.has(p));
}
