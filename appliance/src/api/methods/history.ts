/** History.*: the error history and the charging sessions, from the database. */
import type { ErrorHistoryFilter, SessionFilter } from '../../db/index.js';
import { toErrorRecordObj, toSessionRecord } from '../mapping.js';
import type { Handlers } from './context.js';

/** RFC 3339 (the schema checked the form) → ms since the epoch. */
const ms = (t: string | undefined): number | undefined => (t === undefined ? undefined : Date.parse(t));

export const historyHandlers: Handlers = {
  'History.GetErrors': (p, { deps }) => {
    const store = deps.errorHistory();
    if (!store) return { errors: [], total: 0, error: 'ErrorNoDataAvailable' };
    const filter: ErrorHistoryFilter = {
      ...(p.uuid !== undefined ? { uuid: p.uuid } : {}),
      ...(p.state !== undefined ? { state: p.state } : {}),
      ...(p.origin !== undefined ? { origin: p.origin } : {}),
      ...(p.type !== undefined ? { type: p.type } : {}),
      ...(p.severity_at_least !== undefined ? { severity_at_least: p.severity_at_least } : {}),
      ...(p.from !== undefined ? { from: ms(p.from)! } : {}),
      ...(p.to !== undefined ? { to: ms(p.to)! } : {}),
      ...(p.limit !== undefined ? { limit: p.limit } : {}),
      ...(p.offset !== undefined ? { offset: p.offset } : {}),
    };
    const page = store.query(filter);
    return { errors: page.items.map(toErrorRecordObj), total: page.total, error: 'NoError' };
  },

  'History.ListSessions': (p, { deps }) => {
    const store = deps.sessions();
    if (!store) return { sessions: [], total: 0, error: 'ErrorNoDataAvailable' };
    const filter: SessionFilter = {
      ...(p.evse_index !== undefined ? { evse: p.evse_index } : {}),
      ...(p.from !== undefined ? { from: ms(p.from)! } : {}),
      ...(p.to !== undefined ? { to: ms(p.to)! } : {}),
      ...(p.limit !== undefined ? { limit: p.limit } : {}),
      ...(p.offset !== undefined ? { offset: p.offset } : {}),
    };
    const page = store.list(filter);
    return { sessions: page.items.map((s) => toSessionRecord(s, deps.config.tariff)), total: page.total, error: 'NoError' };
  },

  'History.GetSession': ({ session_id }, { deps }) => {
    const record = deps.sessions()?.get(session_id);
    return record ? { session: toSessionRecord(record, deps.config.tariff), error: 'NoError' } : { session: null, error: 'ErrorNoDataAvailable' };
  },
};
