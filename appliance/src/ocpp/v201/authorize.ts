/**
 * Authorization (C01, C10-C12): the token validator the AuthManager asks first — local list, cache,
 * Authorize to the CSMS, offline rules (OcppTokenValidator, shared with 1.6) — and ClearCache. The tokens of
 * RequestStartTransaction (F01, F02) are judged here first.
 */
import type { ProvidedToken, TokenValidator, ValidationResult } from '../../shared/ports/auth.js';
import type { MapperContext, TokenInfo } from '../ports.js';
import { OcppTokenValidator } from '../auth/index.js';
import { ID_TOKEN_MAX, idTokenOf, tokenInfoOf } from './convert.js';
import type { IdToken, IdTokenInfo } from './messages.js';

/** The CSMS's token of the RequestStartTransaction still waiting for this id (on that EVSE); null: none. */
export type RemoteTokenLookup = (idToken: string, evse?: number) => IdToken | null;

export function createValidator(ctx: MapperContext, remoteToken: RemoteTokenLookup): TokenValidator {
  const shared = new OcppTokenValidator({
    localList: ctx.localList,
    cache: ctx.cache,
    settings: ctx.settings,
    online: () => ctx.sender.online,
    authorizeRemote: (token) => authorizeRemote(ctx, token, remoteToken),
    log: ctx.log.child('ocpp/auth'),
    now: () => ctx.now(),
  });
  return {
    name: shared.name,
    validate: async (token: ProvidedToken): Promise<ValidationResult | null> => {
      // Other 'Central' tokens (e.g. from the local API) are the shared validator's to judge.
      if (token.type !== 'Central' || token.source !== 'ocpp') return shared.validate(token);
      const requested = remoteToken(token.id_token, token.evse);
      // Claimed, ended with its transaction, or past EVConnectionTimeOut: it authorizes nothing any more.
      if (!requested) return { status: 'Invalid', by: shared.name, reason: 'no remote start waits for this token' };
      // F01.FR.01: with AuthorizeRemoteStart, a token of a type the CSMS judges is authorized as if presented
      // at the station; Central and NoAuthorization tokens are the CSMS's own decision already.
      const judged = requested.type !== 'Central' && requested.type !== 'NoAuthorization';
      if (!judged || !ctx.settings.getBoolean('authorization.authorize_remote_start')) return { status: 'Accepted', by: shared.name, reason: 'remote start' };
      return shared.validate(token);
    },
  };
}

/** C01: Authorize { idToken }; the answer's idTokenInfo in neutral form. */
export async function authorizeRemote(ctx: MapperContext, token: ProvidedToken, remoteToken: RemoteTokenLookup = () => null): Promise<TokenInfo> {
  // IdTokenType.idToken holds 36 characters: a longer token cannot be asked about, nor accepted.
  if (token.id_token.length > ID_TOKEN_MAX) return { status: 'Invalid' };
  // A remote start's token is asked about as the CSMS gave it (its type), not as the 'Central' stand-in.
  const requested = token.type === 'Central' && token.source === 'ocpp' ? remoteToken(token.id_token, token.evse) : null;
  const res = await ctx.sender.send<{ idTokenInfo: IdTokenInfo }>('Authorize', { idToken: requested ?? idTokenOf(token.id_token, token.type) });
  return tokenInfoOf(res.idTokenInfo);
}

/** C11: ClearCache; Rejected while the cache is disabled (AuthCacheCtrlr.Enabled false). */
export function registerClearCache(ctx: MapperContext): void {
  ctx.link.handle('ClearCache', () => {
    if (!ctx.settings.getBoolean('authorization.cache_enabled')) return { status: 'Rejected', statusInfo: { reasonCode: 'Disabled' } };
    ctx.cache.clear();
    return { status: 'Accepted' };
  });
}
