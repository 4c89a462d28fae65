/**
 * The OCPP 1.6J mapper: turns the charger's events into 1.6 messages and answers the CSMS's requests.
 * Each job lives in its own module; this file only wires them to the MapperContext.
 */
import type { Database } from '../../db/index.js';
import type { MapperContext, MapperFactory, VersionMapper } from '../ports.js';
import { AvailabilityControl } from './availability.js';
import { V16TokenValidator } from './authorize.js';
import { bootPayload } from './boot.js';
import { ConfigurationKeys } from './config-keys.js';
import { registerDataTransfer } from './data-transfer.js';
import { Diagnostics } from './diagnostics.js';
import { registerLocalList } from './local-list.js';
import { MeterValueReporter } from './meter-values.js';
import { RemoteControl } from './remote.js';
import { registerReset } from './reset.js';
import { SmartChargingHandlers } from './smart-charging.js';
import { StatusReporter } from './status.js';
import { registerTriggers } from './trigger.js';
import { TransactionReporter } from './transactions.js';
import { TxStore } from './tx-store.js';
import { registerUnsupported } from './unsupported.js';
import { WaitingToken } from './waiting-token.js';

export { connectorStatus, errorCodeOf } from './status.js';
export { stopReason16 } from './transactions.js';

export const createV16Mapper: MapperFactory = (ctx: MapperContext): VersionMapper => {
  const log = ctx.log.child('ocpp1.6');
  const mctx: MapperContext = { ...ctx, log };
  const db = (): Database => {
    const d = ctx.db();
    // The service refuses to start without it; losing it later is the database capability's fault to report.
    if (!d) throw new Error('OCPP 1.6: the database is not available');
    return d;
  };

  const store = new TxStore(db);
  const keys = new ConfigurationKeys(mctx, db);
  const meters = new MeterValueReporter(mctx, store, () => keys.stopTxnAlignedData());
  // The status reporter is called back only once everything exists.
  const tx = new TransactionReporter(
    mctx,
    db,
    store,
    meters,
    () => statusReporter.changed(),
    (idTag) => statusReporter.reportLocalListConflict(idTag),
  );
  const availability = new AvailabilityControl(mctx, db, () => statusReporter.changed());
  const waiting = new WaitingToken(mctx, (id) => availability.inoperative(id), () => statusReporter.changed());
  const statusReporter = new StatusReporter(
    mctx,
    (id) => availability.inoperative(id),
    (id) => store.unanswered(id),
    (id) => waiting.preparing(id),
  );
  const remote = new RemoteControl(mctx, tx, (id) => availability.inoperative(id));
  const smart = new SmartChargingHandlers(mctx, tx);
  const diagnostics = new Diagnostics(mctx);
  const validator = new V16TokenValidator(mctx);

  return {
    version: 'ocpp1.6',
    bootPayload: () => bootPayload(ctx.station),
    queueHooks: tx.hooks,
    validator,
    start() {
      tx.start();
      meters.start();
      statusReporter.start();
      waiting.start();
      availability.start();
      remote.start();
      smart.start();
      keys.start();
      diagnostics.start();
      registerLocalList(mctx);
      registerDataTransfer(mctx);
      registerReset(mctx, db, tx);
      registerUnsupported(mctx);
      registerTriggers(mctx, {
        statuses: (id) => statusReporter.sendAll(id),
        meterValues: (id) => meters.sendTriggered(id),
        diagnosticsStatus: () => diagnostics.sendDiagnosticsStatus(),
        logStatus: () => diagnostics.sendLogStatus(),
      });
    },
    booted() {
      availability.reapply();
      statusReporter.sendAll();
    },
    stop() {
      diagnostics.stop();
      remote.stop();
      availability.stop();
      waiting.stop();
      statusReporter.stop();
      meters.stop();
      tx.stop();
    },
  };
};
