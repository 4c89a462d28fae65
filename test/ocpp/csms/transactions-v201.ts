/**
 * OCPP 2.0.1 TransactionEvent rules, per transactionId (ids are the station's): the first event is
 * `Started` with seqNo 0, seqNo then grows by exactly 1 per event, nothing follows `Ended`. A repeat of
 * the last seqNo is a legitimate resend when the station cannot have seen the answer.
 */
import { mayResend, type Finding, type InboundCall } from './inbound.js';

interface StationTransaction {
  nextSeqNo: number;
  ended: boolean;
  last: InboundCall;
}

export class V201Transactions {
  private readonly transactions = new Map<string, StationTransaction>();

  check(call: InboundCall): Finding[] {
    if (call.action !== 'TransactionEvent') return [];
    const id = call.payload.transactionInfo.transactionId as string;
    const seqNo = call.payload.seqNo as number;
    const eventType = call.payload.eventType as 'Started' | 'Updated' | 'Ended';
    const tx = this.transactions.get(id);
    const findings: Finding[] = [];
    if (!tx) {
      if (eventType !== 'Started') findings.push({ rule: 'tx-started-first', detail: `transaction ${id}: first event is ${eventType}, not Started` });
      if (seqNo !== 0) findings.push({ rule: 'seqno', detail: `transaction ${id}: first seqNo is ${seqNo}, not 0` });
      this.transactions.set(id, { nextSeqNo: seqNo + 1, ended: eventType === 'Ended', last: call });
      return findings;
    }
    if (seqNo === tx.nextSeqNo - 1 && mayResend(tx.last, call.connection)) {
      tx.last = call;
      return [];
    }
    if (tx.ended) findings.push({ rule: 'tx-ended', detail: `transaction ${id}: ${eventType} (seqNo ${seqNo}) after Ended` });
    if (eventType === 'Started') findings.push({ rule: 'tx-started-first', detail: `transaction ${id}: a second Started` });
    if (seqNo !== tx.nextSeqNo) {
      const what = seqNo < tx.nextSeqNo ? 'repeated or out of order' : 'a gap';
      findings.push({ rule: 'seqno', detail: `transaction ${id}: seqNo ${seqNo} where ${tx.nextSeqNo} was due (${what})` });
    }
    tx.nextSeqNo = Math.max(tx.nextSeqNo, seqNo + 1);
    tx.ended ||= eventType === 'Ended';
    tx.last = call;
    return findings;
  }
}
