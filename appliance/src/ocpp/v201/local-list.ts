/**
 * Local authorization list (D01, D02): SendLocalList (Full / Differential) into the persisted list,
 * GetLocalListVersion. An entry without idTokenInfo in a differential update removes that token.
 */
import type { MapperContext } from '../ports.js';
import { tokenInfoOf } from './convert.js';
import type { IdToken, IdTokenInfo } from './messages.js';

interface SendLocalListRequest {
  versionNumber: number;
  updateType: 'Full' | 'Differential';
  localAuthorizationList?: Array<{ idToken: IdToken; idTokenInfo?: IdTokenInfo }>;
}

export function registerLocalList(ctx: MapperContext): void {
  ctx.link.handle('SendLocalList', (req: SendLocalListRequest) => {
    if (!ctx.settings.getBoolean('authorization.local_list_enabled')) return { status: 'Failed', statusInfo: { reasonCode: 'Disabled' } };
    const entries = (req.localAuthorizationList ?? []).map((e) => ({
      id_token: e.idToken.idToken,
      id_token_type: e.idToken.type,
      info: e.idTokenInfo ? tokenInfoOf(e.idTokenInfo) : null,
    }));
    if (req.updateType === 'Full') {
      // D01: a full list gives every entry a status; an entry without one cannot be kept.
      if (entries.some((e) => e.info === null)) return { status: 'Failed', statusInfo: { reasonCode: 'MissingInfo' } };
      return { status: ctx.localList.replace(req.versionNumber, entries) };
    }
    return { status: ctx.localList.update(req.versionNumber, entries) };
  });

  ctx.link.handle('GetLocalListVersion', () => ({ versionNumber: ctx.localList.version() }));
}
