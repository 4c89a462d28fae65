/**
 * Log upload for GetDiagnostics (1.6) and GetLog (2.0.1): one HTTP(S) PUT. Several files are joined into
 * one plain-text file, each under a `===== name (N bytes) =====` header, so any web server that accepts a
 * PUT can take it and a person can read it without unpacking anything.
 */

export interface LogFile {
  name: string;
  content: string | Buffer;
}

export interface UploadOptions {
  /** Charging-station identity: part of the joined file's name. */
  identity: string;
  /** For the joined file's name (ms since epoch). */
  now: number;
  /** Default 60 s. */
  timeoutMs?: number;
}

export class LogUploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogUploadError';
  }
}

/** The file that goes up: the only file as it is, or all of them joined. */
export function logBundle(files: LogFile[], opts: UploadOptions): { name: string; body: Buffer } {
  if (files.length === 1) return { name: files[0]!.name, body: Buffer.from(files[0]!.content) };
  const stamp = new Date(opts.now).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const parts: Buffer[] = [];
  if (files.length === 0) parts.push(Buffer.from('no log records in the requested period\n'));
  for (const f of files) {
    const content = Buffer.from(f.content);
    parts.push(Buffer.from(`===== ${f.name} (${content.length} bytes) =====\n`), content);
    if (content.length && content[content.length - 1] !== 0x0a) parts.push(Buffer.from('\n'));
  }
  return { name: `${safeName(opts.identity)}-logs-${stamp}.txt`, body: Buffer.concat(parts) };
}

/**
 * PUTs the files to `location` (a URL ending in `/` gets the file name appended); resolves with the file
 * name. User and password in the URL become a Basic Authorization header (fetch refuses them in the URL).
 */
export async function uploadLogs(location: string, files: LogFile[], opts: UploadOptions): Promise<string> {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new LogUploadError(`log upload: not a URL: ${location}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new LogUploadError(`log upload: only http:// and https:// locations are supported, got ${url.protocol}//`);
  const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' };
  if (url.username || url.password) {
    const user = decodeURIComponent(url.username);
    const pass = decodeURIComponent(url.password);
    headers.authorization = `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
    url.username = '';
    url.password = '';
  }
  const { name, body } = logBundle(files, opts);
  if (url.pathname.endsWith('/')) url.pathname += encodeURIComponent(name);
  const where = url.toString();
  const timeoutMs = opts.timeoutMs ?? 60_000;
  let res: Response;
  try {
    res = await fetch(where, { method: 'PUT', body, headers, signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string; message?: string } };
    if (err.name === 'TimeoutError') throw new LogUploadError(`log upload to ${where}: no answer within ${timeoutMs / 1000} s`);
    const cause = err.cause?.code ?? err.cause?.message ?? err.message;
    throw new LogUploadError(`log upload to ${where} failed: ${cause}`);
  }
  // The body is not needed; reading it frees the connection.
  await res.arrayBuffer().catch(() => undefined);
  if (!res.ok) throw new LogUploadError(`log upload to ${where}: HTTP ${res.status} ${res.statusText}`.trim());
  return name;
}

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, '_');
}
