/**
 * The API capability assembled: the tracker and notifications on the bus, the method registry, and the
 * WebSocket server (on the appliance's fastify instance, plus the EVerest listener when enabled).
 */
import type { ApiDeps } from './deps.js';
import { buildMethods, type HandlerContext } from './methods/index.js';
import { ApiNotifier } from './notifications.js';
import type { CallContext } from './registry.js';
import { HmiSessionToken } from './hmi-session.js';
import { ApiServer, type ApiServerOptions } from './server.js';
import { EvseTracker } from './tracker.js';
import { ApplianceView } from './view.js';

export class ApiService {
  readonly tracker: EvseTracker;
  readonly view: ApplianceView;
  readonly notifier: ApiNotifier;
  readonly server: ApiServer;
  /** The local touchscreen's token (role hmi); the HTTP server gives it to loopback browsers only. */
  readonly hmiSession = new HmiSessionToken();

  constructor(deps: ApiDeps, server: Partial<Omit<ApiServerOptions, 'methods'>> = {}) {
    const log = deps.log;
    this.tracker = new EvseTracker(deps.bus, deps.clock, deps.evses.map((e) => e.charger), deps.config.auth.timeout_s * 1000, log);
    this.view = new ApplianceView(deps, this.tracker);
    this.notifier = new ApiNotifier(this.view, deps.bus, deps.clock, { broadcast: (m, p) => this.server.broadcast(m, p), listening: () => this.server.hasListeners }, log);
    // The charger cannot go above the current it was built with; a higher configured maximum waits for a restart.
    const startedMaxCurrentA = new Map(deps.config.evses.map((e) => [e.id, e.max_current_A]));
    const context = (call: CallContext): HandlerContext => ({
      deps,
      view: this.view,
      call,
      changed: (evse) => this.notifier.touch(evse),
      configChanged: () => {
        this.notifier.configChanged();
        this.server.setTokens(deps.config.api.auth.tokens);
      },
      startedMaxCurrentA,
    });
    this.server = new ApiServer({
      config: deps.config.api,
      http: deps.http,
      tls: deps.tls,
      log,
      ...server,
      methods: buildMethods(context),
    });
  }

  async start(): Promise<void> {
    this.tracker.start();
    this.notifier.start();
    this.server.setSessionTokens([await this.hmiSession.entry()]);
    await this.server.start();
  }

  async stop(): Promise<void> {
    await this.server.stop();
    this.notifier.stop();
    this.tracker.stop();
  }
}
