/**
 * Local authorization list management (1.6 §5.10, §5.15) and ClearCache (§5.4). GetLocalListVersion answers
 * -1 when the list is switched off ("the Charge Point does not support Local Authorization Lists") and 0
 * when no list was ever sent.
 */
import type { MapperContext } from '../ports.js';
import { tokenInfoFromIdTagInfo } from './convert.js';
import type { SendLocalListReq, UpdateStatus } from './messages.js';

export function registerLocalList(ctx: MapperContext): void {
  const enabled = (): boolean => ctx.settings.getBoolean('authorization.local_list_enabled');

  ctx.link.handle('GetLocalListVersion', () => ({ listVersion: enabled() ? ctx.localList.version() : -1 }));

  ctx.link.handle('SendLocalList', (req: SendLocalListReq): { status: UpdateStatus } => {
    if (!enabled()) return { status: 'NotSupported' };
    const list = req.localAuthorizationList ?? [];
    // A full update must say what each token is; only a differential one may remove (no idTagInfo).
    if (req.updateType === 'Full' && list.some((e) => !e.idTagInfo)) return { status: 'Failed' };
    const entries = list.map((e) => ({ id_token: e.idTag, info: e.idTagInfo ? tokenInfoFromIdTagInfo(e.idTagInfo) : null }));
    try {
      const status = req.updateType === 'Full' ? ctx.localList.replace(req.listVersion, entries) : ctx.localList.update(req.listVersion, entries);
      return { status };
    } catch (err) {
      ctx.log.error(`SendLocalList ${req.updateType} version ${req.listVersion} failed: ${(err as Error).message}`);
      return { status: 'Failed' };
    }
  });

  ctx.link.handle('ClearCache', () => {
    ctx.cache.clear();
    return { status: 'Accepted' };
  });
}
