/**
 * Issue 8, log upload (appliance/src/ocpp/log-upload.ts): PUT to the test CSMS's upload endpoint, one file
 * as it is, several joined into one text file with headers; precise errors for refused, failed and
 * unsupported locations.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { logBundle, LogUploadError, uploadLogs } from '../../../appliance/src/ocpp/index.js';
import { startCsms, type TestCsms } from '../csms/index.js';

let csms: TestCsms | null = null;
let server: http.Server | null = null;
afterEach(async () => {
  await csms?.close();
  csms = null;
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = null;
});

const opts = { identity: 'ampbox-1', now: Date.UTC(2026, 4, 6, 7, 8, 9) };

describe('log upload', () => {
  it('PUTs one file as it is, under its own name', async () => {
    csms = await startCsms();
    const name = await uploadLogs(`${csms.uploadUrl}/`, [{ name: 'errors.jsonl', content: '{"a":1}\n' }], opts);
    expect(name).toBe('errors.jsonl');
    expect(csms.uploads()).toEqual([{ name: 'errors.jsonl', body: Buffer.from('{"a":1}\n') }]);
  });

  it('joins several files into one text file with a header per file', async () => {
    csms = await startCsms();
    const files = [
      { name: 'errors.jsonl', content: '{"a":1}\n' },
      { name: 'sessions.jsonl', content: Buffer.from('{"b":2}') },
    ];
    const name = await uploadLogs(`${csms.uploadUrl}/`, files, opts);
    expect(name).toBe('ampbox-1-logs-20260506T070809Z.txt');
    const [up] = csms.uploads();
    expect(up!.name).toBe(name);
    expect(up!.body.toString()).toBe('===== errors.jsonl (8 bytes) =====\n{"a":1}\n===== sessions.jsonl (7 bytes) =====\n{"b":2}\n');
    expect(logBundle([], opts).body.toString()).toBe('no log records in the requested period\n');
  });

  it('a location naming the file is used as it is; user and password become Basic auth', async () => {
    let seen: { url?: string; auth?: string; method?: string } = {};
    server = http.createServer((req, res) => {
      seen = { url: req.url, auth: req.headers.authorization, method: req.method };
      req.resume();
      req.on('end', () => res.writeHead(201).end());
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as AddressInfo).port;
    await uploadLogs(`http://diag:s%3Acret@127.0.0.1:${port}/in/station.log`, [{ name: 'x.log', content: 'x' }], opts);
    expect(seen).toEqual({ url: '/in/station.log', auth: `Basic ${Buffer.from('diag:s:cret').toString('base64')}`, method: 'PUT' });
  });

  it('precise errors: HTTP status, connection refused, unsupported scheme, not a URL', async () => {
    csms = await startCsms();
    const files = [{ name: 'a.log', content: 'a' }];
    await expect(uploadLogs(csms.uploadUrl.replace('/upload', '/nowhere/'), files, opts)).rejects.toThrow(
      new LogUploadError(`log upload to ${csms.uploadUrl.replace('/upload', '/nowhere/')}a.log: HTTP 404 Not Found`),
    );
    const port = csms.port;
    await csms.close();
    csms = null;
    await expect(uploadLogs(`http://127.0.0.1:${port}/upload/`, files, opts)).rejects.toThrow(`log upload to http://127.0.0.1:${port}/upload/a.log failed: ECONNREFUSED`);
    await expect(uploadLogs('ftp://example.org/logs/', files, opts)).rejects.toThrow('log upload: only http:// and https:// locations are supported, got ftp://');
    await expect(uploadLogs('not a url', files, opts)).rejects.toThrow('log upload: not a URL: not a url');
  });
});
