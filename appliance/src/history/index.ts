export { SessionRecorder } from './session-recorder.js';
export { EventLogger } from './event-logger.js';
