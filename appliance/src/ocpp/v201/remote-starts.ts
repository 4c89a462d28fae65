/**
 * RequestStartTransaction (F01, F02) hands the CSMS's token to the AuthManager as a 'Central' token; when a
 * charger is authorized with it, the waiting request is claimed, so that the transaction's next event says
 * RemoteStart and carries the remoteStartId. A request expires with EVConnectionTimeOut; its token then
 * authorizes nothing any more.
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
    if (e.auth_method !== 'Central' || e.id_token === undefined) return null;
    const r = this.find(e.id_token, e.evse);
    if (r) this.remove(r.remoteStartId);
    return r;
  }

  /** The request still waiting for this token (on that EVSE, when given); null once claimed or expired. */
  find(idToken: string, evse?: number): RemoteStart | null {
    const now = this.now();
    return this.waiting.find((r) => r.idToken.idToken === idToken && (evse === undefined || r.evse === null || r.evse === evse) && r.expires >= now) ?? null;
  }

  remove(remoteStartId: number): void {
    this.waiting = this.waiting.filter((r) => r.remoteStartId !== remoteStartId);
  }
}
