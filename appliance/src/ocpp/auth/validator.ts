/**
 * Judges tokens for the AuthManager the OCPP way (1.6 §3.5, 2.0.1 C01/C10/C12–C15): remote starts, the local
 * list, the cache, the CSMS, and the offline policy, in that order.
 */
import type { Logger } from '../../shared/logger.js';
import type { ProvidedToken, TokenValidator, ValidationResult } from '../../shared/ports/auth.js';
import { OcppNoAnswerError, type AuthCache, type LocalAuthList, type OcppSettings, type TokenInfo } from '../ports.js';
import { effectiveStatus, toAuthStatus } from './token-info.js';

export interface OcppTokenValidatorDeps {
  localList: LocalAuthList;
  cache: AuthCache;
  settings: Pick<OcppSettings, 'getBoolean'>;
  /** Connected and booted: an Authorize can be sent now. */
  online: () => boolean;
  /** Sends Authorize; throws OcppNoAnswerError (no answer) or OcppRemoteError (CALLERROR). */
  authorizeRemote: (token: ProvidedToken) => Promise<TokenInfo>;
  log: Logger;
  /** Time to judge expiry dates by (the CSMS-corrected clock); defaults to the system time. */
  now?: () => number;
}

type Known = { info: TokenInfo; by: 'ocpp-local-list' | 'ocpp-cache' };

export class OcppTokenValidator implements TokenValidator {
  readonly name = 'ocpp';
  private readonly now: () => number;

  constructor(private readonly deps: OcppTokenValidatorDeps) {
    this.now = deps.now ?? Date.now;
  }

  async validate(token: ProvidedToken): Promise<ValidationResult | null> {
    const { settings } = this.deps;
    // The CSMS itself asked for this start (1.6 AuthorizeRemoteTxRequests, 2.0.1 AuthorizeRemoteStart).
    if (token.type === 'Central' && !settings.getBoolean('authorization.authorize_remote_start'))
      return { status: 'Accepted', by: this.name, reason: 'remote start' };

    const known = this.lookUp(token.id_token);
    // Only an Accepted entry may decide before the CSMS: a refusal in the list or cache may be out of date.
    if (known && settings.getBoolean('authorization.local_pre_authorize') && this.statusOf(known) === 'Accepted')
      return { status: 'Accepted', by: known.by, reason: 'pre-authorized' };

    if (!this.deps.online()) return this.offline(known, true);
    let info: TokenInfo;
    try {
      info = await this.deps.authorizeRemote(token);
    } catch (err) {
      const noAnswer = err instanceof OcppNoAnswerError;
      this.deps.log.warn(`Authorize for ${token.id_token} failed (${(err as Error).message}); deciding locally`);
      // A CALLERROR means the CSMS is there and refused to judge: that is no licence for unknown tokens.
      return this.offline(known, noAnswer);
    }
    // Tokens of the local list stay out of the cache (1.6 §3.5.3): the list is their authority.
    if (known?.by !== 'ocpp-local-list') this.deps.cache.put(token.id_token, info);
    return this.result(info.status, this.name);
  }

  /** The list first (it takes precedence over the cache), then the cache. */
  private lookUp(idToken: string): Known | null {
    const listed = this.deps.localList.get(idToken);
    if (listed) return { info: listed, by: 'ocpp-local-list' };
    const cached = this.deps.cache.get(idToken);
    return cached ? { info: cached, by: 'ocpp-cache' } : null;
  }

  private offline(known: Known | null, unknownAllowed: boolean): ValidationResult | null {
    const { settings } = this.deps;
    if (known) {
      const status = this.statusOf(known);
      // A known refusal stands offline; a known acceptance counts only when the policy allows it.
      if (status !== 'Accepted') return this.result(status, known.by);
      if (settings.getBoolean('authorization.local_authorize_offline')) return { status: 'Accepted', by: known.by, reason: 'offline' };
      return null;
    }
    if (unknownAllowed && settings.getBoolean('authorization.allow_offline_unknown'))
      return { status: 'Accepted', by: 'ocpp-offline', reason: 'unknown token accepted offline' };
    return null;
  }

  private statusOf(known: Known): TokenInfo['status'] {
    return effectiveStatus(known.info, this.now());
  }

  private result(status: TokenInfo['status'], by: string): ValidationResult {
    const mapped = toAuthStatus(status);
    return mapped === status ? { status: mapped, by } : { status: mapped, by, reason: status };
  }
}
