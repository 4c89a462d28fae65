/**
 * A minimal VersionMapper for the core's tests: a valid BootNotification of either version, a few request
 * handlers that succeed or fail on demand, and a record of the queue hooks. The real mappers (v16/, v201/)
 * are tested in their own folders; here the connection, queue and boot sequence are what is under test.
 */
import { OcppCallError, type MapperContext, type MapperFactory, type QueuedMessage, type VersionMapper } from '../../../appliance/src/ocpp/index.js';

export interface TestMapperRecord {
  booted: number;
  answered: Array<{ msg: QueuedMessage; result: any }>;
  givenUp: Array<{ msg: QueuedMessage; error: Error }>;
  /** Set by the test: what beforeSend returns (default: the stored payload). */
  beforeSend?: (msg: QueuedMessage) => object | null;
  ctx?: MapperContext;
}

export function testMapper(record: TestMapperRecord): MapperFactory {
  return (ctx) => {
    record.ctx = ctx;
    const v16 = ctx.config.version === 'ocpp1.6';
    const mapper: VersionMapper = {
      version: ctx.config.version,
      bootPayload: (reason) =>
        v16
          ? { chargePointVendor: ctx.station.vendor, chargePointModel: ctx.station.model, chargePointSerialNumber: ctx.station.serial_number, firmwareVersion: ctx.station.firmware_version }
          : { reason, chargingStation: { vendorName: ctx.station.vendor, model: ctx.station.model, serialNumber: ctx.station.serial_number, firmwareVersion: ctx.station.firmware_version } },
      queueHooks: {
        beforeSend: (msg) => (record.beforeSend ? record.beforeSend(msg) : msg.payload),
        answered: (msg, result) => void record.answered.push({ msg, result }),
        givenUp: (msg, error) => void record.givenUp.push({ msg, error }),
      },
      start() {
        // Reset exists in both versions with a `type` enum and a `status` answer.
        ctx.link.handle('Reset', () => ({ status: 'Accepted' }));
        // DataTransfer (both versions) fails in the way its vendorId names.
        ctx.link.handle('DataTransfer', (p: { vendorId: string }) => {
          if (p.vendorId === 'throw-format') throw new OcppCallError('FormatViolation', 'data is not what this vendor expects');
          if (p.vendorId === 'throw-bug') throw new Error('a bug in the handler');
          if (p.vendorId === 'bad-result') return { status: 'Sideways' };
          return { status: 'UnknownVendorId' };
        });
        // A handler for an action neither version defines: ocpp-rpc alone would answer ProtocolError.
        ctx.link.handle('FooBar', () => ({}));
      },
      booted() {
        record.booted++;
      },
      stop() {},
      validator: { name: 'test-mapper', validate: async () => null },
    };
    return mapper;
  };
}
