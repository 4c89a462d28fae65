/**
 * Log upload: GetDiagnostics (1.6 §5.9, DiagnosticsStatusNotification) and the security whitepaper's GetLog
 * (LogStatusNotification). The answer goes first; the upload (ctx.uploadLogs, HTTP PUT) follows, retried
 * `retries` times `retryInterval` apart. "Uploading" is transient; the outcome is queued durably so the CSMS
 * learns it even across a dropped connection.
 */
import type { TimerHandle } from '../../shared/clock.js';
import type { MapperContext } from '../ports.js';
import { parseTime } from './convert.js';
import type { DiagnosticsStatus, GetDiagnosticsReq, GetLogReq, UploadLogStatus } from './messages.js';

/** At most this many retries, whatever the CSMS asks (an upload holds the link's bandwidth). */
const MAX_RETRIES = 5;

export class Diagnostics {
  private diagnosticsBusy = false;
  private logRequest: { requestId: number; busy: boolean } | null = null;
  private readonly timers = new Set<TimerHandle>();
  private stopped = false;

  constructor(private readonly ctx: MapperContext) {}

  start(): void {
    this.stopped = false;
    this.ctx.link.handle('GetDiagnostics', (req: GetDiagnosticsReq) => this.getDiagnostics(req));
    this.ctx.link.handle('GetLog', (req: GetLogReq) => this.getLog(req));
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) t.cancel();
    this.timers.clear();
  }

  /** TriggerMessage DiagnosticsStatusNotification: Uploading while busy, else Idle (§4.4). */
  sendDiagnosticsStatus(): void {
    this.send('DiagnosticsStatusNotification', { status: this.diagnosticsBusy ? 'Uploading' : 'Idle' }, false);
  }

  /** ExtendedTriggerMessage LogStatusNotification. */
  sendLogStatus(): void {
    const r = this.logRequest;
    this.send('LogStatusNotification', r?.busy ? { status: 'Uploading', requestId: r.requestId } : { status: 'Idle' }, false);
  }

  private getDiagnostics(req: GetDiagnosticsReq): { fileName: string } {
    const from = this.localTime(req.startTime);
    const to = this.localTime(req.stopTime);
    const fileName = this.fileName('diagnostics');
    this.diagnosticsBusy = true;
    const notify = (status: DiagnosticsStatus, durable: boolean): void => this.send('DiagnosticsStatusNotification', { status }, durable);
    setImmediate(() => {
      notify('Uploading', false);
      void this.upload(fileUrl(req.location, fileName), from, to, req.retries, req.retryInterval).then((ok) => {
        this.diagnosticsBusy = false;
        notify(ok ? 'Uploaded' : 'UploadFailed', true);
      });
    });
    return { fileName };
  }

  private getLog(req: GetLogReq): { status: 'Accepted' | 'AcceptedCanceled'; filename: string } {
    // A new request replaces one still running: its outcome is no longer reported.
    const canceled = this.logRequest?.busy === true;
    const request = { requestId: req.requestId, busy: true };
    this.logRequest = request;
    const filename = this.fileName(req.logType === 'SecurityLog' ? 'security' : 'diagnostics');
    const notify = (status: UploadLogStatus, durable: boolean): void => {
      if (this.logRequest === request) this.send('LogStatusNotification', { status, requestId: req.requestId }, durable);
    };
    setImmediate(() => {
      notify('Uploading', false);
      const from = this.localTime(req.log.oldestTimestamp);
      const to = this.localTime(req.log.latestTimestamp);
      void this.upload(fileUrl(req.log.remoteLocation, filename), from, to, req.retries, req.retryInterval).then((ok) => {
        notify(ok ? 'Uploaded' : 'UploadFailure', true);
        request.busy = false;
      });
    });
    return { status: canceled ? 'AcceptedCanceled' : 'Accepted', filename };
  }

  /** Uploads with retries; false when every attempt failed. */
  private async upload(url: string, from: number | null, to: number | null, retries = 0, retryIntervalS = 60): Promise<boolean> {
    const attempts = 1 + Math.min(Math.max(0, retries), MAX_RETRIES);
    for (let attempt = 1; attempt <= attempts && !this.stopped; attempt++) {
      try {
        await this.ctx.uploadLogs(url, from, to);
        this.ctx.log.info(`log upload to ${url} done`);
        return true;
      } catch (err) {
        this.ctx.log.warn(`log upload to ${url} failed (attempt ${attempt} of ${attempts}): ${(err as Error).message}`);
        if (attempt < attempts) await this.wait(Math.max(0, retryIntervalS) * 1000);
      }
    }
    return false;
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = this.ctx.clock.after(ms, () => {
        this.timers.delete(t);
        resolve();
      });
      this.timers.add(t);
    });
  }

  private send(action: string, payload: object, durable: boolean): void {
    if (durable) {
      this.ctx.sender.enqueue(action, payload, { kind: 'event' });
      return;
    }
    this.ctx.sender.send(action, payload).catch((err: Error) => this.ctx.log.debug(`${action} not sent: ${err.message}`));
  }

  private localTime(text: string | undefined): number | null {
    const ms = parseTime(text);
    return ms === undefined ? null : ms - (this.ctx.now() - this.ctx.clock.now());
  }

  /** Named before the upload, so the answer can say it: `<identity>-<kind>-<UTC time>.txt`. */
  private fileName(kind: string): string {
    const stamp = new Date(this.ctx.now()).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    return `${this.ctx.station.identity.replace(/[^A-Za-z0-9._-]/g, '_')}-${kind}-${stamp}.txt`;
  }
}

/**
 * The location is a directory (1.6 GetDiagnostics.req: "the location (directory) where the diagnostics file
 * shall be uploaded to"): the file goes under it with the name the answer gave.
 */
export function fileUrl(location: string, fileName: string): string {
  const q = location.search(/[?#]/);
  const base = q < 0 ? location : location.slice(0, q);
  const rest = q < 0 ? '' : location.slice(q);
  return `${base.endsWith('/') ? base : `${base}/`}${encodeURIComponent(fileName)}${rest}`;
}
