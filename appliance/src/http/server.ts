/**
 * The appliance's HTTP server (fastify): GET /health; the JSON-RPC API attaches to its underlying server,
 * and the kiosk HMI is served at `/` (see hmi.ts). With `tls` it serves HTTPS (and so wss:// for the API).
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { readTlsFiles, type TlsFiles, type TlsMaterial } from './tls.js';
import { registerHmi, type HmiOptions } from './hmi.js';

export interface HealthReport {
  status: 'starting' | 'ok' | 'degraded' | 'stopping';
  charger_id: string;
  uptime_s: number;
  capabilities: Record<string, string>;
  evses: unknown[];
  active_errors: number;
}

export interface HttpServerOptions {
  /** `http.tls`: file paths (read now; a ConfigError when unreadable or invalid) or PEM already read. */
  tls?: TlsFiles | TlsMaterial | undefined;
  /** Serve the kiosk HMI at `/` (absent: /health and the API only). */
  hmi?: HmiOptions | undefined;
}

export function createHttpServer(health: () => HealthReport, opts: HttpServerOptions = {}): FastifyInstance {
  const tls = opts.tls === undefined ? undefined : typeof opts.tls.cert === 'string' ? readTlsFiles(opts.tls as TlsFiles) : (opts.tls as TlsMaterial);
  // With https fastify's instance is typed over https.Server; everything callers use (routes, listen, close,
  // `.server` for upgrades) is the same, so one type serves both.
  const app = (tls ? Fastify({ logger: false, bodyLimit: 1 << 20, https: tls }) : Fastify({ logger: false, bodyLimit: 1 << 20 })) as unknown as FastifyInstance;
  app.get('/health', async (_req, reply) => {
    const h = health();
    // 503 lets a load balancer or a probe tell a degraded appliance from a healthy one without parsing.
    return reply.code(h.status === 'ok' ? 200 : 503).send(h);
  });
  if (opts.hmi) registerHmi(app, opts.hmi);
  return app;
}
