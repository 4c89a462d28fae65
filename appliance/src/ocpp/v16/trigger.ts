/**
 * TriggerMessage (1.6 §5.17) and the security whitepaper's ExtendedTriggerMessage: answer first, then send
 * the requested message. A connectorId that names no connector is Rejected.
 */
import type { MapperContext } from '../ports.js';
import type { TriggerMessageReq, TriggerMessageStatus } from './messages.js';

export interface TriggerTargets {
  statuses(connectorId?: number): void;
  meterValues(connectorId?: number): void;
  diagnosticsStatus(): void;
  logStatus(): void;
}

export function registerTriggers(ctx: MapperContext, targets: TriggerTargets): void {
  const trigger = (extended: boolean) => (req: TriggerMessageReq): { status: TriggerMessageStatus } => {
    const id = req.connectorId;
    if (id !== undefined && id !== 0 && !ctx.evses.some((e) => e.id === id)) return { status: 'Rejected' };
    const action = pick(ctx, targets, req, extended);
    if (!action) return { status: 'NotImplemented' };
    // After the answer has gone out (§5.17: the requested message follows the confirmation); marked
    // triggered, so it may go while the boot is Pending (§4.2).
    setImmediate(() => ctx.sender.triggered(action));
    return { status: 'Accepted' };
  };
  ctx.link.handle('TriggerMessage', trigger(false));
  ctx.link.handle('ExtendedTriggerMessage', trigger(true));
}

function pick(ctx: MapperContext, t: TriggerTargets, req: TriggerMessageReq, extended: boolean): (() => void) | null {
  switch (req.requestedMessage) {
    case 'BootNotification':
      return () => ctx.triggerBoot();
    case 'Heartbeat':
      return () => ctx.triggerHeartbeat();
    case 'StatusNotification':
      return () => t.statuses(req.connectorId);
    case 'MeterValues':
      return () => t.meterValues(req.connectorId);
    case 'FirmwareStatusNotification': {
      // No firmware update is ever under way here: Idle is the truth (only allowed when triggered). The
      // whitepaper's ExtendedTriggerMessage asks for the signed-firmware variant of the notification.
      const action = extended ? 'SignedFirmwareStatusNotification' : 'FirmwareStatusNotification';
      return () => void ctx.sender.send(action, { status: 'Idle' }).catch(() => {});
    }
    case 'DiagnosticsStatusNotification':
      return extended ? null : () => t.diagnosticsStatus();
    case 'LogStatusNotification':
      return extended ? () => t.logStatus() : null;
    default:
      // SignChargePointCertificate: no certificate management here.
      return null;
  }
}
