/**
 * Readable one-line logs: `2026-11-21T05:53:37.123Z INFO  evse1/charger  Idle -> WaitingForAuthentication`.
 * The time comes from the injected clock so simulated runs log simulated time.
 */
import type { Clock } from './clock.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LogRecord {
  time: number;
  level: LogLevel;
  source: string;
  message: string;
}

export type LogSink = (record: LogRecord) => void;

export class Logger {
  constructor(
    private readonly source: string,
    private readonly clock: Pick<Clock, 'now'>,
    private readonly sink: LogSink,
    private readonly minLevel: LogLevel = 'info',
  ) {}

  child(source: string): Logger {
    return new Logger(source, this.clock, this.sink, this.minLevel);
  }

  debug(message: string): void {
    this.log('debug', message);
  }
  info(message: string): void {
    this.log('info', message);
  }
  warn(message: string): void {
    this.log('warn', message);
  }
  error(message: string): void {
    this.log('error', message);
  }

  private log(level: LogLevel, message: string): void {
    if (RANK[level] < RANK[this.minLevel]) return;
    this.sink({ time: this.clock.now(), level, source: this.source, message });
  }
}

export function formatRecord(r: LogRecord): string {
  return `${new Date(r.time).toISOString()} ${r.level.toUpperCase().padEnd(5)} ${r.source.padEnd(18)} ${r.message}`;
}

export const streamSink =
  (stream: NodeJS.WritableStream): LogSink =>
  (r) => {
    stream.write(formatRecord(r) + '\n');
  };

export const silentSink: LogSink = () => {};

/** Collects records in memory (tests, `ampbox simulate`). */
export function memorySink(into: LogRecord[]): LogSink {
  return (r) => void into.push(r);
}
