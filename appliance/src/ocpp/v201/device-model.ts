/**
 * The 2.0.1 device model (B05-B08) as a table: one entry per component/variable this station has, with
 * its attribute Actual, mutability, data type and how to read (and, where writable, change) it. Writable
 * variables are views of the shared OCPP settings (1.6 configuration keys are views of the same values).
 * The entries themselves are in device-model-table.ts.
 */
import type { OcppSettings, SettingKey } from '../ports.js';
import type { Component, DataType, Mutability, ReportData, Variable } from './messages.js';

/** A write's outcome: applied, applied after a reboot, or refused with a reason (→ Rejected). */
export type WriteResult = { status: 'Accepted' | 'RebootRequired' } | { status: 'Rejected'; reason: string };

export interface VariableDef {
  component: string;
  componentInstance?: string;
  evse?: number;
  connector?: number;
  variable: string;
  variableInstance?: string;
  dataType: DataType;
  mutability: Mutability;
  unit?: string;
  valuesList?: readonly string[];
  min?: number;
  max?: number;
  get(): string;
  set?(value: string): WriteResult;
}

export function componentOf(d: VariableDef): Component {
  const c: Component = { name: d.component };
  if (d.componentInstance !== undefined) c.instance = d.componentInstance;
  if (d.evse !== undefined) c.evse = d.connector !== undefined ? { id: d.evse, connectorId: d.connector } : { id: d.evse };
  return c;
}

export function variableOf(d: VariableDef): Variable {
  return d.variableInstance !== undefined ? { name: d.variable, instance: d.variableInstance } : { name: d.variable };
}

/** Same component: name, instance and EVSE/connector all equal (absent equals absent). */
export function sameComponent(d: VariableDef, c: Component): boolean {
  return (
    d.component === c.name &&
    d.componentInstance === c.instance &&
    d.evse === c.evse?.id &&
    d.connector === c.evse?.connectorId
  );
}

export function sameVariable(d: VariableDef, v: Variable): boolean {
  return d.variable === v.name && d.variableInstance === v.instance;
}

/** NotifyReport's ReportDataType for one variable (values cut to the schema's 2500 characters). */
export function reportDataOf(d: VariableDef): ReportData {
  const attribute: ReportData['variableAttribute'][number] = { type: 'Actual', mutability: d.mutability, persistent: true, constant: d.mutability === 'ReadOnly' && !d.set };
  if (d.mutability !== 'WriteOnly') attribute.value = d.get().slice(0, 2500);
  const characteristics: NonNullable<ReportData['variableCharacteristics']> = { dataType: d.dataType, supportsMonitoring: false };
  if (d.unit !== undefined) characteristics.unit = d.unit;
  if (d.valuesList !== undefined) characteristics.valuesList = d.valuesList.join(',').slice(0, 1000);
  if (d.min !== undefined) characteristics.minLimit = d.min;
  if (d.max !== undefined) characteristics.maxLimit = d.max;
  return { component: componentOf(d), variable: variableOf(d), variableAttribute: [attribute], variableCharacteristics: characteristics };
}

// ---- value parsing, shared by the table ----

export function parseInteger(value: string, min: number, max: number): number | string {
  if (!/^-?\d+$/.test(value.trim())) return `not an integer: ${value}`;
  const n = Number(value.trim());
  if (n < min || n > max) return `${n} is outside ${min}..${max}`;
  return n;
}

export function parseBoolean(value: string): boolean | string {
  const v = value.trim().toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  return `not a boolean: ${value}`;
}

/** MemberList / SequenceList: comma-separated members of `allowed`, no repeats. */
export function parseList(value: string, allowed: readonly string[], minItems: number): string[] | string {
  const items = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const unknown = items.filter((i) => !allowed.includes(i));
  if (unknown.length > 0) return `not supported: ${unknown.join(', ')}`;
  if (new Set(items).size !== items.length) return 'a member is repeated';
  if (items.length < minItems) return `needs at least ${minItems} member(s)`;
  return items;
}

const accepted: WriteResult = { status: 'Accepted' };

/** A read-write integer backed by a setting. */
export function intSetting(settings: OcppSettings, key: SettingKey, min: number, max: number): Pick<VariableDef, 'dataType' | 'mutability' | 'min' | 'max' | 'get' | 'set'> {
  return {
    dataType: 'integer',
    mutability: 'ReadWrite',
    min,
    max,
    get: () => String(settings.getNumber(key)),
    set: (value) => {
      const n = parseInteger(value, min, max);
      if (typeof n === 'string') return { status: 'Rejected', reason: n };
      settings.set(key, n);
      return accepted;
    },
  };
}

export function boolSetting(settings: OcppSettings, key: SettingKey): Pick<VariableDef, 'dataType' | 'mutability' | 'get' | 'set'> {
  return {
    dataType: 'boolean',
    mutability: 'ReadWrite',
    get: () => String(settings.getBoolean(key)),
    set: (value) => {
      const b = parseBoolean(value);
      if (typeof b === 'string') return { status: 'Rejected', reason: b };
      settings.set(key, b);
      return accepted;
    },
  };
}

/** A read-write list kept somewhere (a setting, the mapper's own state). */
export function listVariable(
  allowed: readonly string[],
  minItems: number,
  read: () => readonly string[],
  write: (v: string[]) => void,
): Pick<VariableDef, 'dataType' | 'mutability' | 'valuesList' | 'get' | 'set'> {
  return {
    dataType: 'MemberList',
    mutability: 'ReadWrite',
    valuesList: allowed,
    get: () => read().join(','),
    set: (value) => {
      const items = parseList(value, allowed, minItems);
      if (typeof items === 'string') return { status: 'Rejected', reason: items };
      write(items);
      return accepted;
    },
  };
}

export function readOnly(dataType: DataType, get: () => string | number | boolean): Pick<VariableDef, 'dataType' | 'mutability' | 'get'> {
  return { dataType, mutability: 'ReadOnly', get: () => String(get()) };
}
