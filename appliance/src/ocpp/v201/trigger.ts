/**
 * TriggerMessage (F06): the answer first (F06.FR.04), then the message. What the station cannot send is
 * NotImplemented; a message about nothing (no transaction, unknown EVSE) is Rejected.
 */
import type { MapperContext } from '../ports.js';
import { afterAnswer } from './defer.js';
import { hasValues, meterValueOf } from './convert.js';
import type { EvseRef, MessageTrigger, UploadLogStatus } from './messages.js';
import type { StatusReporter } from './status.js';
import type { TransactionManager } from './transactions.js';

export interface TriggerDeps {
  tm: TransactionManager;
  status: StatusReporter;
  logStatus: () => { status: UploadLogStatus; requestId?: number };
}

export function registerTrigger(ctx: MapperContext, deps: TriggerDeps): void {
  ctx.link.handle('TriggerMessage', (req: { requestedMessage: MessageTrigger; evse?: EvseRef }) => {
    const evse = req.evse;
    if (evse && !ctx.evses.some((e) => e.id === evse.id)) return { status: 'Rejected', statusInfo: { reasonCode: 'UnknownEvse' } };
    const evses = ctx.evses.filter((e) => !evse || e.id === evse.id).map((e) => e.id);
    const send = (action: string, payload: object): void => {
      ctx.sender.send(action, payload).catch((err: Error) => ctx.log.debug(`${action} (triggered): ${err.message}`));
    };
    let then: () => void;
    switch (req.requestedMessage) {
      case 'BootNotification':
        // F06.FR.17: once accepted, a new boot is not for the CSMS to ask.
        if (ctx.boot.status === 'Accepted') return { status: 'Rejected', statusInfo: { reasonCode: 'AlreadyAccepted' } };
        then = () => ctx.triggerBoot();
        break;
      case 'Heartbeat':
        then = () => ctx.triggerHeartbeat();
        break;
      case 'StatusNotification':
        // F06.FR.12: for one connector, named by evse and connectorId.
        if (!evse || evse.connectorId !== 1) return { status: 'Rejected', statusInfo: { reasonCode: 'UnknownConnector' } };
        then = () => deps.status.send(evse.id);
        break;
      case 'MeterValues': {
        const measurands = ctx.settings.get('meter_values.aligned_measurands');
        if (measurands.length === 0) return { status: 'Rejected', statusInfo: { reasonCode: 'NoMeasurands' } };
        then = () => {
          for (const id of evses) {
            const mv = meterValueOf(ctx.sampler.sample(id, 'Trigger', measurands), ctx.now(), 'Trigger');
            if (hasValues(mv)) send('MeterValues', { evseId: id, meterValue: [mv] });
          }
        };
        break;
      }
      case 'TransactionEvent': {
        const txs = deps.tm.all().filter((t) => evses.includes(t.evse));
        if (txs.length === 0) return { status: 'Rejected', statusInfo: { reasonCode: 'NoTransaction' } };
        then = () => {
          for (const tx of txs) deps.tm.trigger(tx);
        };
        break;
      }
      case 'LogStatusNotification':
        then = () => send('LogStatusNotification', deps.logStatus());
        break;
      case 'FirmwareStatusNotification':
        // No firmware update was ever asked for (UpdateFirmware is not supported): Idle.
        then = () => send('FirmwareStatusNotification', { status: 'Idle' });
        break;
      default:
        return { status: 'NotImplemented' };
    }
    // Marked triggered: it may go while the boot is Pending (B02.FR.02).
    afterAnswer(() => ctx.sender.triggered(then));
    return { status: 'Accepted' };
  });
}
