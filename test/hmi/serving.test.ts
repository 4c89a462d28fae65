/**
 * The appliance serves the built HMI at `/` next to /health and the API, and hands the HMI's in-memory API
 * token (role hmi) to browsers on the appliance itself only (issue 7; docs/decisions.md).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../appliance/src/http/index.js';
import { Logger, memorySink, type LogRecord } from '../../appliance/src/shared/logger.js';
import { startApp, type AppBench } from '../api/app-bench.js';
import { HEALTH, TestClient } from '../api/harness.js';

/** GET with a chosen Host header (fetch will not let a test set it). */
function get(
  port: number,
  urlPath: string,
  host = `127.0.0.1:${port}`,
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: urlPath, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function portOf(bench: AppBench): number {
  const a = bench.app.http!.server.address();
  return a && typeof a === 'object' ? a.port : 0;
}

describe('the built HMI on the appliance, with API authentication required', () => {
  let bench: AppBench;
  let hmiDir: string;

  beforeAll(async () => {
    hmiDir = mkdtempSync(path.join(tmpdir(), 'ampbox-hmi-'));
    mkdirSync(path.join(hmiDir, 'assets'));
    writeFileSync(path.join(hmiDir, 'index.html'), '<!doctype html><title>hmi under test</title>');
    writeFileSync(path.join(hmiDir, 'assets', 'index-abc123.js'), 'console.log("hmi")');
    bench = await startApp({ api: { auth: { required: true, tokens: [] } } }, { hmiDir });
  });

  afterAll(async () => {
    await bench?.close();
    rmSync(hmiDir, { recursive: true, force: true });
  });

  it('serves index.html at / (revalidated) and hashed bundles as immutable, and /health still answers', async () => {
    const port = portOf(bench);
    const index = await get(port, '/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('hmi under test');
    expect(index.headers['cache-control']).toBe('no-cache');
    const js = await get(port, '/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers['cache-control']).toContain('immutable');
    expect((await get(port, '/health')).status).toBeLessThan(600);
    expect((await get(port, '/nothing-here')).status).toBe(404);
  });

  it('gives a loopback browser a token that says Hello with role hmi: read and authorize, no simulator', async () => {
    const session = await get(portOf(bench), '/hmi/session');
    expect(session.status).toBe(200);
    expect(session.headers['cache-control']).toBe('no-store');
    const { token } = JSON.parse(session.body) as { token: string };
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const c = await TestClient.open(bench.url);
    const hello = await c.hello(token);
    expect(hello.result).toMatchObject({
      authentication_required: true,
      authenticated: true,
      permission_scopes: { role: 'hmi' },
    });
    expect((await c.call('Display.GetState', { evse_index: 1 })).result).toMatchObject({ error: 'NoError' });
    expect((await c.call('Simulator.Unplug', { evse_index: 1 })).error?.code).toBe(-32003);
    c.ws.close();
  });

  it('refuses a Hello with a wrong token, as for any client', async () => {
    const c = await TestClient.open(bench.url);
    expect((await c.hello('not-the-hmi-token')).result).toMatchObject({
      authenticated: false,
    });
    c.ws.close();
  });

  it('keeps the HMI token when the configured tokens change', async () => {
    const { token } = JSON.parse((await get(portOf(bench), '/hmi/session')).body) as { token: string };
    bench.app.api!.server.setTokens([]);
    const c = await TestClient.open(bench.url);
    expect((await c.hello(token)).result).toMatchObject({
      authenticated: true,
    });
    c.ws.close();
  });

  it('turns away a page that reached the appliance under another name (DNS rebinding)', async () => {
    const r = await get(portOf(bench), '/hmi/session', 'charger.example.com');
    expect(r.status).toBe(403);
    expect(r.body).not.toMatch(/token/);
  });
});

describe('the HMI not built yet', () => {
  it('answers / with 503 and how to build it, logs it once, and keeps /health', async () => {
    const logs: LogRecord[] = [];
    const missing = path.join(tmpdir(), `ampbox-no-hmi-${process.pid}`);
    const app = createHttpServer(() => HEALTH, {
      hmi: {
        dir: missing,
        sessionToken: () => null,
        log: new Logger('http', { now: () => 0 }, memorySink(logs)),
      },
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const port = (app.server.address() as { port: number }).port;
      const page = await get(port, '/');
      expect(page.status).toBe(503);
      expect(page.body).toContain('npm run build');
      expect(logs.filter((l) => l.message.includes(missing))).toHaveLength(1);
      expect((await get(port, '/health')).status).toBe(200);
      // No API: no token to hand out.
      expect((await get(port, '/hmi/session')).status).toBe(404);
    } finally {
      await app.close();
    }
  });
});
