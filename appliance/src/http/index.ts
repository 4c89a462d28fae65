export { createHttpServer, type HealthReport, type HttpServerOptions } from './server.js';
export { readTlsFiles, type TlsFiles, type TlsMaterial } from './tls.js';
export { registerHmi, type HmiOptions } from './hmi.js';
