/** Process exit codes; documented in docs/decisions.md ("Exit codes") and relied on by the systemd unit. */
export const EXIT = {
  OK: 0,
  /** Uncaught exception or unhandled rejection. */
  FAILURE: 1,
  /** Invalid configuration or command line: restarting cannot help (RestartPreventExitStatus=2). */
  CONFIG: 2,
  /** A capability failed to start. */
  START_FAILED: 3,
  /** Stopping took longer than the deadline; the process was forced down. */
  STOP_DEADLINE: 4,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
