/**
 * OCPP 2.0.1 GetLog (N01) end to end: the answer names the file, LogStatusNotification reports Uploading then
 * Uploaded (or UploadFailure after the retries) with the requestId, and the file reaches the CSMS's upload
 * endpoint over HTTP.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ask, startV201, type V201Bench } from './bench.js';

let b: V201Bench | null = null;
afterEach(async () => {
  await b?.close();
  b = null;
});

const statuses = (bench: V201Bench) => bench.calls('LogStatusNotification').map((c) => c.payload);

describe('OCPP 2.0.1 GetLog', () => {
  it('uploads the logs and reports Uploading, then Uploaded', async () => {
    b = await startV201({ ocpp: { meter_values: { sample_interval_s: 0, aligned_interval_s: 0 } } });
    const answer = await ask(b, 'GetLog', { logType: 'DiagnosticsLog', requestId: 17, log: { remoteLocation: `${b.csms.uploadUrl}/` } });
    expect(answer.status).toBe('Accepted');
    expect(typeof answer.filename).toBe('string');
    await b.settle(() => statuses(b!).length === 2, 'Uploading and Uploaded');
    expect(statuses(b)).toEqual([
      { status: 'Uploading', requestId: 17 },
      { status: 'Uploaded', requestId: 17 },
    ]);
    const uploads = b.csms.uploads();
    expect(uploads.map((u) => u.name)).toEqual([answer.filename]);
    expect(uploads[0]!.body.length).toBeGreaterThan(0);
    b.csms.assertNoViolations();
  });

  it('retries as asked, then reports UploadFailure', async () => {
    b = await startV201({ ocpp: { meter_values: { sample_interval_s: 0, aligned_interval_s: 0 } } });
    const answer = await ask(b, 'GetLog', { logType: 'SecurityLog', requestId: 18, retries: 1, retryInterval: 5, log: { remoteLocation: 'http://127.0.0.1:1/logs/' } });
    expect(answer.status).toBe('Accepted');
    await b.settle(() => statuses(b!).length === 1, 'Uploading');
    await b.settle(() => b!.logs.some((l) => l.message.includes('upload attempt 1/2 failed')), 'the first attempt');
    expect(statuses(b)).toHaveLength(1);
    await b.run(5000);
    await b.settle(() => statuses(b!).length === 2, 'UploadFailure');
    expect(statuses(b)).toEqual([
      { status: 'Uploading', requestId: 18 },
      { status: 'UploadFailure', requestId: 18 },
    ]);
    expect(b.csms.uploads()).toEqual([]);
    b.csms.assertNoViolations();
  });
});
