/**
 * Issue 8, the OCPP token validator's decision table (1.6 §3.5, 2.0.1 C01/C10/C12–C15): each row sets the
 * policy, what the local list and cache hold, whether the CSMS is reachable and what it answers, and expects
 * one verdict (null: no opinion, the next validator decides) and whether Authorize was sent. Real list and
 * cache over a SQLite file, the real OCPP settings.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { Logger, memorySink, type LogRecord } from '../../../appliance/src/shared/logger.js';
import type { ProvidedToken, TokenType, ValidationResult } from '../../../appliance/src/shared/ports/auth.js';
import { OcppTokenValidator, SqliteAuthCache, SqliteLocalAuthList } from '../../../appliance/src/ocpp/auth/index.js';
import { OcppNoAnswerError, OcppRemoteError, type TokenInfo } from '../../../appliance/src/ocpp/ports.js';
import { settings, tempDb, type TempDb } from './fixtures.js';

interface Row {
  name: string;
  policy?: Record<string, unknown>;
  type?: TokenType;
  list?: TokenInfo;
  cache?: TokenInfo;
  online: boolean;
  /** The CSMS's answer to Authorize, or what the call throws. */
  csms?: TokenInfo | Error;
  expect: ValidationResult | null;
  asked: boolean;
}

const T = 'AABBCCDD';
const later = Date.UTC(2026, 0, 2);
const earlier = Date.UTC(2025, 11, 31);
const noAnswer = new OcppNoAnswerError('Authorize', 'timeout');
const callError = new OcppRemoteError('Authorize', 'InternalError', 'database down');

const ROWS: Row[] = [
  // Remote start (type Central)
  { name: 'remote start is accepted without asking', type: 'Central', online: true, csms: { status: 'Invalid' }, expect: { status: 'Accepted', by: 'ocpp', reason: 'remote start' }, asked: false },
  { name: 'remote start offline too', type: 'Central', online: false, expect: { status: 'Accepted', by: 'ocpp', reason: 'remote start' }, asked: false },
  { name: 'remote start with authorize_remote_start asks the CSMS', type: 'Central', policy: { authorize_remote_start: true }, online: true, csms: { status: 'Invalid' }, expect: { status: 'Invalid', by: 'ocpp' }, asked: true },
  { name: 'remote start with authorize_remote_start may be pre-authorized', type: 'Central', policy: { authorize_remote_start: true }, list: { status: 'Accepted' }, online: true, csms: { status: 'Invalid' }, expect: { status: 'Accepted', by: 'ocpp-local-list', reason: 'pre-authorized' }, asked: false },
  // Local pre-authorization
  { name: 'an Accepted list entry decides at once', list: { status: 'Accepted' }, online: true, csms: { status: 'Blocked' }, expect: { status: 'Accepted', by: 'ocpp-local-list', reason: 'pre-authorized' }, asked: false },
  { name: 'an Accepted cache entry decides at once', cache: { status: 'Accepted' }, online: true, csms: { status: 'Blocked' }, expect: { status: 'Accepted', by: 'ocpp-cache', reason: 'pre-authorized' }, asked: false },
  { name: 'without local_pre_authorize the CSMS decides, and its answer wins', policy: { local_pre_authorize: false }, list: { status: 'Accepted' }, online: true, csms: { status: 'Blocked' }, expect: { status: 'Blocked', by: 'ocpp' }, asked: true },
  { name: 'a Blocked list entry does not decide online: the CSMS may know better', list: { status: 'Blocked' }, online: true, csms: { status: 'Accepted' }, expect: { status: 'Accepted', by: 'ocpp' }, asked: true },
  { name: 'an expired Accepted list entry does not pre-authorize', list: { status: 'Accepted', expires_at: earlier }, online: true, csms: { status: 'Invalid' }, expect: { status: 'Invalid', by: 'ocpp' }, asked: true },
  { name: 'the list takes precedence over the cache', list: { status: 'Blocked' }, cache: { status: 'Accepted' }, online: false, expect: { status: 'Blocked', by: 'ocpp-local-list' }, asked: false },
  // Online: the CSMS's status, mapped
  { name: 'unknown token online: the CSMS accepts', online: true, csms: { status: 'Accepted' }, expect: { status: 'Accepted', by: 'ocpp' }, asked: true },
  { name: 'the CSMS says Unknown: that is its verdict', policy: { allow_offline_unknown: true }, online: true, csms: { status: 'Unknown' }, expect: { status: 'Unknown', by: 'ocpp' }, asked: true },
  { name: 'ConcurrentTx → Invalid, original kept', online: true, csms: { status: 'ConcurrentTx' }, expect: { status: 'Invalid', by: 'ocpp', reason: 'ConcurrentTx' }, asked: true },
  { name: 'NoCredit → Blocked, original kept', online: true, csms: { status: 'NoCredit' }, expect: { status: 'Blocked', by: 'ocpp', reason: 'NoCredit' }, asked: true },
  { name: 'NotAtThisTime → Invalid, original kept', online: true, csms: { status: 'NotAtThisTime' }, expect: { status: 'Invalid', by: 'ocpp', reason: 'NotAtThisTime' }, asked: true },
  { name: 'Expired stays Expired', online: true, csms: { status: 'Expired' }, expect: { status: 'Expired', by: 'ocpp' }, asked: true },
  // Offline
  { name: 'offline: Accepted list entry with local_authorize_offline', policy: { local_pre_authorize: false }, list: { status: 'Accepted' }, online: false, expect: { status: 'Accepted', by: 'ocpp-local-list', reason: 'offline' }, asked: false },
  { name: 'offline: Accepted cache entry with local_authorize_offline', policy: { local_pre_authorize: false }, cache: { status: 'Accepted' }, online: false, expect: { status: 'Accepted', by: 'ocpp-cache', reason: 'offline' }, asked: false },
  { name: 'offline: without local_authorize_offline a known token gets no opinion', policy: { local_pre_authorize: false, local_authorize_offline: false }, list: { status: 'Accepted' }, online: false, expect: null, asked: false },
  { name: 'offline: a known refusal stands', cache: { status: 'Blocked' }, policy: { allow_offline_unknown: true }, online: false, expect: { status: 'Blocked', by: 'ocpp-cache' }, asked: false },
  { name: 'offline: an expired list entry is Expired', list: { status: 'Accepted', expires_at: earlier }, policy: { allow_offline_unknown: true }, online: false, expect: { status: 'Expired', by: 'ocpp-local-list' }, asked: false },
  { name: 'offline: a list entry valid until later is Accepted', policy: { local_pre_authorize: false }, list: { status: 'Accepted', expires_at: later }, online: false, expect: { status: 'Accepted', by: 'ocpp-local-list', reason: 'offline' }, asked: false },
  { name: 'offline: unknown token with allow_offline_unknown', policy: { allow_offline_unknown: true }, online: false, expect: { status: 'Accepted', by: 'ocpp-offline', reason: 'unknown token accepted offline' }, asked: false },
  { name: 'offline: unknown token without allow_offline_unknown → no opinion', online: false, expect: null, asked: false },
  // The call fails
  { name: 'no answer: unknown token with allow_offline_unknown', policy: { allow_offline_unknown: true }, online: true, csms: noAnswer, expect: { status: 'Accepted', by: 'ocpp-offline', reason: 'unknown token accepted offline' }, asked: true },
  { name: 'no answer: a known Accepted token with local_authorize_offline', policy: { local_pre_authorize: false }, cache: { status: 'Accepted' }, online: true, csms: noAnswer, expect: { status: 'Accepted', by: 'ocpp-cache', reason: 'offline' }, asked: true },
  { name: 'no answer: unknown token otherwise → no opinion', online: true, csms: noAnswer, expect: null, asked: true },
  { name: 'CALLERROR: the CSMS is there, so no unknown-token allowance', policy: { allow_offline_unknown: true }, online: true, csms: callError, expect: null, asked: true },
  { name: 'CALLERROR: a known Accepted token still counts', policy: { local_pre_authorize: false }, list: { status: 'Accepted' }, online: true, csms: callError, expect: { status: 'Accepted', by: 'ocpp-local-list', reason: 'offline' }, asked: true },
];

let t: TempDb;
let clock: ManualClock;
beforeEach(() => {
  t = tempDb();
  clock = new ManualClock();
});
afterEach(() => t.cleanup());

function setup(row: Pick<Row, 'policy' | 'list' | 'cache' | 'online' | 'csms'>) {
  const s = settings(t.db, clock, { authorization: { cache_lifetime_s: 0, ...row.policy } });
  const localList = new SqliteLocalAuthList(t.db, { max: 100, enabled: () => s.getBoolean('authorization.local_list_enabled') });
  const cache = new SqliteAuthCache(t.db, clock, s);
  if (row.list) localList.replace(1, [{ id_token: T, info: row.list }]);
  if (row.cache) cache.put(T, row.cache);
  const asked: ProvidedToken[] = [];
  const logs: LogRecord[] = [];
  const validator = new OcppTokenValidator({
    localList,
    cache,
    settings: s,
    online: () => row.online,
    authorizeRemote: async (token) => {
      asked.push(token);
      if (row.csms instanceof Error) throw row.csms;
      if (!row.csms) throw new Error('test row did not expect Authorize');
      return row.csms;
    },
    log: new Logger('test', clock, memorySink(logs)),
    now: () => clock.now(),
  });
  return { validator, asked, cache, localList, settings: s, logs };
}

describe('OcppTokenValidator decision table', () => {
  it.each(ROWS)('$name', async (row) => {
    const { validator, asked } = setup(row);
    const result = await validator.validate({ id_token: T, type: row.type ?? 'RFID', source: 'test' });
    expect(result).toEqual(row.expect);
    expect(asked.length).toBe(row.asked ? 1 : 0);
  });
});

describe('OcppTokenValidator and the cache', () => {
  it('puts the CSMS answer into the cache, which then pre-authorizes offline', async () => {
    const { validator, cache } = setup({ online: true, csms: { status: 'Accepted', group_id: 'G1' } });
    await validator.validate({ id_token: T, type: 'RFID', source: 'test' });
    expect(cache.get(T)).toEqual({ status: 'Accepted', group_id: 'G1' });
  });

  it('caches refusals too, so they stand offline', async () => {
    const row = { online: true, csms: { status: 'Blocked' } as TokenInfo };
    const { validator } = setup(row);
    await validator.validate({ id_token: T, type: 'RFID', source: 'test' });
    row.online = false;
    expect(await validator.validate({ id_token: T, type: 'RFID', source: 'test' })).toEqual({ status: 'Blocked', by: 'ocpp-cache' });
  });

  it('does not cache when the cache is disabled', async () => {
    const { validator, cache, settings: s } = setup({ online: true, csms: { status: 'Accepted' } });
    s.set('authorization.cache_enabled', false);
    await validator.validate({ id_token: T, type: 'RFID', source: 'test' });
    s.set('authorization.cache_enabled', true);
    expect(cache.get(T)).toBeNull();
  });

  it('does not cache tokens of the local list (the list is their authority)', async () => {
    const { validator, cache } = setup({ list: { status: 'Blocked' }, online: true, csms: { status: 'Accepted' } });
    await validator.validate({ id_token: T, type: 'RFID', source: 'test' });
    expect(cache.get(T)).toBeNull();
  });

  it('a disabled local list is not consulted', async () => {
    const { validator, settings: s } = setup({ list: { status: 'Accepted' }, online: false });
    s.set('authorization.local_list_enabled', false);
    expect(await validator.validate({ id_token: T, type: 'RFID', source: 'test' })).toBeNull();
  });

  it('an expired cache answer no longer pre-authorizes', async () => {
    const { validator } = setup({ cache: { status: 'Accepted', expires_at: clock.now() + 1000 }, online: true, csms: { status: 'Invalid' } });
    expect((await validator.validate({ id_token: T, type: 'RFID', source: 'test' }))?.by).toBe('ocpp-cache');
    clock.advance(1000);
    expect(await validator.validate({ id_token: T, type: 'RFID', source: 'test' })).toEqual({ status: 'Invalid', by: 'ocpp' });
  });

  it('logs why it decided locally when Authorize got no answer', async () => {
    const { validator, logs } = setup({ online: true, csms: noAnswer });
    await validator.validate({ id_token: T, type: 'RFID', source: 'test' });
    expect(logs.some((r) => r.level === 'warn' && r.message.includes('no answer'))).toBe(true);
  });
});
