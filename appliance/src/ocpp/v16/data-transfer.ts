/**
 * DataTransfer (1.6 §5.6) from the CSMS: vendors this charger knows (`ocpp.data_transfer_vendors`) get
 * UnknownMessageId for any message (none is implemented yet) and Accepted for a bare vendor check; any
 * other vendor gets UnknownVendorId.
 */
import type { MapperContext } from '../ports.js';
import type { DataTransferReq, DataTransferStatus } from './messages.js';

export function dataTransferStatus(vendors: readonly string[], req: DataTransferReq): DataTransferStatus {
  if (!vendors.includes(req.vendorId)) return 'UnknownVendorId';
  return req.messageId === undefined ? 'Accepted' : 'UnknownMessageId';
}

export function registerDataTransfer(ctx: MapperContext): void {
  ctx.link.handle('DataTransfer', (req: DataTransferReq) => ({ status: dataTransferStatus(ctx.config.data_transfer_vendors, req) }));
}
