/**
 * DataTransfer (P01): vendors named in `ocpp.data_transfer_vendors` are known, but no vendor message is
 * implemented, so a messageId is UnknownMessageId; other vendors are UnknownVendorId.
 */
import type { MapperContext } from '../ports.js';

export function registerDataTransfer(ctx: MapperContext): void {
  ctx.link.handle('DataTransfer', (req: { vendorId: string; messageId?: string }) => {
    if (!ctx.config.data_transfer_vendors.includes(req.vendorId)) return { status: 'UnknownVendorId' };
    return { status: req.messageId === undefined ? 'Accepted' : 'UnknownMessageId' };
  });
}
