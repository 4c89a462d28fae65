/**
 * SdpServer and sdpDiscover on ::1 (simulation: unicast, no multicast) with real UDP sockets. The UDP
 * port is chosen by the kernel (port 0) so parallel test files never fight over 15118; the veth e2e test
 * (test/v2g/transport/veth.e2e.test.ts) runs the real port and ff02::1.
 */
import { createSocket, type Socket } from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import {
  encodeSdp,
  encodeSdpRequest,
  parseSdp,
  SdpServer,
  sdpDiscover,
  type SdpServerEvent,
} from '../../../appliance/src/v2g/sdp/index.js';

const servers: SdpServer[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  for (const s of sockets.splice(0)) s.close();
});

async function startServer(extra: Partial<ConstructorParameters<typeof SdpServer>[0]> = {}): Promise<{ server: SdpServer; port: number; events: SdpServerEvent[] }> {
  const events: SdpServerEvent[] = [];
  const server = new SdpServer({ seccPort: 53537, port: 0, onEvent: (e) => events.push(e), ...extra });
  servers.push(server);
  const { port } = await server.start();
  return { server, port, events };
}

/** A raw UDP client on ::1 that collects what comes back. */
async function rawClient(): Promise<{ send: (d: Uint8Array, port: number) => void; received: Buffer[]; next: () => Promise<Buffer> }> {
  const s = createSocket({ type: 'udp6', ipv6Only: true });
  sockets.push(s);
  await new Promise<void>((r) => s.bind({ address: '::1', port: 0 }, r));
  const received: Buffer[] = [];
  const waiters: Array<(b: Buffer) => void> = [];
  s.on('message', (m) => (waiters.length ? waiters.shift()!(m) : received.push(m)));
  return {
    send: (d, port) => s.send(d, port, '::1'),
    received,
    next: () => new Promise((r) => (received.length ? r(received.shift()!) : waiters.push(r))),
  };
}

const until = async (pred: () => boolean, ms = 2000): Promise<void> => {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('SdpServer + sdpDiscover on ::1', () => {
  it('discovers the SECC: ::1, the configured TCP port, NoTLS over TCP, on the first request', async () => {
    const { server, port, events } = await startServer();
    const r = await sdpDiscover({ port });
    expect(r).toMatchObject({ ok: true, address: '::1', scope: undefined, host: '::1', port: 53537, security: 'NoTLS', transport: 'TCP', attempts: 1 });
    await until(() => server.stats().answered === 1);
    expect(server.stats()).toEqual({ received: 1, answered: 1, malformed: 0, ignored: 0, tls_declined: 0, send_errors: 0 });
    expect(events).toEqual([expect.objectContaining({ type: 'answered', from: '::1', requested: 'NoTLS', offered: 'NoTLS' })]);
  });

  it('answers a TLS request with NoTLS while TLS is not offered [cars retry with no TLS], and with TLS once it is', async () => {
    const a = await startServer();
    expect(await sdpDiscover({ port: a.port, security: 'TLS' })).toMatchObject({ ok: true, security: 'NoTLS' });
    await until(() => a.server.stats().answered === 1);
    expect(a.server.stats().tls_declined).toBe(1);
    const b = await startServer({ offerTls: true });
    expect(await sdpDiscover({ port: b.port, security: 'TLS' })).toMatchObject({ ok: true, security: 'TLS' });
    expect(await sdpDiscover({ port: b.port, security: 'NoTLS' })).toMatchObject({ ok: true, security: 'NoTLS' });
  });

  it('announces a configured address and a port changed after start', async () => {
    const { server, port } = await startServer({ seccAddress: 'fe80::5610:ecff:fea1:f3e2%lo' });
    server.setSeccPort(60365);
    expect(await sdpDiscover({ port })).toMatchObject({ ok: true, address: 'fe80::5610:ecff:fea1:f3e2', port: 60365, scope: undefined });
  });

  it('answers the exact response datagram to a raw request, back to the sender’s port', async () => {
    const { port } = await startServer({ seccPort: 0xd121 });
    const c = await rawClient();
    c.send(encodeSdpRequest(), port);
    const res = await c.next();
    expect(res.toString('hex')).toBe('01fe900100000014' + '00000000000000000000000000000001' + 'd121' + '1000');
  });

  it('counts and ignores malformed datagrams and non-requests, and still answers the next valid one', async () => {
    const { server, port, events } = await startServer();
    const c = await rawClient();
    const bad = ['', '01', '02fd9000000000021000', '01fe1234000000021000', '01fe8001000000021000', '01fe900000000003100000', '01fe900000000002100000'];
    for (const h of bad) c.send(Buffer.from(h, 'hex'), port);
    // Well formed but not to be answered: a response, an undefined security byte, UDP transport.
    c.send(encodeSdp({ name: 'SDP_Res', secc_ip: '::1', secc_port: 1, security: 'NoTLS', transport: 'TCP' }), port);
    c.send(Buffer.from('01fe9000000000027700', 'hex'), port);
    c.send(encodeSdpRequest('NoTLS', 'UDP'), port);
    await until(() => server.stats().received === bad.length + 3);
    c.send(encodeSdpRequest(), port);
    const res = parseSdp(await c.next());
    expect(res).toMatchObject({ ok: true, message: { name: 'SDP_Res', secc_port: 53537 } });
    expect(c.received).toEqual([]); // nothing else was answered
    expect(server.stats()).toMatchObject({ received: bad.length + 4, malformed: bad.length, ignored: 3, answered: 1 });
    expect(events.filter((e) => e.type === 'ignored').map((e) => (e as { reason: string }).reason)).toEqual([
      'not_a_request',
      'unknown_security',
      'unsupported_transport',
    ]);
    expect(events.filter((e) => e.type === 'malformed').map((e) => (e as { error: { code: string } }).error.code)).toEqual([
      'truncated',
      'truncated',
      'bad_version',
      'unknown_payload_type',
      'not_sdp',
      'bad_length',
      'trailing_bytes',
    ]);
  });

  it('repeats the request when no response comes, and succeeds once the SECC is there', async () => {
    // Reserve a port, then start the server on it only after two requests went unanswered.
    const probe = createSocket({ type: 'udp6', ipv6Only: true });
    await new Promise<void>((r) => probe.bind({ address: '::1', port: 0 }, r));
    const port = probe.address().port;
    await new Promise<void>((r) => probe.close(() => r()));
    let started: Promise<unknown> | undefined;
    const r = await sdpDiscover({
      port,
      responseTimeoutMs: 50,
      onRequest: (n) => {
        if (n === 2) started = startServer({ port });
      },
    });
    await started;
    expect(r).toMatchObject({ ok: true, port: 53537 });
    expect(r.attempts).toBeGreaterThanOrEqual(3);
  });

  it('gives up after maxRequests unanswered requests with a timeout value', async () => {
    const c = await rawClient(); // a silent peer: receives requests, never answers
    const port = (sockets.at(-1)!.address()).port;
    const t0 = Date.now();
    const r = await sdpDiscover({ port, responseTimeoutMs: 30, maxRequests: 4 });
    expect(r).toEqual({ ok: false, reason: 'timeout', attempts: 4, ignored: 0 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(4 * 30 - 5);
    await until(() => c.received.length === 4);
    expect(c.received.map((b) => b.toString('hex'))).toEqual(new Array(4).fill('01fe9000000000021000'));
  });

  it('ignores garbage coming back and keeps waiting for a real response; stops on abort', async () => {
    const s = createSocket({ type: 'udp6', ipv6Only: true });
    sockets.push(s);
    await new Promise<void>((r) => s.bind({ address: '::1', port: 0 }, r));
    let n = 0;
    s.on('message', (_m, rinfo) => {
      n++;
      if (n === 1) s.send(Buffer.from('01fe90', 'hex'), rinfo.port, '::1'); // garbage
      if (n === 1) s.send(encodeSdpRequest(), rinfo.port, '::1'); // a request is not a response
      if (n === 2) s.send(encodeSdp({ name: 'SDP_Res', secc_ip: '::1', secc_port: 50001, security: 'NoTLS', transport: 'TCP' }), rinfo.port, '::1');
    });
    const r = await sdpDiscover({ port: s.address().port, responseTimeoutMs: 100 });
    expect(r).toMatchObject({ ok: true, port: 50001, attempts: 2, ignored: 2 });

    const ac = new AbortController();
    const pending = sdpDiscover({ port: s.address().port, responseTimeoutMs: 10_000, signal: ac.signal });
    ac.abort(); // while the socket is still being bound
    expect(await pending).toMatchObject({ ok: false, reason: 'aborted' });
    const ac2 = new AbortController();
    const pending2 = sdpDiscover({ port: s.address().port, responseTimeoutMs: 10_000, signal: ac2.signal, onRequest: () => ac2.abort() });
    expect(await pending2).toMatchObject({ ok: false, reason: 'aborted', attempts: 1 });
  });

  it('refuses to start when the announced address is not IPv6, or an interface has no link-local address', async () => {
    await expect(new SdpServer({ seccPort: 1, port: 0, seccAddress: '10.0.0.1' }).start()).rejects.toThrow(/not an IPv6/);
    await expect(new SdpServer({ seccPort: 1, port: 0, interface: 'ampbox-nonexistent0' }).start()).rejects.toThrow(/no link-local/);
  });
});
