export { createHttpServer, type HealthReport } from './server.js';
