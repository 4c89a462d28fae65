/**
 * The 1.6 token validator: the shared OcppTokenValidator (local list, cache, offline rules) with Authorize.req
 * as its way to ask the CSMS. idTag is at most 20 characters in 1.6, so a longer token cannot be asked about:
 * it is Invalid here, without a message.
 */
import type { ProvidedToken, TokenValidator, ValidationResult } from '../../shared/ports/auth.js';
import { OcppTokenValidator } from '../auth/index.js';
import type { MapperContext, TokenInfo } from '../ports.js';
import { ID_TAG_MAX, tokenInfoFromIdTagInfo } from './convert.js';
import type { AuthorizeConf, AuthorizeReq } from './messages.js';

export const VALIDATOR_NAME = 'ocpp1.6';

export async function authorizeRemote(ctx: MapperContext, token: ProvidedToken): Promise<TokenInfo> {
  const req: AuthorizeReq = { idTag: token.id_token };
  const conf = await ctx.sender.send<AuthorizeConf>('Authorize', req);
  return tokenInfoFromIdTagInfo(conf.idTagInfo);
}

export class V16TokenValidator implements TokenValidator {
  readonly name = VALIDATOR_NAME;
  private readonly inner: TokenValidator;

  constructor(ctx: MapperContext) {
    this.inner = new OcppTokenValidator({
      localList: ctx.localList,
      cache: ctx.cache,
      settings: ctx.settings,
      online: () => ctx.sender.online,
      authorizeRemote: (token: ProvidedToken) => authorizeRemote(ctx, token),
      log: ctx.log.child('ocpp-auth'),
      now: () => ctx.now(),
    });
  }

  async validate(token: ProvidedToken): Promise<ValidationResult | null> {
    if (token.id_token.length > ID_TAG_MAX) {
      return { status: 'Invalid', by: this.name, reason: `idTag longer than ${ID_TAG_MAX} characters cannot be used with OCPP 1.6` };
    }
    return this.inner.validate(token);
  }
}
