/** Small rules about OCPP token answers shared by the list, the cache and the validator. */
import type { AuthStatus } from '../../shared/ports/auth.js';
import type { TokenInfo } from '../ports.js';

/**
 * Both versions define the identifier as case-insensitive (1.6 CiString20Type, 2.0.1 IdTokenType), so the
 * stores key tokens by one spelling.
 */
export function tokenKey(idToken: string): string {
  return idToken.toUpperCase();
}

/** The status to act on: an Accepted entry whose expiry has passed counts as Expired. */
export function effectiveStatus(info: TokenInfo, now: number): TokenInfo['status'] {
  if (info.status === 'Accepted' && info.expires_at !== undefined && info.expires_at <= now) return 'Expired';
  return info.status;
}

/**
 * The charger knows five outcomes; OCPP's finer refusals fold into the nearest one (the caller keeps the
 * original as the reason): refusals of this use of a valid token are Invalid, an account without credit is Blocked.
 */
const TO_AUTH_STATUS: Record<TokenInfo['status'], AuthStatus> = {
  Accepted: 'Accepted',
  Blocked: 'Blocked',
  Expired: 'Expired',
  Invalid: 'Invalid',
  Unknown: 'Unknown',
  ConcurrentTx: 'Invalid',
  NoCredit: 'Blocked',
  NotAllowedTypeEVSE: 'Invalid',
  NotAtThisLocation: 'Invalid',
  NotAtThisTime: 'Invalid',
};

export function toAuthStatus(status: TokenInfo['status']): AuthStatus {
  return TO_AUTH_STATUS[status];
}

/** Parses a stored TokenInfo, refusing rows that do not hold one (a hand-edited or foreign database). */
export function parseTokenInfo(json: string): TokenInfo | null {
  const v = JSON.parse(json) as unknown;
  if (!v || typeof v !== 'object' || typeof (v as TokenInfo).status !== 'string' || !((v as TokenInfo).status in TO_AUTH_STATUS)) return null;
  return v as TokenInfo;
}
