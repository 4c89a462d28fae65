/**
 * Issue 6, "the OpenRPC document matches the implementation": the registry holds exactly the document's
 * methods; a walk over the document calls every method on the running appliance — with its first example
 * and with a minimal valid params object made from the param schemas — and checks the result against the
 * method's result schema; then every method is called by every role, and only the roles the method's
 * x-permission names get through (-32003 for the others, -32001 without a valid token).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashToken, RPC_ERROR, ROLE_PERMISSIONS, type Role } from '../../appliance/src/api/index.js';
import { allHandlers, requestMethodNames } from '../../appliance/src/api/methods/index.js';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { checkedResult, startApp, type AppBench } from './app-bench.js';
import { TestClient } from './harness.js';

type Json = Record<string, any>;
const doc: Json = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'api-schema/ampbox.openrpc.json'), 'utf8'));

function deref(node: Json): Json {
  if (!node || typeof node.$ref !== 'string') return node;
  let target: any = doc;
  for (const p of node.$ref.replace(/^#\//, '').split('/')) target = target[p];
  return deref(target);
}

const requestMethods: Json[] = doc.methods.filter((m: Json) => m['x-notification'] !== true);

/** The smallest value a schema accepts, built from the schema alone. */
function minimal(schema: Json, name = ''): unknown {
  const s = deref(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.oneOf) return minimal(s.oneOf[0], name);
  switch (s.type) {
    case 'integer':
    case 'number':
      return Math.max(s.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'string':
      if (s.format === 'date-time') return '2026-01-01T00:00:00.000Z';
      return 'x'.repeat(Math.max(1, s.minLength ?? 1));
    case 'array':
      return [];
    case 'object':
      return Object.fromEntries((s.required ?? []).map((k: string) => [k, minimal(s.properties[k], k)]));
    default:
      return 1; // `{}`: any value (Config.Set's value)
  }
}

function minimalParams(m: Json): Json {
  const out: Json = {};
  for (const raw of m.params) {
    const p = deref(raw);
    if (p.required) out[p.name] = minimal(p.schema, p.name);
  }
  return out;
}

function exampleParams(m: Json): Json {
  const ex = deref(m.examples[0]);
  return Object.fromEntries(ex.params.map((p: Json) => [p.name, p.value]));
}

let bench: AppBench | null = null;
afterEach(async () => {
  await bench?.close();
  bench = null;
});

describe('the registry and the document', () => {
  it('has a handler for every request method of the document, and no handler without one', () => {
    const documented = requestMethods.map((m) => m.name).sort();
    expect([...requestMethodNames()].sort()).toEqual(documented);
    expect([...allHandlers().keys()].sort()).toEqual(documented);
  });
});

describe('walking the document on the running appliance', () => {
  it('every method answers its first example and minimal params with a result its schema accepts', async () => {
    bench = await startApp();
    const c = await bench.client();
    for (const m of requestMethods) {
      const ex = exampleParams(m);
      const r1 = checkedResult(m.name, await c.raw.call(m.name, ex));
      expect(typeof (r1.error ?? 'NoError'), m.name).toBe('string');
      // Let what the example started (a plug-in, a fault) run a little before the next call.
      await bench.run(500);
      checkedResult(m.name, await c.raw.call(m.name, minimalParams(m)));
      await bench.run(500);
    }
    // Params the schema refuses are -32602 with the problems listed, for every method.
    for (const m of requestMethods) {
      const bad = await c.raw.call(m.name, { ...minimalParams(m), not_a_param: 1 });
      expect(bad.error?.code, m.name).toBe(-32602);
      expect(bad.error?.data, m.name).toEqual([{ path: '/not_a_param', message: 'must NOT have additional properties' }]);
      if (m.params.some((p: Json) => deref(p).required)) expect((await c.raw.call(m.name, {})).error?.code, m.name).toBe(-32602);
    }
    // Parameterless methods take absent, {}, [] and null alike.
    for (const m of requestMethods.filter((x) => x.params.every((p: Json) => !deref(p).required))) {
      checkedResult(m.name, await c.raw.call(m.name, undefined, { omitParams: true }));
      checkedResult(m.name, await c.raw.call(m.name, []));
      checkedResult(m.name, await c.raw.call(m.name, null));
    }
  });

  it('each role reaches exactly the methods its permissions allow', async () => {
    const roles = Object.keys(ROLE_PERMISSIONS) as Role[];
    // Cheap scrypt parameters: the check is about roles, not about the hash's cost.
    const tokens = await Promise.all(roles.map(async (role) => ({ name: role, role, hash: await hashToken(`token-${role}`, { N: 1024, r: 8, p: 1 }) })));
    bench = await startApp({ api: { auth: { required: true, tokens } } });
    for (const role of roles) {
      const c = await bench.client(`token-${role}`);
      const allowed = new Set<string>(ROLE_PERMISSIONS[role]);
      for (const m of requestMethods) {
        if (m.name === 'API.Hello') continue;
        const r = await c.raw.call(m.name, minimalParams(m));
        if (allowed.has(m['x-permission'])) {
          checkedResult(m.name, r);
        } else {
          expect(r.error, `${role} calling ${m.name}`).toEqual({ code: RPC_ERROR.PERMISSION_DENIED, message: `permission denied: ${m.name} needs ${m['x-permission']}` });
        }
      }
      await bench.run(500);
    }
    // A wrong token: Hello says so, and nothing else answers.
    const stranger = await TestClient.open(bench.url);
    const hello = checkedResult('API.Hello', await stranger.hello('not-a-token'));
    expect(hello).toMatchObject({ authentication_required: true, authenticated: false });
    for (const m of requestMethods.filter((x) => x.name !== 'API.Hello')) {
      expect((await stranger.call(m.name, minimalParams(m))).error?.code, m.name).toBe(RPC_ERROR.NOT_AUTHENTICATED);
    }
    stranger.close();
  });

  it('API tokens changed by Config.Set apply at once: a new one works at the next Hello, a removed one ends its client', async () => {
    const cheap = { N: 1024, r: 8, p: 1 };
    const admin = { name: 'admin', role: 'admin', hash: await hashToken('token-admin', cheap) };
    const viewer = { name: 'panel', role: 'viewer', hash: await hashToken('token-panel', cheap) };
    bench = await startApp({ api: { auth: { required: true, tokens: [admin, viewer] } } });
    const a = await bench.client('token-admin');
    const panel = await TestClient.open(bench.url);
    expect(checkedResult('API.Hello', await panel.hello('token-panel'))).toMatchObject({ authenticated: true });
    const ems = { name: 'ems', role: 'ems', hash: await hashToken('token-ems', cheap) };
    expect(checkedResult('Config.Set', await a.raw.call('Config.Set', { path: 'api.auth.tokens', value: [admin, ems] }))).toEqual({
      applied: true,
      restart_required: false,
      error: 'NoError',
    });
    // The panel's token is gone: its connection is closed with 4003.
    expect(await panel.closed).toEqual({ code: 4003, reason: 'API token revoked' });
    const newcomer = await TestClient.open(bench.url);
    expect(checkedResult('API.Hello', await newcomer.hello('token-ems'))).toMatchObject({ authenticated: true, permission_scopes: { role: 'ems' } });
    const again = await TestClient.open(bench.url);
    expect(checkedResult('API.Hello', await again.hello('token-panel'))).toMatchObject({ authenticated: false });
    // The admin's own connection (its token stayed) is untouched.
    expect(checkedResult('EVSE.GetStatus', await a.raw.call('EVSE.GetStatus', { evse_index: 1 })).error).toBe('NoError');
    newcomer.close();
    again.close();
  });
});
