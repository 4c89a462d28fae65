/**
 * GetLog (N01): answer (with the name of the file that will go up), then LogStatusNotification Uploading,
 * the upload (HTTP PUT by the core's uploader, with the request's retries), then Uploaded or UploadFailure —
 * each with the requestId. The files are gathered when the request arrives, so the name is known before
 * the upload (ctx.uploadLogs would only tell it afterwards). A new GetLog while one uploads supersedes it
 * (AcceptedCanceled); the old one's notifications stop.
 */
import type { MapperContext } from '../ports.js';
import { parseTime } from './convert.js';
import { afterAnswer } from './defer.js';
import { logBundle, uploadLogs } from '../log-upload.js';
import type { UploadLogStatus } from './messages.js';

interface GetLogRequest {
  log: { remoteLocation: string; oldestTimestamp?: string; latestTimestamp?: string };
  logType: 'DiagnosticsLog' | 'SecurityLog';
  requestId: number;
  retries?: number;
  retryInterval?: number;
}

export class LogUploads {
  private state: { status: UploadLogStatus; requestId?: number } = { status: 'Idle' };

  constructor(private readonly ctx: MapperContext) {}

  /** For TriggerMessage(LogStatusNotification): Uploading with its requestId, else Idle. */
  status(): { status: UploadLogStatus; requestId?: number } {
    return this.state.status === 'Uploading' ? { ...this.state } : { status: 'Idle' };
  }

  register(): void {
    this.ctx.link.handle('GetLog', async (req: GetLogRequest) => {
      const superseded = this.state.status === 'Uploading';
      this.state = { status: 'Uploading', requestId: req.requestId };
      // The files are gathered now so that the answer can name the file that will go up.
      const now = this.ctx.now();
      const files = await this.ctx.logs(parseTime(req.log.oldestTimestamp) ?? null, parseTime(req.log.latestTimestamp) ?? null);
      const upload = { identity: this.ctx.station.identity, now };
      const filename = logBundle(files, upload).name.slice(0, 255);
      afterAnswer(() => void this.run(req, () => uploadLogs(req.log.remoteLocation, files, upload)));
      return { status: superseded ? 'AcceptedCanceled' : 'Accepted', filename };
    });
  }

  private async run(req: GetLogRequest, upload: () => Promise<string>): Promise<void> {
    const current = () => this.state.requestId === req.requestId;
    await this.notify('Uploading', req.requestId);
    const attempts = 1 + Math.max(0, req.retries ?? 0);
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const name = await upload();
        this.ctx.log.info(`GetLog ${req.requestId}: uploaded ${name}`);
        if (!current()) return;
        this.state = { status: 'Uploaded', requestId: req.requestId };
        await this.notify('Uploaded', req.requestId);
        return;
      } catch (err) {
        this.ctx.log.warn(`GetLog ${req.requestId}: upload attempt ${attempt}/${attempts} failed: ${(err as Error).message}`);
        if (!current()) return;
        if (attempt < attempts) await this.wait((req.retryInterval ?? 0) * 1000);
      }
    }
    this.state = { status: 'UploadFailure', requestId: req.requestId };
    await this.notify('UploadFailure', req.requestId);
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => this.ctx.clock.after(ms, resolve));
  }

  private async notify(status: UploadLogStatus, requestId: number): Promise<void> {
    try {
      await this.ctx.sender.send('LogStatusNotification', { status, requestId });
    } catch (err) {
      this.ctx.log.debug(`LogStatusNotification ${status}: ${(err as Error).message}`);
    }
  }
}
