/**
 * The CSMS's HTTP(S) side: the WebSocket handshake gate (path `/ocpp/<identity>`, OCPP subprotocol, Basic
 * auth, client certificate) and the log-upload endpoint `PUT|POST /upload/<name>`.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { WebSocketServer, type WebSocket } from 'ws';
import type { CsmsOptions, CsmsVersion } from './api.js';

export interface Handshake {
  identity: string;
  version: CsmsVersion;
  basicUser: string | null;
  certCN: string | null;
}

export interface ServerHooks {
  refusing(): boolean;
  connected(ws: WebSocket, handshake: Handshake): void;
}

export interface CsmsServer {
  url: string;
  port: number;
  uploads: Array<{ name: string; body: Buffer }>;
  close(): Promise<void>;
}

const ALL_VERSIONS: CsmsVersion[] = ['ocpp1.6', 'ocpp2.0.1'];

function refuse(socket: Socket, status: number, reason: string, headers: Record<string, string> = {}): void {
  const lines = [`HTTP/1.1 ${status} ${http.STATUS_CODES[status] ?? ''}`, 'Connection: close', 'Content-Type: text/plain', `Content-Length: ${Buffer.byteLength(reason)}`];
  for (const [k, v] of Object.entries(headers)) lines.push(`${k}: ${v}`);
  socket.end(`${lines.join('\r\n')}\r\n\r\n${reason}`);
}

function parseBasic(header: string | undefined): { user: string; password: string } | null {
  const m = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!m) return null;
  const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  // The password may itself contain colons; the user name (the identity) may not.
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function peerCN(socket: Socket): string | null {
  const cert = (socket as TLSSocket).getPeerCertificate?.();
  const cn = cert?.subject?.CN as string | string[] | undefined;
  return Array.isArray(cn) ? (cn[0] ?? null) : (cn ?? null);
}

/** decodeURIComponent without the throw: a malformed escape from a client must not crash the CSMS. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

type Gate = { ok: true; handshake: Handshake } | { ok: false; status: number; reason: string; headers?: Record<string, string> };

function gate(req: IncomingMessage, opts: CsmsOptions): Gate {
  const pathname = new URL(req.url ?? '/', 'http://csms').pathname;
  const m = /^\/ocpp\/([^/]+)$/.exec(pathname);
  if (!m) return { ok: false, status: 404, reason: `no OCPP endpoint at ${pathname}` };
  const identity = decodeSegment(m[1]!);
  if (identity === null) return { ok: false, status: 400, reason: `malformed identity in ${pathname}` };
  const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  const version = (opts.versions ?? ALL_VERSIONS).find((v) => offered.includes(v));
  if (!version) return { ok: false, status: 400, reason: `no supported OCPP subprotocol offered (${offered.join(', ') || 'none'})` };

  let certCN: string | null = null;
  if (opts.tls?.requestCert) {
    const socket = req.socket as TLSSocket;
    if (!socket.authorized) return { ok: false, status: 401, reason: `client certificate refused: ${String(socket.authorizationError ?? 'none presented')}` };
    certCN = peerCN(socket);
  }
  const basic = parseBasic(req.headers.authorization);
  if (opts.passwords) {
    const expected = opts.passwords[identity];
    if (!basic || expected === undefined || basic.password !== expected) {
      return { ok: false, status: 401, reason: 'Basic authentication failed', headers: { 'WWW-Authenticate': 'Basic realm="ocpp"' } };
    }
  }
  return { ok: true, handshake: { identity, version, basicUser: basic?.user ?? null, certCN } };
}

function handleUpload(req: IncomingMessage, res: ServerResponse, uploads: CsmsServer['uploads']): void {
  const pathname = new URL(req.url ?? '/', 'http://csms').pathname;
  const m = /^\/upload\/(.+)$/.exec(pathname);
  if (!m || (req.method !== 'PUT' && req.method !== 'POST')) {
    res.writeHead(404).end();
    return;
  }
  const name = decodeSegment(m[1]!);
  if (name === null) {
    res.writeHead(400).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    uploads.push({ name, body: Buffer.concat(chunks) });
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end('stored');
  });
}

export async function startServer(opts: CsmsOptions, hooks: ServerHooks): Promise<CsmsServer> {
  const uploads: CsmsServer['uploads'] = [];
  const onRequest = (req: IncomingMessage, res: ServerResponse): void => handleUpload(req, res, uploads);
  const tls = opts.tls;
  // rejectUnauthorized stays off so uploads work without a client certificate; the WebSocket gate checks it.
  const server = tls
    ? https.createServer({ cert: tls.cert, key: tls.key, ca: tls.ca, requestCert: tls.requestCert ?? false, rejectUnauthorized: false }, onRequest)
    : http.createServer(onRequest);
  const chosen = new WeakMap<IncomingMessage, CsmsVersion>();
  const wss = new WebSocketServer({ noServer: true, handleProtocols: (_offered, req) => chosen.get(req) ?? false });

  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    // A client that resets mid-handshake must not take the CSMS down.
    socket.on('error', () => undefined);
    if (hooks.refusing()) return refuse(socket, 503, 'connections refused');
    const result = gate(req, opts);
    if (!result.ok) return refuse(socket, result.status, result.reason, result.headers);
    chosen.set(req, result.handshake.version);
    wss.handleUpgrade(req, socket, head, (ws) => hooks.connected(ws, result.handshake));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${tls ? 'wss' : 'ws'}://127.0.0.1:${port}/ocpp`,
    port,
    uploads,
    async close() {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
