/**
 * Charging profiles by purpose and stack level (1.6 §3.13 / §5.16, 2.0.1 K01–K08), persisted in table
 * ocpp_charging_profiles, and the composite limit they give each EVSE.
 */
import type { Statement } from 'better-sqlite3';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../shared/clock.js';
import type { ChargingProfile, CompositeSchedule, OcppEvse, SmartCharging } from '../ports.js';
import { profileProblem } from './checks.js';
import { compositeSchedule, limitNow, type Electrics, type EvseContext, type InstalledProfile } from './schedule.js';

export interface SmartChargingOptions {
  /**
   * A new profile with the purpose and stack level of another one on the same EVSE (for TxProfiles: of the same
   * transaction): 'replace' follows 1.6 §5.16 (it replaces it); 'reject' follows 2.0.1 K01.FR.06 / K01.FR.39
   * (refused while their validity periods overlap). A profile with an installed id replaces it in both.
   */
  sameStackLevel?: 'replace' | 'reject';
  /** When the EVSE's transaction started (Relative profiles); defaults to the charger's status. */
  txStart?: (evse: number) => number | null;
}

type Filter = Parameters<SmartCharging['clear']>[0];

interface Row {
  id: number;
  evse: number;
  profile: string;
  installed_at: number;
}

export class SqliteSmartCharging implements SmartCharging {
  private readonly listeners = new Set<() => void>();
  private readonly byId: Map<number, OcppEvse>;
  private readonly sameStackLevel: 'replace' | 'reject';
  private readonly allStmt: Statement<[]>;
  private readonly insertStmt: Statement<[number, number, string, number, string | null, string, number]>;
  private readonly deleteStmt: Statement<[number]>;
  private readonly endTxStmt: Statement<[string]>;

  constructor(
    private readonly db: Database,
    private readonly evses: OcppEvse[],
    private readonly clock: Pick<Clock, 'now'>,
    private readonly opts: SmartChargingOptions = {},
  ) {
    this.byId = new Map(evses.map((e) => [e.id, e]));
    this.sameStackLevel = opts.sameStackLevel ?? 'replace';
    this.allStmt = db.prepare('SELECT id, evse, profile, installed_at FROM ocpp_charging_profiles ORDER BY id');
    this.insertStmt = db.prepare(
      'INSERT INTO ocpp_charging_profiles (id, evse, purpose, stack_level, tx_ref, profile, installed_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.deleteStmt = db.prepare('DELETE FROM ocpp_charging_profiles WHERE id = ?');
    this.endTxStmt = db.prepare("DELETE FROM ocpp_charging_profiles WHERE purpose = 'TxProfile' AND tx_ref = ?");
  }

  set(evse: number, profile: ChargingProfile): { status: 'Accepted' | 'Rejected'; reason?: string } {
    const problem = profileProblem(evse, profile, new Set(this.byId.keys()));
    if (problem) return { status: 'Rejected', reason: problem };
    let toInstall = profile;
    if (profile.purpose === 'TxProfile') {
      const running = this.byId.get(evse)!.charger.status().transaction_id;
      if (running === null) return { status: 'Rejected', reason: `no transaction on EVSE ${evse}` };
      if (profile.tx_ref !== undefined && profile.tx_ref !== running)
        return { status: 'Rejected', reason: `transaction ${profile.tx_ref} is not the one running on EVSE ${evse}` };
      toInstall = { ...profile, tx_ref: running };
    }

    const installed = this.rows();
    const sameSlot = installed.filter(
      (r) =>
        r.evse === evse &&
        r.profile.purpose === toInstall.purpose &&
        r.profile.stack_level === toInstall.stack_level &&
        (toInstall.purpose !== 'TxProfile' || r.profile.tx_ref === toInstall.tx_ref) &&
        r.profile.id !== toInstall.id,
    );
    if (this.sameStackLevel === 'reject') {
      const clash = sameSlot.find((r) => overlaps(r.profile, toInstall));
      if (clash)
        return {
          status: 'Rejected',
          reason: `profile ${clash.profile.id} has purpose ${toInstall.purpose} and stack level ${toInstall.stack_level} on EVSE ${evse}`,
        };
    }
    const replaced = [toInstall.id, ...(this.sameStackLevel === 'replace' ? sameSlot.map((r) => r.profile.id) : [])];
    this.db.transaction(() => {
      for (const id of replaced) this.deleteStmt.run(id);
      this.insertStmt.run(
        toInstall.id,
        evse,
        toInstall.purpose,
        toInstall.stack_level,
        toInstall.tx_ref ?? null,
        JSON.stringify(toInstall),
        this.clock.now(),
      );
    })();
    this.changed();
    return { status: 'Accepted' };
  }

  /**
   * Removes the profiles matching every given field; an id alone picks that profile whatever the rest says
   * (1.6 §5.5 and 2.0.1 K10 clear "either" by id or by criteria). External constraints are not the CSMS's
   * (2.0.1 K10): only a filter naming that purpose removes them.
   */
  clear(filter: Filter): number {
    const doomed = this.rows().filter(({ evse, profile }) => {
      if (profile.purpose === 'ChargingStationExternalConstraints' && filter.purpose !== profile.purpose) return false;
      if (filter.id !== undefined) return profile.id === filter.id;
      return (
        (filter.evse === undefined || evse === filter.evse) &&
        (filter.purpose === undefined || profile.purpose === filter.purpose) &&
        (filter.stack_level === undefined || profile.stack_level === filter.stack_level)
      );
    });
    if (doomed.length === 0) return 0;
    this.db.transaction(() => {
      for (const r of doomed) this.deleteStmt.run(r.profile.id);
    })();
    this.changed();
    return doomed.length;
  }

  list(filter: { evse?: number; purpose?: ChargingProfile['purpose'] } = {}): Array<{ evse: number; profile: ChargingProfile }> {
    return this.rows()
      .filter((r) => (filter.evse === undefined || r.evse === filter.evse) && (filter.purpose === undefined || r.profile.purpose === filter.purpose))
      .map(({ evse, profile }) => ({ evse, profile }));
  }

  /** Unit 'A' when none is asked for. Null for an unknown EVSE too. */
  composite(evse: number, start: number, duration_s: number, unit: 'A' | 'W' = 'A'): CompositeSchedule | null {
    const ctx = this.context(evse);
    return ctx ? compositeSchedule(this.rows(), ctx, start, duration_s, unit) : null;
  }

  limitNowA(evse: number, now: number): number | null {
    const ctx = this.context(evse);
    return ctx ? limitNow(this.rows(), ctx, now, 'A') : null;
  }

  transactionEnded(tx_ref: string): void {
    this.endTxStmt.run(tx_ref);
    // Even with no TxProfile gone, Relative profiles no longer count from this transaction's start.
    this.changed();
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of [...this.listeners]) l();
  }

  private rows(): InstalledProfile[] {
    return (this.allStmt.all() as Row[]).map((r) => ({ evse: r.evse, profile: JSON.parse(r.profile) as ChargingProfile, installed_at: r.installed_at }));
  }

  private context(evse: number): EvseContext | null {
    if (evse === 0) return { id: 0, electrics: this.stationElectrics(), tx_ref: null, tx_start: null };
    const e = this.byId.get(evse);
    if (!e) return null;
    const tx_ref = e.charger.status().transaction_id;
    // The charger's status keeps the last transaction's start after it ended; only a running one counts.
    const tx_start = tx_ref === null ? null : this.opts.txStart ? this.opts.txStart(evse) : e.charger.status().transaction_started_at;
    return { id: evse, electrics: { nominal_voltage_V: e.nominal_voltage_V, phases: e.phases, max_current_A: e.max_current_A }, tx_ref, tx_start };
  }

  /** The station as one consumer: every EVSE's maximum at once, at the first EVSE's voltage. */
  private stationElectrics(): Electrics {
    const first = this.evses[0];
    return {
      nominal_voltage_V: first?.nominal_voltage_V ?? 230,
      phases: this.evses.some((e) => e.phases === 3) ? 3 : 1,
      max_current_A: this.evses.reduce((sum, e) => sum + e.max_current_A, 0),
    };
  }
}

function overlaps(a: ChargingProfile, b: ChargingProfile): boolean {
  return (a.valid_from ?? -Infinity) < (b.valid_to ?? Infinity) && (b.valid_from ?? -Infinity) < (a.valid_to ?? Infinity);
}
