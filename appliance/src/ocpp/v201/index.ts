/**
 * The OCPP 2.0.1 VersionMapper: the charger's events as 2.0.1 messages, the CSMS's 2.0.1 requests as
 * actions on the charger and the shared stores. Each functional block lives in its own module; this file
 * builds them when the service starts (the database is open by then) and registers their handlers.
 */
import type { TokenValidator } from '../../shared/ports/auth.js';
import { KeyValueStore } from '../../db/index.js';
import type { BootReason, MapperContext, MapperFactory, QueueHooks, VersionMapper } from '../ports.js';
import { createValidator, registerClearCache } from './authorize.js';
import { AvailabilityControl } from './availability.js';
import { bootPayload } from './boot.js';
import { registerDataTransfer } from './data-transfer.js';
import type { VariableDef } from './device-model.js';
import { buildDeviceModel } from './device-model-table.js';
import { LogUploads } from './diagnostics.js';
import { registerLocalList } from './local-list.js';
import { LocalState } from './local-state.js';
import { recoverTransactions } from './recovery.js';
import { registerRemote } from './remote.js';
import { registerReports } from './reports.js';
import { ResetControl } from './reset.js';
import { registerSmartCharging } from './smart-charging.js';
import { StatusReporter } from './status.js';
import { TransactionManager } from './transactions.js';
import { transactionEventAnswered } from './tx-answers.js';
import { registerTrigger } from './trigger.js';
import { registerTransactionStatus } from './tx-status.js';
import { TransactionStore } from './tx-store.js';
import { registerUnsupported } from './unsupported.js';
import { registerVariables } from './variables.js';

interface Running {
  local: LocalState;
  availability: AvailabilityControl;
  tm: TransactionManager;
  status: StatusReporter;
}

class V201Mapper implements VersionMapper {
  readonly version = 'ocpp2.0.1' as const;
  readonly validator: TokenValidator;
  readonly queueHooks: QueueHooks;
  private running: Running | null = null;

  constructor(private readonly ctx: MapperContext) {
    this.validator = createValidator(ctx, (idToken, evse) => this.running?.tm.waitingRemoteStart(idToken, evse)?.idToken ?? null);
    this.queueHooks = {
      answered: (msg, result) => this.running && transactionEventAnswered(ctx, this.running.tm, msg, result),
      givenUp: (msg, err) => ctx.log.warn(`${msg.action} (seq ${msg.seq}) given up: ${err.message}`),
    };
  }

  bootPayload(reason: BootReason): object {
    return bootPayload(this.ctx.station, reason);
  }

  start(): void {
    const ctx = this.ctx;
    const db = ctx.db();
    // Transactions and their seqNo live in SQLite; without it 2.0.1 could not keep its numbering promise.
    if (!db) throw new Error('the OCPP 2.0.1 mapper needs the database (transactions and their seqNo are kept there)');
    const local = new LocalState(new KeyValueStore(db, () => ctx.clock.now()), () => ctx.settings.get('meter_values.stop_measurands'));
    const store = new TransactionStore(db);
    const tm = new TransactionManager(ctx, store, local);
    const status = new StatusReporter(ctx, local);
    const availability = new AvailabilityControl(ctx, local, tm, status);
    const logs = new LogUploads(ctx);
    let model: VariableDef[] | null = null;
    const defs = (): VariableDef[] => (model ??= buildDeviceModel({ ctx, local, statusOf: (evse) => status.statusOf(evse) }));

    recoverTransactions(ctx, store, local, tm);
    tm.start();
    status.start();
    availability.start();

    availability.register();
    new ResetControl(ctx, tm, local).register();
    registerRemote(ctx, tm, local);
    registerTransactionStatus(ctx, tm, store);
    registerTrigger(ctx, { tm, status, logStatus: () => logs.status() });
    registerDataTransfer(ctx);
    registerClearCache(ctx);
    registerLocalList(ctx);
    registerSmartCharging(ctx, tm);
    registerVariables(ctx, defs);
    registerReports(ctx, defs);
    logs.register();
    registerUnsupported(ctx);
    this.running = { local, availability, tm, status };
  }

  booted(): void {
    this.running?.status.sendAll();
  }

  stop(): void {
    const r = this.running;
    if (!r) return;
    this.running = null;
    r.tm.stop();
    r.status.stop();
    r.availability.stop();
    // The chargers end their transactions after us (Reboot); the next start closes them as such.
    if (r.local.shutdown() === null) r.local.setShutdown('graceful');
  }
}

export const createV201Mapper: MapperFactory = (ctx) => new V201Mapper(ctx);
