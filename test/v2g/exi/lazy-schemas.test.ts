/**
 * The ISO 15118-20 grammars are not loaded with the codec module (start-up cost, see docs/performance.md):
 * a fresh module instance decodes DIN and ISO-2 at once, refuses ISO-20 with a precise error until
 * loadSchemas() has run, and decodes it afterwards.
 */
import { describe, expect, it, vi } from 'vitest';

describe('EXI grammars loaded on demand', () => {
  it('ISO-20 needs loadSchemas(); DIN, ISO-2 and the handshake do not', async () => {
    vi.resetModules();
    const exi = await import('../../../appliance/src/v2g/exi/index.js');
    const din = exi.encode('din', { V2G_Message: { Header: { SessionID: '0102030405060708' }, Body: { SessionStopReq: {} } } } as never);
    expect(exi.decode('din', din)).toMatchObject({ V2G_Message: { Body: { SessionStopReq: {} } } });
    const doc = { SessionStopReq: { Header: { SessionID: '0102030405060708', TimeStamp: 1 }, ChargingSession: 'Terminate' } };
    expect(() => exi.encode('iso20', doc as never)).toThrow(/^schema iso20 is not loaded: await loadSchemas\(\['iso20'\]\) first$/);
    await exi.loadSchemas(['iso20']);
    const bytes = exi.encode('iso20', doc as never);
    expect(exi.decode('iso20', bytes)).toEqual(doc);
    expect(() => exi.decode('iso20-dc', bytes)).toThrow(/not loaded/);
    await expect(exi.loadSchemas(['iso21'])).rejects.toThrow(/unknown schema "iso21"/);
  });
});
