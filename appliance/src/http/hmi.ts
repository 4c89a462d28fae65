/**
 * The kiosk HMI on the appliance's HTTP server: the built app (hmi/dist) at `/`, and GET /hmi/session, which
 * gives the HMI's in-memory API token to a browser on this machine only.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isLoopbackHost } from '../config/index.js';
import type { Logger } from '../shared/logger.js';

export interface HmiOptions {
  /** The built app: a directory holding index.html (hmi/dist). */
  dir: string;
  /** The token a loopback browser may use for API.Hello; null: none (the API is off). */
  sessionToken: () => string | null;
  log?: Logger | undefined;
}

const NOT_BUILT_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>ampbox</title>
<body style="font:1.25rem sans-serif;margin:2rem"><h1>The touchscreen is not built</h1>
<p>Run <code>npm run build</code> (or <code>npm run build:hmi</code>) and reload this page.</p></body></html>`;

export function registerHmi(app: FastifyInstance, o: HmiOptions): void {
  app.get('/hmi/session', async (req, reply) => {
    reply.header('Cache-Control', 'no-store');
    // The peer must be on this machine, and so must the name it used: a page on another site whose DNS name
    // points at 127.0.0.1 (DNS rebinding) sends its own Host and is turned away.
    if (!isLoopbackHost(req.socket.remoteAddress ?? '') || !isLoopbackHost(hostName(req))) return reply.code(403).send({ error: 'loopback only' });
    const token = o.sessionToken();
    if (token === null) return reply.code(404).send({ error: 'no API' });
    return { token };
  });

  if (!existsSync(path.join(o.dir, 'index.html'))) {
    o.log?.warn(`HMI: ${o.dir} has no index.html; run \`npm run build\` to build the touchscreen (serving a notice at / until then)`);
    app.get('/', async (_req, reply) => reply.code(503).type('text/html; charset=utf-8').send(NOT_BUILT_PAGE));
    return;
  }
  // The static file server (@fastify/static, ~30 ms to load) is loaded at the first page request, in a
  // fastify instance of its own that this route hands the request to, so it costs start-up nothing.
  const root = path.resolve(o.dir);
  let files: Promise<FastifyInstance> | null = null;
  app.get('/*', (req, reply) => {
    reply.hijack();
    files ??= staticServer(root);
    files.then(
      (server) => server.routing(req.raw, reply.raw),
      (e: unknown) => {
        o.log?.error(`HMI: cannot serve ${o.dir}: ${e instanceof Error ? e.message : String(e)}`);
        reply.raw.writeHead(500, { 'Content-Type': 'text/plain' }).end('HMI unavailable');
      },
    );
  });
}

async function staticServer(root: string): Promise<FastifyInstance> {
  const [{ default: Fastify }, { default: fastifyStatic }] = await Promise.all([import('fastify'), import('@fastify/static')]);
  const server = Fastify({ logger: false });
  await server.register(fastifyStatic, {
    root,
    prefix: '/',
    index: 'index.html',
    // vite names bundles by content hash, so they never change; index.html must be fetched fresh after an update.
    setHeaders: (reply, file) => {
      reply.header('Cache-Control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
    cacheControl: false,
  });
  await server.ready();
  return server;
}

/** The Host header without its port ("[::1]:8080" → "::1"). */
function hostName(req: FastifyRequest): string {
  const host = req.headers.host ?? '';
  const bracketed = /^\[([^\]]+)\]/.exec(host);
  if (bracketed) return bracketed[1]!;
  const colon = host.indexOf(':');
  return colon < 0 ? host : host.slice(0, colon);
}
