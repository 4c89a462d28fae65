/**
 * Log upload over HTTP (1.6 §5.9 GetDiagnostics with DiagnosticsStatusNotification; the security
 * whitepaper's GetLog with LogStatusNotification): the file lands on the test CSMS's upload endpoint under
 * the name the answer gave; a location nobody listens on ends in UploadFailed after the retries.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { IDENTITY, startV16, type V16Bench } from './bench.js';

let bench: V16Bench | null = null;
afterEach(async () => {
  await bench?.close();
  bench = null;
});

const statuses = (b: V16Bench, action: string): unknown[] => b.csms.calls(action, IDENTITY).map((c) => c.payload);

describe('OCPP 1.6 diagnostics', () => {
  it('GetDiagnostics: the file is uploaded under the answered name; Uploading then Uploaded', async () => {
    bench = await startV16();
    const b = bench;
    await b.station();
    // Something to report: a fault that comes and goes.
    const e1 = b.app.evses[0]!;
    e1.sim!.injectFault('rcd_trip');
    await b.run(1000);
    await b.nextCall('StatusNotification', (c) => c.payload.connectorId === 1 && c.payload.status === 'Faulted' && c.payload.errorCode === 'GroundFailure');
    e1.sim!.clearFault('rcd_trip');
    await b.nextCall('StatusNotification', (c) => c.payload.connectorId === 1 && c.payload.status === 'Available' && b.csms.calls('StatusNotification', IDENTITY).indexOf(c) > 3);

    const answer = await b.call('GetDiagnostics', { location: `${b.csms.uploadUrl}/` });
    expect(answer.fileName).toMatch(/^ampbox-v16-1-diagnostics-\d{8}T\d{6}Z\.txt$/);
    await b.until(() => b.csms.uploads().length === 1, 'the upload');
    await b.runUntil(() => statuses(b, 'DiagnosticsStatusNotification').length === 2, 'the outcome');
    const [upload] = b.csms.uploads();
    expect(upload!.name).toBe(answer.fileName);
    const text = upload!.body.toString('utf8');
    expect(text).toContain('errors.jsonl');
    expect(text).toContain('bsp/RcdTrip');
    expect(statuses(b, 'DiagnosticsStatusNotification')).toEqual([{ status: 'Uploading' }, { status: 'Uploaded' }]);
    b.csms.assertNoViolations();
  });

  it('GetDiagnostics to a dead location: retried, then UploadFailed', async () => {
    bench = await startV16();
    const b = bench;
    await b.station();
    const answer = await b.call('GetDiagnostics', { location: 'http://127.0.0.1:9/nowhere/', retries: 1, retryInterval: 5 });
    expect(typeof answer.fileName).toBe('string');
    await b.until(() => b.logs.some((l) => /failed \(attempt 1 of 2\)/.test(l.message)), 'the first attempt failing');
    await b.run(5000);
    await b.until(() => b.logs.some((l) => /failed \(attempt 2 of 2\)/.test(l.message)), 'the retry failing');
    await b.runUntil(() => statuses(b, 'DiagnosticsStatusNotification').length === 2, 'the outcome');
    expect(statuses(b, 'DiagnosticsStatusNotification')).toEqual([{ status: 'Uploading' }, { status: 'UploadFailed' }]);
    expect(b.csms.uploads()).toHaveLength(0);
    b.csms.assertNoViolations();
  });

  it('GetLog: Accepted with a file name, LogStatusNotification Uploading then Uploaded with the request id', async () => {
    bench = await startV16();
    const b = bench;
    await b.station();
    const answer = await b.call('GetLog', { logType: 'SecurityLog', requestId: 42, log: { remoteLocation: b.csms.uploadUrl } });
    expect(answer).toEqual({ status: 'Accepted', filename: expect.stringMatching(/-security-.*\.txt$/) });
    await b.until(() => b.csms.uploads().length === 1, 'the upload');
    await b.runUntil(() => statuses(b, 'LogStatusNotification').length === 2, 'the outcome');
    expect(b.csms.uploads()[0]!.name).toBe(answer.filename);
    expect(statuses(b, 'LogStatusNotification')).toEqual([
      { status: 'Uploading', requestId: 42 },
      { status: 'Uploaded', requestId: 42 },
    ]);
    b.csms.assertNoViolations();
  });
});
