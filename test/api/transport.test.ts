/**
 * Issue 6, transport: real `ws` clients against a real fastify server with the ApiServer attached. The
 * Hello deadline and the request budget run on a ManualClock the test steps, so nothing waits for time.
 *
 * Checked that these tests can fail: with the Hello-first check in connection.ts removed, the "before Hello"
 * tests get an answer instead of a 4002 close; with `await this.helloSettled` dropped from invoke(), the
 * pipelined-after-Hello test gets -32001; with `dropNullParams` skipped, `params: null` gets -32600.
 */
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CLOSE_CODE, EVEREST_SUBPROTOCOL, RPC_ERROR } from '../../appliance/src/api/index.js';
import { apiConfig, startBench, TestClient, type Bench, type RpcResponse } from './harness.js';

let bench: Bench | null = null;
const clients: TestClient[] = [];

async function setup(...args: Parameters<typeof startBench>): Promise<Bench> {
  bench = await startBench(...args);
  return bench;
}

async function connect(url = bench!.url, opts: Parameters<typeof TestClient.open>[1] = {}): Promise<TestClient> {
  const c = await TestClient.open(url, opts);
  clients.push(c);
  return c;
}

async function helloClient(url?: string): Promise<TestClient> {
  const c = await connect(url);
  const r = await c.hello();
  expect(r.result?.authenticated).toBe(true);
  return c;
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.ws.terminate();
  await bench?.close();
  bench = null;
});

describe('API.Hello first, within 5 s', () => {
  it('answers Hello with the transport part and the registered handler part', async () => {
    await setup();
    const c = await connect();
    const r = await c.hello();
    expect(r.result).toMatchObject({
      api_version: '1.0.0',
      everest_version: 'ampbox test',
      authentication_required: false,
      authenticated: true,
      permission_scopes: { role: 'admin', permissions: ['read', 'authorize', 'limits', 'admin'] },
    });
  });

  it('closes without a reply (4002) when another request comes before Hello', async () => {
    await setup();
    const c = await connect();
    c.send({ jsonrpc: '2.0', id: 1, method: 'Test.Read' });
    const closed = await c.closed;
    expect(closed.code).toBe(CLOSE_CODE.HELLO_FIRST);
    expect(closed.reason).toMatch(/API\.Hello/);
    expect(c.frames).toEqual([]);
  });

  it('closes without a reply when the first message is not even JSON', async () => {
    await setup();
    const c = await connect();
    c.send('{"jsonrpc": "2.0", "method": "API.He');
    expect((await c.closed).code).toBe(CLOSE_CODE.HELLO_FIRST);
    expect(c.frames).toEqual([]);
  });

  it('closes with 4001 and a reason when no Hello comes within 5 s (clock stepped, not waited)', async () => {
    const b = await setup();
    const silent = await connect();
    const late = await connect();
    b.clock.advance(4999);
    // Still open one millisecond before the deadline: a Hello now is answered and cancels the deadline.
    expect((await late.hello()).result?.authenticated).toBe(true);
    b.clock.advance(1);
    const closed = await silent.closed;
    expect(closed.code).toBe(CLOSE_CODE.HELLO_TIMEOUT);
    expect(closed.reason).toMatch(/no API\.Hello within 5 s/);
    b.clock.advance(60_000);
    expect((await late.call('Test.Read')).result).toMatchObject({ role: 'admin' });
  });

  it('serves requests pipelined right behind the Hello (same batch, or before its answer)', async () => {
    await setup();
    const c = await connect();
    c.send([
      { jsonrpc: '2.0', id: 1, method: 'API.Hello', params: {} },
      { jsonrpc: '2.0', id: 2, method: 'Test.Read' },
    ]);
    c.send({ jsonrpc: '2.0', id: 3, method: 'Test.Read' });
    const batch = (await c.waitFor((f) => Array.isArray(f.json))).json as RpcResponse[];
    expect(batch.map((r) => r.id).sort()).toEqual([1, 2]);
    expect(batch.find((r) => r.id === 2)!.result).toMatchObject({ role: 'admin' });
    expect((await c.waitFor((f) => (f.json as RpcResponse).id === 3)).json).toMatchObject({ result: { role: 'admin' } });
  });
});

describe('JSON-RPC 2.0 through jayson', () => {
  it('accepts absent, {}, [] and null params alike for a parameterless method', async () => {
    await setup();
    const c = await helloClient();
    const answers = [
      await c.call('Test.Read', undefined, { omitParams: true }),
      await c.call('Test.Read', {}),
      await c.call('Test.Read', []),
      await c.call('Test.Read', null),
    ];
    for (const a of answers) expect(a.result).toMatchObject({ role: 'admin', listener: 'api' });
  });

  it('answers -32602 with the problems in data when params fail validation', async () => {
    await setup();
    const c = await helloClient();
    const wrongType = await c.call('Test.Echo', { value: 'seven' });
    expect(wrongType.error).toMatchObject({ code: -32602, data: [{ path: '/value', message: 'must be number' }] });
    const missing = await c.call('Test.Echo', null);
    expect(missing.error?.code).toBe(-32602);
    expect(missing.error?.data).toEqual([{ path: '', message: "must have required property 'value'" }]);
    expect((await c.call('Test.Echo', { value: 7 })).result).toEqual({ value: 7 });
  });

  it('answers -32700 for unparsable JSON, -32600 for what is not a request, -32601 for an unknown method', async () => {
    await setup();
    const c = await helloClient();
    c.send('{"jsonrpc":"2.0","id":5,"method":');
    const parse = (await c.waitFor((f) => (f.json as RpcResponse)?.error?.code === -32700)).json as RpcResponse;
    expect(parse.id).toBeNull();
    expect(typeof parse.error!.data).toBe('string'); // the parser's message, not jayson's empty {}
    for (const bad of ['{"id":6,"method":"Test.Read"}', '"{\\"jsonrpc\\":\\"2.0\\",\\"id\\":7,\\"method\\":\\"Test.Read\\"}"', '42', 'null', '[]']) {
      const before = c.frames.length;
      c.send(bad);
      const [f] = (await c.frameCount(before + 1)).slice(before);
      expect((f!.json as RpcResponse).error?.code, bad).toBe(-32600);
    }
    expect((await c.call('No.Such', {})).error).toMatchObject({ code: -32601 });
    expect(c.isOpen).toBe(true);
  });

  it('answers a batch entry by entry, gives client notifications no reply', async () => {
    await setup();
    const c = await helloClient();
    c.send([
      { jsonrpc: '2.0', id: 'a', method: 'Test.Read' },
      { jsonrpc: '2.0', id: 'b', method: 'Test.Echo', params: { value: 'x' } },
      { jsonrpc: '2.0', id: 'c', method: 'No.Such' },
      { jsonrpc: '2.0', method: 'Test.Read' },
      { jsonrpc: '2.0', method: 'Test.Throw' },
      { foo: 1 },
    ]);
    const batch = (await c.waitFor((f) => Array.isArray(f.json))).json as RpcResponse[];
    expect(batch).toHaveLength(4);
    const byId = new Map(batch.map((r) => [r.id, r]));
    expect(byId.get('a')!.result).toMatchObject({ role: 'admin' });
    expect(byId.get('b')!.error!.code).toBe(-32602);
    expect(byId.get('c')!.error!.code).toBe(-32601);
    expect(byId.get(null)!.error!.code).toBe(-32600);
    // A lone notification: nothing comes back, the next request is the next frame.
    const before = c.frames.length;
    c.send({ jsonrpc: '2.0', method: 'Test.Read' });
    await c.call('Test.Echo', { value: 1 });
    expect(c.frames.slice(before).map((f) => (f.json as RpcResponse).id)).toEqual([2]);
  });

  it('turns handler exceptions into -32603, logs them, and keeps the connection and process going', async () => {
    const b = await setup();
    const c = await helloClient();
    expect((await c.call('Test.Throw')).error).toMatchObject({ code: -32603, message: 'Internal error' });
    expect((await c.call('Test.Reject')).error?.code).toBe(-32603);
    expect((await c.call('Test.Cyclic')).error?.code).toBe(-32603);
    const errors = b.logs.filter((l) => l.level === 'error').map((l) => l.message);
    expect(errors.some((m) => m.includes('Test.Throw failed') && m.includes('boom: a handler bug'))).toBe(true);
    expect(errors.some((m) => m.includes('Test.Reject failed') && m.includes('async boom'))).toBe(true);
    expect((await c.call('Test.Read')).result).toMatchObject({ role: 'admin' });
  });

  it('answers in order of completion: a slow method does not hold up the others', async () => {
    const b = await setup();
    const c = await helloClient();
    const before = c.frames.length;
    const slow = c.call('Test.Slow', { key: 'k1' });
    const fast = await c.call('Test.Read');
    expect(fast.result).toMatchObject({ role: 'admin' });
    expect(c.frames.length).toBe(before + 1); // only the fast answer so far
    expect(b.gates.has('k1')).toBe(true);
    b.gates.release('k1');
    expect((await slow).result).toEqual({ released: 'k1' });
    expect(c.frames.slice(before).map((f) => (f.json as RpcResponse).id)).toEqual([3, 2]);
  });
});

describe('frames', () => {
  it('accepts text and binary frames on /api and answers with text frames', async () => {
    await setup();
    const c = await connect();
    await c.call('API.Hello', {}, { binary: true });
    await c.call('Test.Read', {}, { binary: true });
    await c.call('Test.Read', {});
    expect(c.frames).toHaveLength(3);
    expect(c.frames.every((f) => !f.binary)).toBe(true);
  });

  it('answers with binary frames on /api when text_frames is false', async () => {
    await setup({ config: apiConfig({ text_frames: false }) });
    const c = await helloClient();
    await c.call('Test.Read');
    expect(c.frames.every((f) => f.binary)).toBe(true);
  });

  it('the EVerest listener selects the EVerestRpcApi subprotocol and answers with binary frames', async () => {
    const b = await setup({ config: apiConfig({ everest: { enabled: true, port: 0 } }) });
    expect(b.everestUrl).not.toBeNull();
    const c = await connect(b.everestUrl!, { protocols: [EVEREST_SUBPROTOCOL] });
    expect(c.ws.protocol).toBe(EVEREST_SUBPROTOCOL);
    await c.call('API.Hello', {});
    const r = await c.call('Test.Read', {}, { binary: true });
    expect(r.result).toMatchObject({ listener: 'everest' });
    await c.call('Test.Read', {});
    expect(c.frames).toHaveLength(3);
    expect(c.frames.every((f) => f.binary)).toBe(true);
    // The same subprotocol is accepted on /api too (an EVerest client pointed at the main port).
    const d = await connect(b.url, { protocols: [EVEREST_SUBPROTOCOL] });
    expect(d.ws.protocol).toBe(EVEREST_SUBPROTOCOL);
  });

  it('closes with 1009 when a message exceeds max_message_bytes', async () => {
    await setup({ config: apiConfig({ limits: { max_message_bytes: 4096 } }) });
    const c = await helloClient();
    // Just under the limit is fine.
    const fits = await c.call('Test.Echo', { value: 1, pad: 'x'.repeat(3900) });
    expect(fits.error?.code).toBe(-32602);
    c.send({ jsonrpc: '2.0', id: 99, method: 'Test.Echo', params: { value: 1, pad: 'x'.repeat(5000) } });
    expect((await c.closed).code).toBe(CLOSE_CODE.MESSAGE_TOO_BIG);
    expect(c.frames.some((f) => (f.json as RpcResponse).id === 99)).toBe(false);
  });
});

describe('request rate', () => {
  it('answers -32005 past the burst (2× requests_per_s), counting each batch entry, and refills with time', async () => {
    const b = await setup({ config: apiConfig({ limits: { requests_per_s: 5 } }) });
    const c = await connect();
    await c.hello(); // 1 of the burst of 10
    c.send(Array.from({ length: 11 }, (_, i) => ({ jsonrpc: '2.0', id: 100 + i, method: 'Test.Read' })));
    const batch = (await c.waitFor((f) => Array.isArray(f.json))).json as RpcResponse[];
    const refused = batch.filter((r) => r.error?.code === RPC_ERROR.RATE_LIMITED);
    expect(batch.filter((r) => r.result)).toHaveLength(9);
    expect(refused).toHaveLength(2);
    expect(refused[0]!.error!.message).toBe('rate limit exceeded');
    expect((await c.call('Test.Read')).error?.code).toBe(RPC_ERROR.RATE_LIMITED);
    b.clock.advance(400); // 2 tokens back
    expect((await c.call('Test.Read')).result).toBeDefined();
    expect((await c.call('Test.Read')).result).toBeDefined();
    expect((await c.call('Test.Read')).error?.code).toBe(RPC_ERROR.RATE_LIMITED);
    expect(c.isOpen).toBe(true);
  });

  it('disconnects (1008) a client that keeps flooding for 5 s, but not one that bursts and backs off', async () => {
    const b = await setup({ config: apiConfig({ limits: { requests_per_s: 5 } }) });
    const flooder = await helloClient();
    const burster = await helloClient();
    const burst = (c: TestClient, n: number): void =>
      c.send(Array.from({ length: n }, () => ({ jsonrpc: '2.0', method: 'Test.Read' })).concat([{ jsonrpc: '2.0', id: 'mark', method: 'Test.Read' } as never]));
    // The burster goes over once, then stays quiet for 2 s, then over again: two short streaks.
    burst(burster, 30);
    for (let second = 0; second <= 5; second++) {
      burst(flooder, 30);
      // The batch's answer: only the request with an id gets one (an error, the budget being gone).
      const got = await flooder.waitFor((f) => Array.isArray(f.json) && (f.json as RpcResponse[])[0]?.id === 'mark').then(
        () => 'answered',
        () => 'closed',
      );
      flooder.frames.length = 0;
      if (second < 5) expect(got).toBe('answered');
      if (second === 3) burst(burster, 30);
      b.clock.advance(1000);
    }
    const closed = await flooder.closed;
    expect(closed.code).toBe(CLOSE_CODE.POLICY_VIOLATION);
    expect(closed.reason).toMatch(/rate limit/);
    expect(burster.isOpen).toBe(true);
    expect(b.logs.some((l) => l.level === 'warn' && /over the request rate limit for too long/.test(l.message))).toBe(true);
  });

  it('unparsable input also drains the budget and counts toward flooding', async () => {
    const b = await setup({ config: apiConfig({ limits: { requests_per_s: 5 } }) });
    const c = await helloClient();
    for (let second = 0; second <= 5 && c.isOpen; second++) {
      for (let i = 0; i < 15; i++) c.send('not json');
      await c.frameCount(c.frames.length + 15).catch(() => undefined); // rejects once closed
      b.clock.advance(1000);
    }
    expect((await c.closed).code).toBe(CLOSE_CODE.POLICY_VIOLATION);
  });
});

describe('clients and notifications', () => {
  it('100 concurrent clients all receive a broadcast (one serialisation), clients without Hello do not', async () => {
    const b = await setup();
    const many = await Promise.all(Array.from({ length: 100 }, () => helloClient()));
    const silent = await connect();
    const params = { evse_index: 1, evse_status: { state: 'Charging', charged_energy_wh: 1234 } };
    const stringify = JSON.stringify;
    let serialisations = 0;
    JSON.stringify = ((...a: Parameters<typeof stringify>) => (serialisations++, stringify(...a))) as typeof stringify;
    let sent: number;
    try {
      sent = b.api.broadcast('EVSE.StatusChanged', params);
    } finally {
      JSON.stringify = stringify;
    }
    expect(sent).toBe(100);
    expect(serialisations).toBe(1);
    const got = await Promise.all(many.map((c) => c.waitFor((f) => (f.json as { method?: string }).method === 'EVSE.StatusChanged')));
    for (const f of got) expect(f.json).toEqual({ jsonrpc: '2.0', method: 'EVSE.StatusChanged', params });
    expect(silent.frames).toEqual([]);
    expect(b.api.clientCount).toBe(101);
  });

  it('refuses clients beyond max_clients with HTTP 503', async () => {
    const b = await setup({ config: apiConfig({ limits: { max_clients: 2 } }) });
    await connect();
    const second = await connect();
    await expect(TestClient.open(b.url)).rejects.toThrow(/503/);
    second.close();
    await second.closed;
    await expect.poll(() => b.api.clientCount).toBe(1);
    await connect(); // a place is free again
  });

  it('answers 404 for other upgrade paths', async () => {
    const b = await setup();
    await expect(TestClient.open(b.url.replace('/api', '/nope'))).rejects.toThrow(/404/);
  });

  it('stop() closes every client with 1001', async () => {
    const b = await setup({ config: apiConfig({ everest: { enabled: true, port: 0 } }) });
    const a = await helloClient();
    const e = await connect(b.everestUrl!);
    const fresh = await connect();
    await b.api.stop();
    for (const c of [a, e, fresh]) expect((await c.closed).code).toBe(CLOSE_CODE.GOING_AWAY);
    expect(b.api.clientCount).toBe(0);
    // The EVerest port is released and /api no longer upgrades.
    await expect(TestClient.open(b.everestUrl!)).rejects.toThrow();
    const late = new WebSocket(b.url);
    late.on('error', () => {});
    await new Promise((r) => late.once('close', r));
  });
});
