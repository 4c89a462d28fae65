/**
 * The EV's side of supportedAppProtocol and its own message timeout (V2G_EVCC_Msg_Timeout): what happens
 * when the charger speaks none of the offered protocols, or stops answering.
 */
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../appliance/src/shared/clock.js';
import { decode, encode, PayloadType } from '../../../appliance/src/v2g/exi/index.js';
import { Evcc } from '../../../appliance/src/v2g/evcc/index.js';
import { memoryPair } from './memory-pair.js';
import { start } from './harness.js';

describe('Evcc handshake and EV-side timeouts', () => {
  it('offers its protocols by priority with an unfamiliar namespace among them', () => {
    const r = start({
      scenario: 'iso2-dc',
      evcc: { protocols: ['din', 'iso2'], extra_offers: [{ namespace: 'urn:tesla:din:2018:MsgDef', major: 2, minor: 0, priority: 3 }] },
    });
    const req = decode('appProtocol', r.sent[0]!) as any;
    expect(req.supportedAppProtocolReq.AppProtocol).toEqual([
      { ProtocolNamespace: 'urn:din:70121:2012:MsgDef', VersionNumberMajor: 2, VersionNumberMinor: 0, SchemaID: 1, Priority: 1 },
      { ProtocolNamespace: 'urn:iso:15118:2:2013:MsgDef', VersionNumberMajor: 2, VersionNumberMinor: 0, SchemaID: 2, Priority: 2 },
      { ProtocolNamespace: 'urn:tesla:din:2018:MsgDef', VersionNumberMajor: 2, VersionNumberMinor: 0, SchemaID: 3, Priority: 3 },
    ]);
    // The ISO-2-only charger skips DIN and the Tesla namespace.
    expect(r.evcc.status.protocol).toBe('iso2');
  });

  it('ends with Failed_NoNegotiation when the charger speaks none of its protocols', () => {
    const r = start({ scenario: 'iso2-dc', evcc: { protocols: ['din'] } });
    expect(r.runUntilDone()).toBe(true);
    expect(r.evcc.outcome).toMatchObject({ result: 'failed', failed_code: 'Failed_NoNegotiation', protocol: null });
    expect(r.ends[0]).toMatchObject({ how: 'error', detail: expect.stringContaining('Failed_NoNegotiation') });
    expect(r.pair.closed).not.toBeNull();
  });

  it('gives up after V2G_EVCC_CommunicationSetup_Timeout when nothing answers, and closes', () => {
    const clock = new ManualClock();
    const pair = memoryPair();
    const evcc = new Evcc(clock, {}, { protocols: ['din'] });
    evcc.start(pair.ev); // nobody listens on pair.secc
    clock.advance(19_999);
    expect(evcc.outcome).toBeNull();
    clock.advance(1);
    expect(evcc.outcome).toMatchObject({ result: 'failed', reason: 'EV timeout: no supportedAppProtocolRes within 20000 ms' });
    expect(pair.closed).toBe('EV timeout: no supportedAppProtocolRes within 20000 ms');
    expect(clock.pending()).toBe(0);
  });

  it('gives up after V2G_EVCC_Msg_Timeout when a request stays unanswered', () => {
    const clock = new ManualClock();
    const pair = memoryPair();
    const evcc = new Evcc(clock, {}, { protocols: ['din'], timing: { msg_timeout_ms: 2_000 } });
    // A charger that negotiates, then never answers again.
    let first = true;
    pair.secc.onMessage(() => {
      if (!first) return;
      first = false;
      pair.secc.send(PayloadType.Exi, encode('appProtocol', { supportedAppProtocolRes: { ResponseCode: 'OK_SuccessfulNegotiation', SchemaID: 1 } }));
    });
    evcc.start(pair.ev);
    expect(evcc.responses[0]).toEqual({ name: 'supportedAppProtocolRes', code: 'OK_SuccessfulNegotiation' });
    clock.advance(2_019);
    expect(evcc.outcome).toBeNull();
    clock.advance(2);
    expect(evcc.outcome).toMatchObject({ result: 'failed', stage: 'SessionSetup', reason: 'EV timeout: no SessionSetupRes within 2000 ms' });
    expect(pair.closed).not.toBeNull();
  });

  it('resolves `done` with the outcome', async () => {
    const r = start({ scenario: 'din' });
    r.runUntilDone();
    await expect(r.evcc.done).resolves.toEqual(r.evcc.outcome);
  });
});
