/**
 * runSessionOnConnection over an in-memory V2gConnection (no sockets): handshake, the DIN session, and the
 * connection closed exactly when the session ends — after the last answer was written.
 */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { encode, decode, PayloadType } from '../../../appliance/src/v2g/exi/index.js';
import { dinProtocol } from '../../../appliance/src/v2g/din/index.js';
import type { V2gConnection } from '../../../appliance/src/v2g/session/connection.js';
import { MemoryConnection } from './memory-connection.js';
import { runSessionOnConnection } from '../../../appliance/src/v2g/session/run.js';
import { EV, request, response, ZERO_ID } from '../din/ev-messages.js';
import { ScriptedEvse } from '../din/scripted-evse.js';

const SID = '0011223344556677';
const offers = (...ns: Array<[string, number, number]>) =>
  encode('appProtocol', {
    supportedAppProtocolReq: {
      AppProtocol: ns.map(([ProtocolNamespace, SchemaID, Priority]) => ({ ProtocolNamespace, VersionNumberMajor: 2, VersionNumberMinor: 0, SchemaID, Priority })),
    },
  });

function start() {
  const conn = new MemoryConnection();
  const clock = new ManualClock();
  const evse = new ScriptedEvse();
  const ends: string[] = [];
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const run = runSessionOnConnection(conn, { protocols: [dinProtocol], evse, clock, log: quiet, sessionId: () => SID, onEnd: (how) => ends.push(how) });
  return { conn, clock, evse, ends, run };
}

describe('runSessionOnConnection', () => {
  it('negotiates DIN (skipping Tesla), runs the session and closes after SessionStopRes', () => {
    const t = start();
    t.conn.deliver(offers(['urn:din:70121:2012:MsgDef', 1, 2], ['urn:tesla:din:2018:MsgDef', 2, 1]));
    expect(decode('appProtocol', t.conn.lastPayload())).toEqual({ supportedAppProtocolRes: { ResponseCode: 'OK_SuccessfulNegotiation', SchemaID: 1 } });
    expect(t.run.protocol).toBe(dinProtocol);
    const steps: Array<Record<string, unknown>> = [
      EV.ServiceDiscoveryReq(),
      EV.ServicePaymentSelectionReq(),
      EV.ContractAuthenticationReq(),
      EV.ChargeParameterDiscoveryReq(),
      EV.CableCheckReq(),
      EV.PreChargeReq(100, 1),
      EV.PowerDeliveryReq(true),
      EV.CurrentDemandReq(100, 10),
      EV.PowerDeliveryReq(false),
      EV.WeldingDetectionReq(),
      EV.SessionStopReq(),
    ];
    t.conn.deliver(request(ZERO_ID, EV.SessionSetupReq()));
    expect(response(t.conn.lastPayload()).sessionId).toBe(SID);
    for (const body of steps) {
      expect(t.conn.closed).toBe(false);
      t.conn.deliver(request(SID, body));
      expect(response(t.conn.lastPayload()).res.ResponseCode).toBe('OK');
    }
    expect(t.conn.log.at(-1)).toEqual({ closed: expect.stringContaining('terminate') });
    expect(t.ends).toEqual(['terminate']);
    expect(t.evse.ended.map((e) => e.how)).toEqual(['terminate']);
    expect(t.clock.pending()).toBe(0);
  });

  it('answers Failed_NoNegotiation and closes when no offered protocol is configured', () => {
    const t = start();
    t.conn.deliver(offers(['urn:iso:15118:2:2013:MsgDef', 0, 1]));
    expect(decode('appProtocol', t.conn.lastPayload())).toEqual({ supportedAppProtocolRes: { ResponseCode: 'Failed_NoNegotiation' } });
    expect(t.conn.closed).toBe(true);
    expect(t.evse.ended[0]).toMatchObject({ how: 'error', detail: expect.stringContaining('Failed_NoNegotiation') });
  });

  it('answers garbage in place of the handshake with Failed_NoNegotiation and closes', () => {
    const t = start();
    t.conn.deliver(Uint8Array.of(0x80, 0x00, 0xff));
    expect(decode('appProtocol', t.conn.lastPayload())).toEqual({ supportedAppProtocolRes: { ResponseCode: 'Failed_NoNegotiation' } });
    expect(t.conn.closed).toBe(true);
  });

  it('closes when no handshake arrives within the communication setup timeout (20 s)', () => {
    const t = start();
    t.clock.advance(19_999);
    expect(t.conn.closed).toBe(false);
    t.clock.advance(1);
    expect(t.conn.closed).toBe(true);
    expect(t.evse.ended).toHaveLength(1);
  });

  it('closes the connection when the sequence timeout fires mid-session', () => {
    const t = start();
    t.conn.deliver(offers(['urn:din:70121:2012:MsgDef', 1, 1]));
    t.conn.deliver(request(ZERO_ID, EV.SessionSetupReq()));
    t.clock.advance(60_000);
    expect(t.conn.closed).toBe(true);
    expect(t.evse.ended).toEqual([{ how: 'error', detail: expect.stringContaining('timeout') }]);
    expect(t.clock.pending()).toBe(0);
  });

  it('sends the FAILED_SequenceError answer before closing', () => {
    const t = start();
    t.conn.deliver(offers(['urn:din:70121:2012:MsgDef', 1, 1]));
    t.conn.deliver(request(ZERO_ID, EV.SessionSetupReq()));
    t.conn.deliver(request(SID, EV.CurrentDemandReq()));
    const sent = t.conn.log.at(-2) as { payload: Uint8Array };
    expect(response(sent.payload).res.ResponseCode).toBe('FAILED_SequenceError');
    expect(t.conn.log.at(-1)).toHaveProperty('closed');
  });

  it('ends the session (error) when the EV hangs up mid-session, and only once', () => {
    const t = start();
    t.conn.deliver(offers(['urn:din:70121:2012:MsgDef', 1, 1]));
    t.conn.deliver(request(ZERO_ID, EV.SessionSetupReq()));
    t.conn.peerClose('ECONNRESET');
    t.clock.advance(120_000);
    expect(t.evse.ended).toEqual([{ how: 'error', detail: 'connection closed: ECONNRESET' }]);
    expect(t.ends).toEqual(['error']);
  });

  it('closes without an answer when a V2G message does not decode', () => {
    const t = start();
    t.conn.deliver(offers(['urn:din:70121:2012:MsgDef', 1, 1]));
    const sentBefore = t.conn.log.length;
    t.conn.deliver(Uint8Array.of(0x80, 0x9a, 0xff, 0xff, 0xff));
    expect(t.conn.log.slice(sentBefore)).toEqual([{ closed: expect.stringContaining('EXI decode error') }]);
    expect(t.evse.ended[0]?.how).toBe('error');
  });

  it('closes on a V2GTP payload type that is not EXI', () => {
    const t = start();
    t.conn.deliver(Uint8Array.of(0), PayloadType.SdpRequest);
    expect(t.conn.closed).toBe(true);
  });
});

describe('V2gConnection shape', () => {
  it("is implemented by the transport's V2gtpConnection (compile-time check)", () => {
    type Transport = import('../../../appliance/src/v2g/transport/index.js').V2gtpConnection;
    const fits = (c: Transport): V2gConnection => c;
    expect(fits).toBeTypeOf('function');
  });
});
