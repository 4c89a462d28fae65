/**
 * Authorization (C01, C10-C12): the token validator the AuthManager asks first — local list, cache,
 * Authorize to the CSMS, offline rules (OcppTokenValidator, shared with 1.6) — and ClearCache.
 */
import type { ProvidedToken, TokenValidator } from '../../shared/ports/auth.js';
import type { MapperContext, TokenInfo } from '../ports.js';
import { OcppTokenValidator } from '../auth/index.js';
import { ID_TOKEN_MAX, idTokenOf, tokenInfoOf } from './convert.js';
import type { IdTokenInfo } from './messages.js';

export function createValidator(ctx: MapperContext): TokenValidator {
  return new OcppTokenValidator({
    localList: ctx.localList,
    cache: ctx.cache,
    settings: ctx.settings,
    online: () => ctx.sender.online,
    authorizeRemote: (token) => authorizeRemote(ctx, token),
    log: ctx.log.child('ocpp/auth'),
    now: () => ctx.now(),
  });
}

/** C01: Authorize { idToken }; the answer's idTokenInfo in neutral form. */
export async function authorizeRemote(ctx: MapperContext, token: ProvidedToken): Promise<TokenInfo> {
  // IdTokenType.idToken holds 36 characters: a longer token cannot be asked about, nor accepted.
  if (token.id_token.length > ID_TOKEN_MAX) return { status: 'Invalid' };
  const res = await ctx.sender.send<{ idTokenInfo: IdTokenInfo }>('Authorize', { idToken: idTokenOf(token.id_token, token.type) });
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
