/** The OCPP capability's public entry: the service the supervisor wires, its parts and its contracts. */
export { OcppService, type OcppServiceOptions } from './service.js';
export { RpcLink, resolveLinkSettings, errorCodeFor, OcppPayloadError, PASSWORD_MIN, PASSWORD_MAX, type LinkSettings, type ConnectFailure } from './connection.js';
export { QueueSender, type QueueSenderDeps } from './sender.js';
export { BootManager, BOOT_REASON_KEY, CLOCK_JUMP_EVENT_MS, type BootManagerDeps } from './boot.js';
export { StoredSettings, configValue } from './settings.js';
export { uploadLogs, logBundle, LogUploadError, type LogFile } from './log-upload.js';
export * from './ports.js';
