/**
 * The appliance's HTTP server (fastify). For now it serves GET /health; the JSON-RPC API and the HMI
 * register on the same instance later.
 */
import Fastify, { type FastifyInstance } from 'fastify';

export interface HealthReport {
  status: 'starting' | 'ok' | 'degraded' | 'stopping';
  charger_id: string;
  uptime_s: number;
  capabilities: Record<string, string>;
  evses: unknown[];
  active_errors: number;
}

export function createHttpServer(health: () => HealthReport): FastifyInstance {
  const app = Fastify({ logger: false, bodyLimit: 1 << 20 });
  app.get('/health', async (_req, reply) => {
    const h = health();
    // 503 lets a load balancer or a probe tell a degraded appliance from a healthy one without parsing.
    return reply.code(h.status === 'ok' ? 200 : 503).send(h);
  });
  return app;
}
