/**
 * Issue 6, security: scrypt token hashes, roles → permissions over real WebSocket clients, the
 * `ampbox token hash` command, and the rule that listening beyond loopback needs TLS and authentication.
 *
 * Checked that these tests can fail: with timingSafeEqual replaced by `true` in verifyToken, the wrong-token
 * tests authenticate; with `hmi` given `limits` in ROLE_PERMISSIONS, the role matrix fails; with the
 * exposure check removed from config/load.ts, the start-up refusal tests start.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dump } from 'js-yaml';
import {
  hashToken,
  parseTokenHash,
  permissionsOf,
  RPC_ERROR,
  ROLE_PERMISSIONS,
  TokenVerifier,
  verifyToken,
  type Role,
} from '../../appliance/src/api/index.js';
import { main } from '../../appliance/src/cli/index.js';
import { isLoopbackHost, validateConfig, type ApiToken } from '../../appliance/src/config/index.js';
import { apiConfig, startBench, TestClient, type Bench } from './harness.js';

/** Cheap scrypt parameters so the tests hash quickly; the format and the code path are the production ones. */
const FAST = { N: 1024, r: 8, p: 1 };

describe('token hashes', () => {
  it('hashes in the scrypt$N$r$p$salt$hash format and verifies only the same token', async () => {
    const stored = await hashToken('correct horse battery staple', FAST);
    expect(stored).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/);
    expect(await verifyToken('correct horse battery staple', stored)).toBe(true);
    expect(await verifyToken('correct horse battery stapl', stored)).toBe(false);
    expect(await verifyToken('', stored)).toBe(false);
    // Salted: the same token never hashes the same twice.
    expect(await hashToken('correct horse battery staple', FAST)).not.toBe(stored);
  });

  it('the default parameters are the production ones and verify', async () => {
    const stored = await hashToken('a-production-strength-token');
    expect(parseTokenHash(stored)).toMatchObject({ N: 16384, r: 8, p: 1 });
    expect(await verifyToken('a-production-strength-token', stored)).toBe(true);
  });

  it('a malformed or absurd stored hash never matches (and never hangs)', async () => {
    const good = await hashToken('t', FAST);
    const [, , , , salt, hash] = good.split('$');
    for (const bad of ['', 'plain-text-token', `scrypt$1000$8$1$${salt}$${hash}`, `scrypt$${1 << 24}$8$1$${salt}$${hash}`, `scrypt$1024$8$1$$${hash}`, `bcrypt$1024$8$1$${salt}$${hash}`]) {
      expect(parseTokenHash(bad), bad).toBeNull();
      expect(await verifyToken('t', bad)).toBe(false);
    }
  });

  it('TokenVerifier finds which configured token was presented', async () => {
    const tokens: ApiToken[] = [
      { name: 'panel', role: 'hmi', hash: await hashToken('panel-secret', FAST) },
      { name: 'ems', role: 'ems', hash: await hashToken('ems-secret', FAST) },
    ];
    const v = new TokenVerifier(tokens);
    expect(await v.authenticate('ems-secret')).toEqual({ name: 'ems', role: 'ems' });
    expect(await v.authenticate('ems-secret')).toEqual({ name: 'ems', role: 'ems' }); // remembered
    expect(await v.authenticate('panel-secret')).toEqual({ name: 'panel', role: 'hmi' });
    expect(await v.authenticate('nobody')).toBeNull();
  });

  it('roles map to exactly the contract’s permissions', () => {
    expect(ROLE_PERMISSIONS).toEqual({
      viewer: ['read'],
      hmi: ['read', 'authorize'],
      ems: ['read', 'limits'],
      admin: ['read', 'authorize', 'limits', 'admin'],
    });
    expect([...permissionsOf(null)]).toEqual([]);
  });
});

describe('roles over the wire (api.auth.required)', () => {
  const SECRETS: Record<Role, string> = { viewer: 'viewer-secret-0001', hmi: 'hmi-secret-0002', ems: 'ems-secret-0003', admin: 'admin-secret-0004' };
  const METHODS = { read: 'Test.Read', authorize: 'Test.Authorize', limits: 'Test.Limits', admin: 'Test.Admin' } as const;
  let tokens: ApiToken[];
  let bench: Bench | null = null;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    tokens = await Promise.all((Object.keys(SECRETS) as Role[]).map(async (role) => ({ name: `${role}-1`, role, hash: await hashToken(SECRETS[role], FAST) })));
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.ws.terminate();
    await bench?.close();
    bench = null;
  });
  const connect = async (): Promise<TestClient> => {
    const c = await TestClient.open(bench!.url);
    clients.push(c);
    return c;
  };

  for (const role of Object.keys(SECRETS) as Role[]) {
    it(`${role}: allowed exactly its permissions, refused the rest with -32003`, async () => {
      bench = await startBench({ config: apiConfig({ auth: { required: true, tokens } }) });
      const c = await connect();
      const hello = await c.hello(SECRETS[role]);
      expect(hello.result).toMatchObject({
        authentication_required: true,
        authenticated: true,
        permission_scopes: { role, permissions: ROLE_PERMISSIONS[role] },
      });
      for (const [permission, method] of Object.entries(METHODS)) {
        const r = await c.call(method);
        if ((ROLE_PERMISSIONS[role] as readonly string[]).includes(permission)) expect(r.result, method).toMatchObject({ role });
        else expect(r.error, method).toEqual({ code: RPC_ERROR.PERMISSION_DENIED, message: `permission denied: ${method} needs ${permission}` });
      }
    });
  }

  it('a wrong or missing token: Hello says not authenticated, every call is -32001, no notifications', async () => {
    bench = await startBench({ config: apiConfig({ auth: { required: true, tokens } }) });
    const wrong = await connect();
    const none = await connect();
    const viewer = await connect();
    const hello = await wrong.hello('admin-secret-0005');
    expect(hello.result).toMatchObject({ authentication_required: true, authenticated: false, api_version: '1.0.0' });
    expect(hello.result).not.toHaveProperty('permission_scopes');
    expect((await none.hello()).result).toMatchObject({ authenticated: false });
    for (const c of [wrong, none])
      for (const method of Object.values(METHODS)) expect((await c.call(method)).error).toEqual({ code: RPC_ERROR.NOT_AUTHENTICATED, message: 'not authenticated' });
    await viewer.hello(SECRETS.viewer);
    expect(bench.api.broadcast('EVSE.MeterDataChanged', { evse_index: 1 })).toBe(1);
    await viewer.waitFor((f) => (f.json as { method?: string }).method === 'EVSE.MeterDataChanged');
    // A second Hello with the right token upgrades the connection.
    expect((await wrong.hello(SECRETS.ems)).result).toMatchObject({ authenticated: true, permission_scopes: { role: 'ems' } });
    expect((await wrong.call('Test.Limits')).result).toMatchObject({ role: 'ems' });
    expect(bench.logs.some((l) => l.level === 'warn' && /unknown token/.test(l.message))).toBe(true);
  });

  it('without required authentication every client gets api.auth.anonymous_role', async () => {
    bench = await startBench({ config: apiConfig({ auth: { required: false, anonymous_role: 'viewer' } }) });
    const c = await connect();
    expect((await c.hello()).result).toMatchObject({ authentication_required: false, authenticated: true, permission_scopes: { role: 'viewer' } });
    expect((await c.call('Test.Read')).result).toMatchObject({ role: 'viewer' });
    expect((await c.call('Test.Limits')).error?.code).toBe(RPC_ERROR.PERMISSION_DENIED);
  });
});

function memoryIo(stdinText: string | null): { io: Parameters<typeof main>[1]; out: () => string; err: () => string } {
  const stdin = new PassThrough();
  if (stdinText !== null) stdin.end(stdinText);
  else stdin.end();
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void): NodeJS.WritableStream => {
    const s = new PassThrough();
    s.on('data', (d: Buffer) => append(d.toString()));
    return s;
  };
  return { io: { stdin, stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)) }, out: () => out, err: () => err };
}

describe('ampbox token hash', () => {
  it('hashes a token read from stdin into a line for api.auth.tokens that the configuration accepts', async () => {
    const m = memoryIo('my-panel-token-123456\n');
    expect(await main(['token', 'hash', '--role', 'hmi', '--name', 'hall panel'], m.io)).toBe(0);
    const lines = m.out().trim().split('\n');
    expect(lines).toHaveLength(1); // the given token is not echoed
    const match = /^- \{ name: "hall panel", role: hmi, hash: "(scrypt\$[^"]+)" \}$/.exec(lines[0]!);
    expect(match, lines[0]).not.toBeNull();
    expect(await verifyToken('my-panel-token-123456', match![1]!)).toBe(true);
    expect(await verifyToken('my-panel-token-12345', match![1]!)).toBe(false);
    // The printed YAML goes straight into a configuration.
    const { config, problems } = validateConfig({ api: { auth: { required: true, tokens: [{ name: 'hall panel', role: 'hmi', hash: match![1] }] } } });
    expect(problems).toEqual([]);
    expect(config!.api.auth.tokens[0]!.role).toBe('hmi');
  });

  it('generates a token when stdin is empty, prints it once, and its hash verifies', async () => {
    const m = memoryIo(null);
    expect(await main(['token', 'hash'], m.io)).toBe(0);
    const [tokenLine, yamlLine] = m.out().trim().split('\n');
    const token = /^token: ([A-Za-z0-9_-]{43})$/.exec(tokenLine!)![1]!;
    const hash = /hash: "([^"]+)"/.exec(yamlLine!)![1]!;
    expect(yamlLine).toMatch(/role: viewer/);
    expect(await verifyToken(token, hash)).toBe(true);
    expect(m.err()).toMatch(/not stored/);
  });

  it('refuses an unknown role or subcommand with exit 2', async () => {
    expect(await main(['token', 'hash', '--role', 'root'], memoryIo('x').io)).toBe(2);
    expect(await main(['token', 'show'], memoryIo('x').io)).toBe(2);
  });
});

describe('listening beyond loopback needs TLS and authentication', () => {
  const TLS = { cert: '/etc/ampbox/cert.pem', key: '/etc/ampbox/key.pem' };

  it('knows loopback addresses', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1']) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.10', 'fe80::1', 'ampbox.local', '128.0.0.1', '::ffff:10.0.0.1']) expect(isLoopbackHost(h), h).toBe(false);
  });

  it('the defaults (loopback) need neither', () => {
    const { config, problems } = validateConfig({});
    expect(problems).toEqual([]);
    expect(config!.api).toEqual({
      enabled: true,
      path: '/api',
      text_frames: true,
      everest: { enabled: false, host: '127.0.0.1', port: 8090 },
      auth: { required: false, anonymous_role: 'admin', tokens: [] },
      limits: { max_message_bytes: 65536, requests_per_s: 200, max_clients: 256 },
    });
  });

  it('names the listener and what is missing', () => {
    expect(validateConfig({ http: { host: '0.0.0.0' } }).problems).toEqual([
      'http.host 0.0.0.0: listening beyond loopback (127.0.0.0/8, ::1) needs TLS and API authentication; missing http.tls (cert and key) and api.auth.required: true (or listen on 127.0.0.1)',
    ]);
    expect(validateConfig({ http: { host: '0.0.0.0', tls: TLS } }).problems).toEqual([expect.stringMatching(/missing api\.auth\.required: true/)]);
    expect(validateConfig({ http: { host: '192.168.1.10' }, api: { auth: { required: true } } }).problems).toEqual([expect.stringMatching(/missing http\.tls \(cert and key\) \(or/)]);
    expect(validateConfig({ api: { everest: { enabled: true, host: '0.0.0.0' } } }).problems).toEqual([expect.stringMatching(/^api\.everest\.host 0\.0\.0\.0: listening beyond loopback/)]);
  });

  it('accepts both together, and ignores listeners that are off', () => {
    expect(validateConfig({ http: { host: '0.0.0.0', tls: TLS }, api: { auth: { required: true }, everest: { enabled: true, host: '::' } } }).problems).toEqual([]);
    expect(validateConfig({ http: { enabled: false, host: '0.0.0.0' } }).problems).toEqual([]);
    expect(validateConfig({ api: { everest: { enabled: false, host: '0.0.0.0' } } }).problems).toEqual([]);
  });

  it('rejects malformed API settings with their path', () => {
    const { problems } = validateConfig({
      http: { tls: { cert: 'c.pem' } },
      api: { path: 'api', auth: { anonymous_role: 'root', tokens: [{ name: 'a', role: 'admin', hash: 'plain' }, { name: 'a', role: 'viewer', hash: 'scrypt$1024$8$1$c2FsdHNhbHQ=$aGFzaA==' }] } },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'http.tls.key: is required',
        expect.stringMatching(/^api\.path: must match pattern/),
        expect.stringMatching(/^api\.auth\.anonymous_role: must be one of "viewer"/),
        expect.stringMatching(/^api\.auth\.tokens\[0\]\.hash: must match pattern/),
        'api.auth.tokens[1].name: duplicate name a',
      ]),
    );
  });

  it('`ampbox start` refuses with exit 2 and the precise message', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ampbox-api-'));
    const file = path.join(dir, 'exposed.yaml');
    writeFileSync(file, dump({ http: { host: '0.0.0.0', port: 0 }, database: { path: ':memory:' } }));
    const m = memoryIo(null);
    expect(await main(['start', '--config', file], m.io)).toBe(2);
    expect(m.err()).toContain('invalid configuration, not starting');
    expect(m.err()).toContain('http.host 0.0.0.0: listening beyond loopback');
    expect(m.out()).toBe('');
  });
});
