/**
 * What each EVSE's session knows whether or not an OCPP transaction runs: the start/stop points true now,
 * the token that authorized it (a remote start's own token and type), the charger's transaction, the
 * charging state, and a TxProfile waiting for the charger's transaction.
 */
import type { SessionEvent } from '../../shared/ports/charger.js';
import type { ChargingProfile, MapperContext, OcppTxPoint } from '../ports.js';
import { chargingStateOf, idTokenOf } from './convert.js';
import type { ChargingState, IdToken } from './messages.js';
import type { RemoteStart, RemoteStarts } from './remote-starts.js';
import { pointChange, type PointChange } from './tx-points.js';

export interface EvseSession {
  points: Set<OcppTxPoint>;
  token: IdToken | null;
  remote: RemoteStart | null;
  /** A TxProfile waiting for the charger's transaction (the profile store follows the charger's transactions). */
  profile: ChargingProfile | null;
  chargerTx: string | null;
  chargingState: ChargingState;
}

export class EvseSessions {
  private readonly sessions = new Map<number, EvseSession>();

  constructor(
    private readonly ctx: MapperContext,
    private readonly remoteStarts: RemoteStarts,
  ) {}

  get(evse: number): EvseSession {
    let s = this.sessions.get(evse);
    if (!s) {
      s = { points: new Set(), token: null, remote: null, profile: null, chargerTx: null, chargingState: 'Idle' };
      this.sessions.set(evse, s);
    }
    return s;
  }

  /**
   * Takes in one session event; returns the points it reached and lost. `keepAuthorization`: the vehicle
   * arrives for a transaction a remote start began, and keeps that start's token.
   */
  track(e: SessionEvent, keepAuthorization: boolean): PointChange {
    const sess = this.get(e.evse);
    const change = pointChange(e.type);
    for (const p of change.reached) sess.points.add(p);
    for (const p of change.lost) sess.points.delete(p);
    switch (e.type) {
      case 'SessionStarted':
        if (keepAuthorization) Object.assign(sess, { chargerTx: null, chargingState: 'EVConnected' });
        else Object.assign(sess, { token: null, remote: null, profile: null, chargerTx: null, chargingState: 'EVConnected' });
        break;
      case 'Authorized':
        sess.remote = this.remoteStarts.claim(e);
        if (sess.remote?.profile) {
          sess.profile = sess.remote.profile;
          sess.remote.profile = null;
        }
        // A remote start reports the CSMS's own token (and type), not the 'Central' stand-in the charger saw.
        sess.token = sess.remote?.idToken ?? idTokenOf(e.id_token ?? 'unknown', e.auth_method);
        break;
      case 'TransactionStarted':
        sess.chargerTx = e.transaction_id ?? null;
        break;
      case 'ChargingStarted':
      case 'ChargingResumed':
        sess.chargingState = 'Charging';
        break;
      case 'ChargingPausedEV':
        sess.chargingState = 'SuspendedEV';
        break;
      case 'ChargingPausedEVSE':
        sess.chargingState = 'SuspendedEVSE';
        break;
      case 'TransactionFinished': {
        // The store keys TxProfiles by the charger's transaction: they end with it.
        if (sess.chargerTx) this.ctx.smart.transactionEnded(sess.chargerTx);
        sess.chargerTx = null;
        const plugged = this.ctx.evses.find((x) => x.id === e.evse)?.charger.status().plugged ?? false;
        sess.chargingState = chargingStateOf('Finished', plugged);
        break;
      }
      case 'SessionFinished':
        sess.chargingState = 'Idle';
        break;
      default:
        break;
    }
    return change;
  }
}
