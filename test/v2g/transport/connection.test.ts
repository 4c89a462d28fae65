/**
 * V2gtpServer, connectV2gtp and the V2gtpConnection both give, over real TCP on ::1: round trip, TCP
 * cutting and gluing messages, the header checks (reported, then the connection closes), one EV session
 * per EVSE, the dynamic port range, and how connections end.
 */
import { connect, createServer, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { frameV2gtp, PayloadType } from '../../../appliance/src/v2g/exi/v2gtp.js';
import {
  connectV2gtp,
  DYNAMIC_PORT_MAX,
  DYNAMIC_PORT_MIN,
  V2gtpServer,
  type V2gtpCloseReason,
  type V2gtpConnection,
  type V2gtpErrorEvent,
  type V2gtpServerOptions,
} from '../../../appliance/src/v2g/transport/index.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function server(opts: Partial<V2gtpServerOptions> = {}): Promise<{ srv: V2gtpServer; port: number; conns: V2gtpConnection[]; next: () => Promise<V2gtpConnection> }> {
  const srv = new V2gtpServer({ host: '::1', ...opts });
  cleanups.push(() => srv.close());
  const conns: V2gtpConnection[] = [];
  const waiters: Array<(c: V2gtpConnection) => void> = [];
  let taken = 0;
  srv.onConnection((c) => {
    conns.push(c);
    waiters.shift()?.(c);
  });
  const { port } = await srv.listen();
  const next = (): Promise<V2gtpConnection> =>
    new Promise((r) => (conns.length > taken ? r(conns[taken++]!) : waiters.push((c) => (taken++, r(c)))));
  return { srv, port, conns, next };
}

/** A plain TCP socket to write arbitrary bytes with. */
async function raw(port: number): Promise<{ sock: Socket; data: () => Buffer; ended: Promise<void> }> {
  const sock = connect({ host: '::1', port });
  cleanups.push(() => sock.destroy());
  let buf = Buffer.alloc(0);
  sock.on('data', (d: Buffer) => (buf = Buffer.concat([buf, d])));
  sock.on('error', () => {});
  const ended = new Promise<void>((r) => sock.on('close', () => r()));
  await new Promise<void>((r) => sock.once('connect', () => r()));
  return { sock, data: () => buf, ended };
}

function collect(c: V2gtpConnection): { msgs: Array<[number, string]>; errors: V2gtpErrorEvent[]; closed: Promise<V2gtpCloseReason> } {
  const msgs: Array<[number, string]> = [];
  const errors: V2gtpErrorEvent[] = [];
  c.onMessage((t, p) => msgs.push([t, Buffer.from(p).toString('hex')]));
  c.onError((e) => errors.push(e));
  return { msgs, errors, closed: new Promise((r) => c.onClose(r)) };
}

const until = async (pred: () => boolean, ms = 3000): Promise<void> => {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 2));
  }
};
const exi = (hex: string): Uint8Array => frameV2gtp(PayloadType.Exi, Buffer.from(hex, 'hex'));

describe('V2GTP over TCP on ::1', () => {
  it('round trip: the EV connects, sends, the SECC answers on a port from 49152–65535', async () => {
    const { port, next, srv } = await server();
    expect(port).toBeGreaterThanOrEqual(DYNAMIC_PORT_MIN);
    expect(port).toBeLessThanOrEqual(DYNAMIC_PORT_MAX);
    const ev = await connectV2gtp('::1', port);
    cleanups.push(() => ev.destroy());
    const secc = await next();
    secc.onMessage((t, p) => secc.send(t, Uint8Array.from(p, (b) => b ^ 0xff)));
    const got = collect(ev);
    ev.send(PayloadType.Exi, Buffer.from('8000dbab9371d3234b71d1b981899189d191818991d26b9b3a232b30020000040040', 'hex'));
    ev.send(PayloadType.Exi, new Uint8Array(0));
    await until(() => got.msgs.length === 2);
    expect(got.msgs[0]![0]).toBe(PayloadType.Exi);
    expect(got.msgs[0]![1].slice(0, 6)).toBe('7fff24');
    expect(got.msgs[1]).toEqual([PayloadType.Exi, '']);
    expect(secc.stats()).toEqual({ messages_in: 2, messages_out: 2, bytes_in: 2 * 8 + 34, bytes_out: 2 * 8 + 34 });
    expect(srv.active).toBe(secc);
    expect(secc.remoteAddress).toBe('::1');
    expect(ev.remotePort).toBe(port);
  });

  it('reassembles a message delivered byte by byte', async () => {
    const { port, next } = await server();
    const r = await raw(port);
    const got = collect(await next());
    r.sock.setNoDelay(true);
    const m = exi('809a0211d63a4d2b1e6e2b1a50c0');
    for (const b of m) {
      r.sock.write(Uint8Array.of(b));
      await new Promise((res) => setTimeout(res, 1));
    }
    await until(() => got.msgs.length === 1);
    expect(got.msgs).toEqual([[0x8001, '809a0211d63a4d2b1e6e2b1a50c0']]);
  });

  it('splits several messages written in one chunk, in order', async () => {
    const { port, next } = await server();
    const r = await raw(port);
    const got = collect(await next());
    r.sock.write(Buffer.concat([exi('01'), exi('0202'), frameV2gtp(PayloadType.SdpRequest, Uint8Array.of(0x10, 0)), exi('')]));
    await until(() => got.msgs.length === 4);
    expect(got.msgs).toEqual([
      [0x8001, '01'],
      [0x8001, '0202'],
      [0x9000, '1000'],
      [0x8001, ''],
    ]);
  });

  it.each([
    ['an oversize length', '01fe800100001001', 'payload_too_long'],
    ['a wrong version', '02fd800100000001', 'bad_version'],
    ['an unknown payload type', '01fe123400000001', 'unknown_payload_type'],
  ])('%s: an error event for the consumer, then the connection is closed', async (_what, header, code) => {
    const { port, next } = await server({ maxPayload: 4096 });
    const r = await raw(port);
    const secc = await next();
    const got = collect(secc);
    r.sock.write(Buffer.concat([exi('aa'), Buffer.from(header + '00', 'hex')]));
    expect(await got.closed).toBe('header_error');
    await r.ended; // the EV's socket saw the end
    expect(got.msgs).toEqual([[0x8001, 'aa']]);
    expect(got.errors).toEqual([expect.objectContaining({ kind: 'header', code, header })]);
    expect(secc.open).toBe(false);
    expect(secc.send(PayloadType.Exi, new Uint8Array(1))).toBe(false);
  });

  it('the consumer may still write a last message from the error callback; it is flushed before the end', async () => {
    const { port, next } = await server();
    const r = await raw(port);
    const secc = await next();
    secc.onError(() => secc.send(PayloadType.Exi, Uint8Array.of(0xee)));
    r.sock.write(Buffer.from('02fd800100000000', 'hex'));
    await r.ended;
    expect(r.data().toString('hex')).toBe('01fe800100000001ee');
  });

  it('one EV session per EVSE: a second connection is refused while one is active; after it ends, a new one is accepted', async () => {
    const { srv, port, next } = await server();
    const events: string[] = [];
    srv.onEvent((e) => events.push(e.type));
    const first = await connectV2gtp('::1', port);
    const secc1 = await next();
    const second = await connectV2gtp('::1', port); // TCP accepts, the server then drops it
    expect(await new Promise((r) => second.onClose(r))).toBe('remote');
    expect(srv.stats()).toEqual({ accepted: 1, rejected: 1, replaced: 0 });
    // The first is untouched.
    const got = collect(secc1);
    first.send(PayloadType.Exi, Uint8Array.of(1));
    await until(() => got.msgs.length === 1);
    await first.close();
    expect(await got.closed).toBe('remote');
    await until(() => srv.active === undefined);
    const third = await connectV2gtp('::1', port);
    cleanups.push(() => third.destroy());
    await next();
    expect(srv.stats()).toEqual({ accepted: 2, rejected: 1, replaced: 0 });
    expect(events).toEqual(['accepted', 'rejected', 'accepted']);
  });

  it('secondConnection "replace": the newcomer takes the place of the old connection', async () => {
    const { srv, port, next } = await server({ secondConnection: 'replace' });
    const a = await connectV2gtp('::1', port);
    const seccA = await next();
    const closedA = new Promise((r) => seccA.onClose(r));
    const b = await connectV2gtp('::1', port);
    cleanups.push(() => b.destroy());
    const seccB = await next();
    expect(await closedA).toBe('replaced');
    await new Promise((r) => a.onClose(r));
    expect(srv.active).toBe(seccB);
    expect(srv.stats()).toEqual({ accepted: 2, rejected: 0, replaced: 1 });
  });

  it('a configured port is used; a taken one is an error', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen({ host: '::1', port: 0 }, r));
    cleanups.push(() => new Promise((r) => blocker.close(r)));
    const taken = (blocker.address() as { port: number }).port;
    await expect(new V2gtpServer({ host: '::1', port: taken }).listen()).rejects.toMatchObject({ code: 'EADDRINUSE' });
    const { port } = await server({ port: taken + 1 === 65536 ? taken - 1 : taken + 1 });
    expect([taken + 1, taken - 1]).toContain(port);
  });

  it('how connections end: local close, peer reset, send after close, messages before the first listener kept', async () => {
    const { port, next } = await server();
    const ev = await connectV2gtp('::1', port, undefined);
    const secc = await next();
    ev.send(PayloadType.Exi, Uint8Array.of(9));
    await new Promise((r) => setTimeout(r, 20)); // arrives before anyone listens
    const got = collect(secc);
    await until(() => got.msgs.length === 1);
    const evClosed = new Promise((r) => ev.onClose(r));
    await secc.close();
    expect(await got.closed).toBe('local');
    expect(await evClosed).toBe('remote');
    expect(ev.send(PayloadType.Exi, Uint8Array.of(1))).toBe(false);
    let late: V2gtpCloseReason | undefined;
    secc.onClose((r) => (late = r));
    await until(() => late === 'local'); // a listener added after the end still hears it

    const ev2 = await connectV2gtp('::1', port);
    const secc2 = await next();
    const got2 = collect(secc2);
    ev2.destroy(); // the EV vanishes: RST
    expect(await got2.closed).toBe('remote');
  });

  it('send() refuses a payload type V2GTP does not define (a caller bug)', async () => {
    const { port, next } = await server();
    const ev = await connectV2gtp('::1', port);
    cleanups.push(() => ev.destroy());
    await next();
    expect(() => ev.send(0x1234, new Uint8Array(1))).toThrow(/payload type/);
  });

  it('connectV2gtp rejects when nobody listens, and honours its abort signal', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen({ host: '::1', port: 0 }, r));
    const port = (probe.address() as { port: number }).port;
    await new Promise((r) => probe.close(r));
    await expect(connectV2gtp('::1', port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    const ac = new AbortController();
    ac.abort();
    await expect(connectV2gtp('::1', port, undefined, { signal: ac.signal })).rejects.toThrow(/aborted|ECONNREFUSED/);
  });
});
