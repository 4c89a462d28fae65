/**
 * OCPP 1.6 transaction rules: transaction ids are the CSMS's (issued in StartTransaction answers), so a
 * StopTransaction or MeterValues may only name an id this CSMS gave that station; meterStop ≥ meterStart;
 * one StopTransaction per transaction (a resend of an answer the station never saw excepted).
 */
import { mayResend, type Finding, type InboundCall } from './inbound.js';

interface IssuedTransaction {
  meterStart: number;
  stop: InboundCall | null;
}

export class V16Transactions {
  private readonly issued = new Map<number, IssuedTransaction>();

  /** The CSMS answered a StartTransaction with this id. */
  issue(transactionId: number, meterStart: number): void {
    this.issued.set(transactionId, { meterStart, stop: null });
  }

  check(call: InboundCall): Finding[] {
    if (call.action === 'StopTransaction') return this.checkStop(call);
    if (call.action === 'MeterValues' && call.payload.transactionId !== undefined) return this.checkMeterValues(call);
    return [];
  }

  private checkStop(call: InboundCall): Finding[] {
    const id = call.payload.transactionId as number;
    const tx = this.issued.get(id);
    if (!tx) return [{ rule: 'tx-unknown', detail: `StopTransaction for transactionId ${id}, which this CSMS never issued to the station` }];
    const findings: Finding[] = [];
    if (tx.stop && !mayResend(tx.stop, call.connection)) {
      findings.push({ rule: 'tx-ended', detail: `second StopTransaction for transactionId ${id} (the first was answered)` });
    }
    const meterStop = call.payload.meterStop as number;
    if (meterStop < tx.meterStart) findings.push({ rule: 'meter-order', detail: `transactionId ${id}: meterStop ${meterStop} < meterStart ${tx.meterStart}` });
    tx.stop = call;
    return findings;
  }

  private checkMeterValues(call: InboundCall): Finding[] {
    const id = call.payload.transactionId as number;
    const tx = this.issued.get(id);
    if (!tx) return [{ rule: 'tx-unknown', detail: `MeterValues for transactionId ${id}, which this CSMS never issued to the station` }];
    if (tx.stop) return [{ rule: 'tx-ended', detail: `MeterValues for transactionId ${id} after its StopTransaction` }];
    return [];
  }
}
