/**
 * Issue 6, TLS: with http.tls the appliance's server speaks HTTPS, so /api is wss://, and the EVerest
 * listener serves the same certificate. A throwaway self-signed certificate is made here with node-forge.
 * Unreadable or mismatched files fail at start with a ConfigError naming the setting.
 *
 * Checked that these tests can fail: with `https: tls` dropped from createHttpServer, the wss client fails
 * its handshake; with the createSecureContext check removed, the mismatched-key test creates a server.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import forge from 'node-forge';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ConfigError } from '../../appliance/src/config/index.js';
import { createHttpServer, readTlsFiles } from '../../appliance/src/http/index.js';
import { apiConfig, HEALTH, startBench, TestClient, type Bench } from './harness.js';

interface Pem {
  cert: string;
  key: string;
}

/** A self-signed certificate for localhost / 127.0.0.1, valid for a day. */
function selfSigned(cn = 'localhost'): Pem {
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01' + forge.util.bytesToHex(forge.random.getBytesSync(8));
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
  const name = [{ name: 'commonName', value: cn }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true },
    { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: forge.pki.privateKeyToPem(keys.privateKey) };
}

const dir = mkdtempSync(path.join(tmpdir(), 'ampbox-tls-'));
let pem: Pem;
let files: { cert: string; key: string };

beforeAll(() => {
  pem = selfSigned();
  files = { cert: path.join(dir, 'cert.pem'), key: path.join(dir, 'key.pem') };
  writeFileSync(files.cert, pem.cert);
  writeFileSync(files.key, pem.key);
});

let bench: Bench | null = null;
afterEach(async () => {
  await bench?.close();
  bench = null;
});

describe('http.tls', () => {
  it('serves /api as wss:// and the EVerest listener with the same certificate', async () => {
    bench = await startBench({ tls: readTlsFiles(files), config: apiConfig({ everest: { enabled: true, port: 0 } }) });
    expect(bench.url.startsWith('wss://')).toBe(true);
    for (const url of [bench.url, bench.everestUrl!]) {
      const c = await TestClient.open(url, { ca: pem.cert });
      expect((await c.hello()).result).toMatchObject({ authenticated: true });
      expect((await c.call('Test.Read')).result).toMatchObject({ role: 'admin' });
      c.close();
      await c.closed;
    }
    // /health is HTTPS too.
    const res = await bench.http.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
  });

  it('takes file paths, and a client that does not trust the certificate cannot connect', async () => {
    bench = await startBench({ tls: files });
    await expect(TestClient.open(bench.url)).rejects.toThrow(/self-signed|certificate/i);
    const plain = new WebSocket(bench.url.replace('wss://', 'ws://'));
    const outcome = await new Promise<string>((resolve) => {
      plain.once('open', () => resolve('open'));
      plain.once('error', () => resolve('error'));
    });
    expect(outcome).toBe('error');
    plain.terminate();
  });

  it('unreadable files: a ConfigError naming the setting and the file', () => {
    const missing = { cert: path.join(dir, 'nope.pem'), key: files.key };
    expect(() => createHttpServer(() => HEALTH, { tls: missing })).toThrow(ConfigError);
    try {
      readTlsFiles({ cert: missing.cert, key: path.join(dir, 'also-nope.pem') });
      expect.unreachable();
    } catch (e) {
      expect((e as ConfigError).problems).toEqual([`http.tls.cert: cannot read ${missing.cert}: ENOENT`, `http.tls.key: cannot read ${path.join(dir, 'also-nope.pem')}: ENOENT`]);
    }
  });

  it('invalid PEM or a key that does not belong to the certificate: a ConfigError at start', () => {
    const garbage = path.join(dir, 'garbage.pem');
    writeFileSync(garbage, 'not a certificate\n');
    expect(() => readTlsFiles({ cert: garbage, key: files.key })).toThrow(/http\.tls: .*not a usable PEM certificate and matching key/);
    const other = selfSigned('other');
    const otherKey = path.join(dir, 'other-key.pem');
    writeFileSync(otherKey, other.key);
    expect(() => readTlsFiles({ cert: files.cert, key: otherKey })).toThrow(ConfigError);
  });
});
