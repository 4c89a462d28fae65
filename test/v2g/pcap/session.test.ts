/**
 * From packets to the session: link layers (Ethernet with VLAN, Linux cooked v1/v2, raw IP), IPv4 and
 * IPv6, SLAC by name with its key fields, SDP, V2G streams found by their V2GTP header on any port, the EV
 * side from the SYN / the SDP port / the content, the schema from the handshake, failures shown.
 */
import { describe, expect, it } from 'vitest';
import { analyze, readCapture, type Packet } from '../../../appliance/src/v2g/pcap/index.js';
import { EVSE_IP, EV_IP, concat, ethernet, hex, ipv6, tcp, udp, v2gtp, writePcap } from './writer.js';

const SAP_REQ = v2gtp(hex('8000dbab9371d3234b71d1b981899189d191818991d26b9b3a232b30020000040040'));
const SAP_RES = v2gtp(hex('80400040'));
const SESSION_SETUP_REQ = v2gtp(hex('809a02000000000000000011d00000'));
const SESSION_SETUP_RES = v2gtp(hex('809a021050908c0c0c0c0d91e000040080'));
const CURRENT_DEMAND_RES = v2gtp(hex('809a02000000000ef04d44d0e0a041000001828730081818000000060a1e806030306402038628e800'));
const SLAC_PARM_REQ = hex('ffffffffffffdc0ea111670888e101646000000000dc0ea1116708000000000000000000000000000000000000000000000000000000000000000000');
const SDP_REQ = v2gtp(hex('1000'), 0x9000);
const SDP_RES = hex('01fe900100000014fe800000000000005610ecfffea1f3e2d1211000');
const SYN = 0x02;
const ACK = 0x10;
const PSH = 0x08;

type Wrap = (ip: Uint8Array, ethertype: number, fromEv: boolean) => Uint8Array;
const eth: Wrap = (ip, et, fromEv) => ethernet(ip, et, fromEv);

function ipv4(src: number, dst: number, l4: Uint8Array, proto: number): Uint8Array {
  const h = new Uint8Array(20);
  h[0] = 0x45;
  h[2] = (20 + l4.length) >> 8;
  h[3] = (20 + l4.length) & 0xff;
  h[8] = 64;
  h[9] = proto;
  h.set([10, 0, 0, src], 12);
  h.set([10, 0, 0, dst], 16);
  return concat(h, l4);
}

/** A small DIN session: SDP, then TCP from EV port 50000 to EVSE port 53537 with the handshake and setup. */
function session(opts: { v4?: boolean; wrap?: Wrap; linktype?: number; syn?: boolean; evPort?: number; seccPort?: number } = {}): Packet[] {
  const wrap = opts.wrap ?? eth;
  const ev = opts.evPort ?? 50000;
  const secc = opts.seccPort ?? 53537;
  const ip = (l4: Uint8Array, fromEv: boolean, proto: number): Uint8Array =>
    opts.v4 ? wrap(ipv4(fromEv ? 1 : 2, fromEv ? 2 : 1, l4, proto), 0x0800, fromEv) : wrap(ipv6(proto, fromEv ? EV_IP : EVSE_IP, fromEv ? EVSE_IP : EV_IP, l4), 0x86dd, fromEv);
  const pk: Uint8Array[] = [];
  pk.push(ip(udp(50001, 15118, SDP_REQ), true, 17));
  pk.push(ip(udp(15118, 50001, SDP_RES), false, 17));
  let evSeq = 5000;
  let seSeq = 9000;
  if (opts.syn !== false) {
    pk.push(ip(tcp(ev, secc, evSeq++, SYN), true, 6));
    pk.push(ip(tcp(secc, ev, seSeq++, SYN | ACK), false, 6));
  }
  for (const [m, fromEv] of [[SAP_REQ, true], [SAP_RES, false], [SESSION_SETUP_REQ, true], [SESSION_SETUP_RES, false], [CURRENT_DEMAND_RES, false]] as const) {
    pk.push(ip(tcp(fromEv ? ev : secc, fromEv ? secc : ev, fromEv ? evSeq : seSeq, PSH | ACK, m), fromEv, 6));
    if (fromEv) evSeq += m.length;
    else seSeq += m.length;
  }
  return pk.map((data, i) => ({ frame: i + 1, t: 100 + i * 0.25, linktype: opts.linktype ?? 1, data, origLen: data.length }));
}

const summary = (pk: Packet[]): string[] => analyze(pk).events.map((e) => `${e.kind} ${e.dir} ${e.name}`);
const WANT = [
  'sdp EV->EVSE SDP_Req',
  'sdp EVSE->EV SDP_Res',
  'v2g EV->EVSE supportedAppProtocolReq',
  'v2g EVSE->EV supportedAppProtocolRes',
  'v2g EV->EVSE SessionSetupReq',
  'v2g EVSE->EV SessionSetupRes',
  'v2g EVSE->EV CurrentDemandRes',
];

const sll: Wrap = (ip, et, fromEv) => concat(Uint8Array.of(0, fromEv ? 0 : 4, 0, 1, 0, 6), hex(fromEv ? '0200000000010000' : '0200000000020000'), Uint8Array.of(et >> 8, et & 0xff), ip);
const sll2: Wrap = (ip, et, fromEv) => concat(Uint8Array.of(et >> 8, et & 0xff, 0, 0, 0, 0, 0, 2, 0, 1, fromEv ? 0 : 4, 6), hex(fromEv ? '0200000000010000' : '0200000000020000'), ip);
const vlan: Wrap = (ip, et, fromEv) => ethernet(ip, et, fromEv, 0x0064);
const raw: Wrap = (ip) => ip;

describe('analyze', () => {
  it.each([
    ['Ethernet / IPv6', {}],
    ['Ethernet / IPv4', { v4: true }],
    ['802.1Q VLAN', { wrap: vlan }],
    ['Linux cooked v1', { wrap: sll, linktype: 113 }],
    ['Linux cooked v2', { wrap: sll2, linktype: 276 }],
    ['raw IPv6', { wrap: raw, linktype: 101 }],
    ['raw IPv4', { wrap: raw, linktype: 228, v4: true }],
  ] as const)('reads SDP and V2G over %s', (_, opts) => {
    expect(summary(session(opts))).toEqual(WANT);
  });

  it('gives SDP its security, address and port, V2G its schema, stream and key values', () => {
    const evs = analyze(session()).events;
    expect(evs[1]!.fields).toEqual({ address: 'fe80::5610:ecff:fea1:f3e2', port: 53537, security: 'NoTLS', transport: 'TCP' });
    expect(evs[0]!.fields).toEqual({ security: 'NoTLS', transport: 'TCP' });
    expect(evs.slice(2).map((e) => [e.schema, e.stream])).toEqual([...Array(2).fill(['appProtocol', 0]), ...Array(3).fill(['din', 0])]);
    expect(evs[3]!.fields).toEqual({ ResponseCode: 'OK_SuccessfulNegotiation', SchemaID: 1 });
    expect(evs[5]!.fields).toMatchObject({ ResponseCode: 'OK', SessionID: '4142423030303036', EVSEID: '00' });
    expect(evs[6]!.fields).toMatchObject({ ResponseCode: 'FAILED_SequenceError', EVSEStatusCode: expect.any(String), EVSEPresentVoltage: expect.any(Number), EVSEPresentCurrent: expect.any(Number) });
  });

  it('finds the EV side without the SYN, by the port the SDP response advertised', () => {
    expect(summary(session({ syn: false }))).toEqual(WANT);
  });

  it('finds the EV side without SYN or SDP, by the messages it sends', () => {
    const pk = session({ syn: false, seccPort: 61000, evPort: 40000 }).slice(2);
    expect(summary(pk)).toEqual(WANT.slice(2));
  });

  it('shows an EXI payload that does not decode, and goes on', () => {
    const pk = session();
    const bad = pk[6]!.data.slice();
    bad[bad.length - 12] = bad[bad.length - 12]! ^ 0xff; // inside SessionSetupReq
    pk[6] = { ...pk[6]!, data: bad };
    const evs = analyze(pk).events.filter((e) => e.kind === 'v2g');
    expect(evs.map((e) => e.name)).toEqual(['supportedAppProtocolReq', 'supportedAppProtocolRes', '?', 'SessionSetupRes', 'CurrentDemandRes']);
    expect(evs[2]!.error).toMatch(/^ExiError: /);
  });

  it('names SLAC frames with their key fields and the EV side', () => {
    const pk: Packet[] = [{ frame: 1, t: 1, linktype: 1, data: SLAC_PARM_REQ, origLen: 60 }];
    const [e] = analyze(pk).events;
    expect(e).toMatchObject({ kind: 'slac', dir: 'EV->EVSE', name: 'CM_SLAC_PARM.REQ' });
    expect(e!.fields).toMatchObject({ src: 'dc:0e:a1:11:67:08', dst: 'ff:ff:ff:ff:ff:ff', run_id: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it('notes a TLS connection instead of decoding it', () => {
    const hello = ethernet(ipv6(6, EV_IP, EVSE_IP, tcp(50000, 53537, 1, PSH | ACK, hex('160301002a01000026'))));
    const a = analyze([{ frame: 1, t: 1, linktype: 1, data: hello, origLen: hello.length }]);
    expect(a.events).toEqual([]);
    expect(a.notes[0]).toMatch(/^TLS connection fe80::1 port 50000 <-> fe80::2 port 53537/);
  });

  it('starts a new stream when the same addresses and ports connect again', () => {
    const first = session();
    const again = session().slice(2).map((p, i) => ({ ...p, frame: first.length + i + 1, t: 200 + i }));
    const evs = analyze([...first, ...again]).events.filter((e) => e.kind === 'v2g');
    expect(evs.map((e) => e.stream)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    expect(evs.slice(5).map((e) => e.name)).toEqual(WANT.slice(2).map((w) => w.split(' ')[2]));
  });

  it('reads the session the same from a file', () => {
    const pk = session();
    const cap = readCapture(writePcap(pk.map((p) => ({ t: p.t, data: p.data }))));
    expect(summary(cap.packets)).toEqual(WANT);
  });
});
