/**
 * RequestStartTransaction (F01, F02) hands the CSMS's token to the AuthManager as a 'Central' token; when a
 * charger is authorized with it, the waiting request is claimed, so that the transaction's next event says
 * RemoteStart and carries the remoteStartId. A request expires with EVConnectionTimeOut.
 */
import type { SessionEvent } from '../../shared/ports/charger.js';
import type { ChargingProfile } from '../ports.js';
import type { IdToken } from './messages.js';

export interface RemoteStart {
  remoteStartId: number;
  idToken: IdToken;
  evse: number | null;
  /** A TxProfile to install once the charger runs the transaction. */
  profile: ChargingProfile | null;
  expires: number;
}

export class RemoteStarts {
  private waiting: RemoteStart[] = [];

  constructor(private readonly now: () => number) {}

  add(r: RemoteStart): void {
    const now = this.now();
    this.waiting = this.waiting.filter((x) => x.remoteStartId !== r.remoteStartId && x.expires >= now);
    this.waiting.push(r);
  }

  /** The request an Authorized session event fulfils: a Central token with the same id, for that EVSE or any. */
  claim(e: SessionEvent): RemoteStart | null {
    if (e.auth_method !== 'Central') return null;
    const now = this.now();
    const i = this.waiting.findIndex((r) => r.idToken.idToken === e.id_token && (r.evse === null || r.evse === e.evse) && r.expires >= now);
    if (i < 0) return null;
    return this.waiting.splice(i, 1)[0] ?? null;
  }
}
