/**
 * The OpenRPC document (api-schema/ampbox.openrpc.json) is the API's single source of truth: it must be a
 * valid OpenRPC document, cover every method, notification, object and enum of the RpcApi 1.0 notes, and
 * the code and docs generated from it must be what scripts/gen-api.mjs produces. The generated validators
 * are exercised on the document's own examples and on wrong input.
 */
import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { haveShared, PROJECT_ROOT, sharedPath } from '../helpers/shared.js';
import { notificationValidators, objectValidators, paramsValidators, resultValidators, type Validator } from '../../appliance/src/api/generated/validators.js';
import { METHODS, ROLE_PERMISSIONS } from '../../appliance/src/api/generated/methods.js';

const require = createRequire(import.meta.url);
// The package's typings describe documents only; its meta-schema value comes through require().
const { openrpcDocument } = require('@open-rpc/meta-schema') as { openrpcDocument: Record<string, unknown> };
const DOC_PATH = path.join(PROJECT_ROOT, 'api-schema/ampbox.openrpc.json');
const GENERATOR = path.join(PROJECT_ROOT, 'scripts/gen-api.mjs');
const GENERATED = [
  'appliance/src/api/generated/types.ts',
  'appliance/src/api/generated/ajv-standalone.ts',
  'appliance/src/api/generated/validators.ts',
  'appliance/src/api/generated/methods.ts',
  'docs/api.md',
];
const FIVE_PERMISSIONS = ['public', 'read', 'authorize', 'limits', 'admin'];

type Json = Record<string, any>;
const doc: Json = JSON.parse(readFileSync(DOC_PATH, 'utf8'));

/** Follows `#/components/...` references of the document. */
function deref(node: Json): Json {
  if (!node || typeof node.$ref !== 'string') return node;
  const parts = node.$ref.replace(/^#\//, '').split('/');
  let target: any = doc;
  for (const p of parts) target = target?.[p];
  if (target === undefined) throw new Error(`unresolvable ${node.$ref}`);
  return deref(target);
}

/** Properties and required names of an object schema, through $ref and allOf. */
function fieldsOf(schema: Json): { properties: Json; required: Set<string> } {
  const s = deref(schema);
  const properties: Json = { ...(s.properties ?? {}) };
  const required = new Set<string>(s.required ?? []);
  for (const part of s.allOf ?? []) {
    const inner = fieldsOf(part);
    Object.assign(properties, inner.properties);
    for (const r of inner.required) required.add(r);
  }
  return { properties, required };
}

const methodsByName = new Map<string, Json>(doc.methods.map((m: Json) => [m.name, m]));
const paramsOf = (m: Json): Json[] => m.params.map(deref);
const isNotification = (m: Json) => m['x-notification'] === true;

/** Ajv problems as `path message`, which is what a client would be shown. */
const problems = (v: Validator<unknown>) => (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);

describe('the OpenRPC document', () => {
  it('validates against the OpenRPC meta-schema', () => {
    const meta = structuredClone(openrpcDocument) as Json;
    delete meta.$schema;
    // The package omits the JSON Schema meta-schema it refers to; draft-07 (what OpenRPC 1.3 uses) stands in.
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
    for (const id of ['https://meta.json-schema.tools', 'https://meta.json-schema.tools/']) {
      const draft07 = structuredClone(require('ajv/dist/refs/json-schema-draft-07.json'));
      draft07.$id = id;
      draft07.definitions.JSONSchemaObject = { properties: { $ref: draft07.properties.$ref } };
      ajv.addSchema(draft07);
    }
    const validate = ajv.compile(meta);
    expect(validate(doc), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(doc.openrpc).toBe('1.3.2');
    expect(doc.info.version).toBe('1.0.0');
    expect(doc['x-rpcapi-version']).toBe('1.0.0');
    // The meta-schema check is real: a method without params is refused.
    const broken = structuredClone(doc);
    delete broken.methods[0].params;
    expect(validate(broken)).toBe(false);
  });

  it('gives every method x-permission, one of the five values, and marks notifications by the convention', () => {
    for (const m of doc.methods) {
      expect(FIVE_PERMISSIONS, m.name).toContain(m['x-permission']);
      const tags = (m.tags ?? []).map((t: Json) => deref(t).name);
      if (isNotification(m)) {
        expect(m.result, `${m.name} has no result`).toBeUndefined();
        expect(tags, m.name).toContain('notification');
        expect(m['x-permission'], m.name).toBe('read');
      } else {
        expect(m.result, `${m.name} has a result`).toBeDefined();
        expect(tags, m.name).not.toContain('notification');
      }
    }
    expect(methodsByName.get('API.Hello')?.['x-permission']).toBe('public');
    expect(doc.info.description).toContain('x-notification: true');
  });

  it('lists the exact component schema keys the contract names', () => {
    const keys = Object.keys(doc.components.schemas);
    for (const name of [
      'ResponseErrorEnum', 'EVSEStateEnum', 'ChargeProtocolEnum', 'EnergyTransferModeEnum', 'ConnectorTypeEnum',
      'SeverityEnum', 'ChargerInfoObj', 'ConnectorInfoObj', 'EVSEInfoObj', 'ACChargeParametersObj',
      'DCChargeParametersObj', 'ACChargeStatusObj', 'DCChargeStatusObj', 'DisplayParametersObj', 'EVSEStatusObj',
      'HardwareCapabilitiesObj', 'MeterDataObj', 'PhaseValuesObj', 'ErrorOriginObj', 'ErrorObj',
      'ErrorRecordObj', 'SessionRecordObj', 'DisplayStateObj', 'EvProfileObj',
    ]) expect(keys).toContain(name);
  });

  it('closes params objects (typos are -32602) and leaves result objects open', () => {
    expect(paramsValidators['EVSE.GetStatus']({ evse_index: 1, verbose: true })).toBe(false);
    expect(paramsValidators['EVSE.GetStatus'].errors?.[0]?.params).toEqual({ additionalProperty: 'verbose' });
    const status = structuredClone(deref(methodsByName.get('EVSE.GetStatus')!.examples[0]).result.value);
    status.status.future_field = 1;
    expect(resultValidators['EVSE.GetStatus'](status), problems(resultValidators['EVSE.GetStatus']).join('; ')).toBe(true);
  });
});

describe('generated method table', () => {
  it('matches the document: permission, kind and param names of every method and notification', () => {
    expect(Object.keys(METHODS)).toEqual(doc.methods.map((m: Json) => m.name));
    for (const m of doc.methods) {
      const entry = METHODS[m.name as keyof typeof METHODS];
      expect(entry.permission, m.name).toBe(m['x-permission']);
      expect(entry.kind, m.name).toBe(isNotification(m) ? 'notification' : 'method');
      expect([...entry.paramNames], m.name).toEqual(paramsOf(m).map((p) => p.name));
    }
    expect(ROLE_PERMISSIONS).toEqual(doc['x-roles']);
  });
});

describe('generated validators', () => {
  it('accept every example of the document (params, results, notifications)', () => {
    let checked = 0;
    for (const m of doc.methods) {
      for (const raw of m.examples) {
        const ex = deref(raw);
        const params = Object.fromEntries(ex.params.map((p: Json) => [p.name, p.value]));
        const v = isNotification(m)
          ? notificationValidators[m.name as keyof typeof notificationValidators]
          : paramsValidators[m.name as keyof typeof paramsValidators];
        expect(v(params), `${m.name} ${ex.name}: ${problems(v)}`).toBe(true);
        if (!isNotification(m)) {
          const r = resultValidators[m.name as keyof typeof resultValidators];
          expect(r(structuredClone(ex.result.value)), `${m.name} ${ex.name}: ${problems(r)}`).toBe(true);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(doc.methods.length);
  });

  it('reject wrong params with the path and what is wrong', () => {
    const getStatus = paramsValidators['EVSE.GetStatus'];
    expect(getStatus({ evse_index: '1' })).toBe(false);
    expect(problems(getStatus)).toEqual(['/evse_index must be integer']);
    expect(getStatus({})).toBe(false);
    expect(problems(getStatus)).toEqual(["/ must have required property 'evse_index'"]);

    const getErrors = paramsValidators['History.GetErrors'];
    expect(getErrors({ limit: 5000, from: '14.03.2025', severity_at_least: 'Critical', origin: { evse_index: 1 } })).toBe(false);
    const found = problems(getErrors);
    expect(found).toContain('/limit must be <= 1000');
    expect(found.some((p) => p.startsWith('/from must match pattern'))).toBe(true);
    expect(found).toContain('/severity_at_least must be equal to one of the allowed values');
    expect(found).toContain("/origin must have required property 'module_id'");

    const inject = paramsValidators['Simulator.InjectFault'];
    expect(inject({ evse_index: 1, fault: 'meteor_strike' })).toBe(false);
    expect(problems(inject)).toEqual(['/fault must be equal to one of the allowed values']);
    expect(inject.errors?.[0]?.params).toEqual({ allowedValues: ['diode_failure', 'rcd_trip', 'lock_failure', 'cp_short', 'contactor_welded'] });
  });

  it('fill in documented param defaults', () => {
    const params: Json = { state: 'Active' };
    expect(paramsValidators['History.GetErrors'](params)).toBe(true);
    expect(params).toEqual({ state: 'Active', limit: 100, offset: 0 });
    const stop: Json = { evse_index: 1 };
    expect(paramsValidators['Session.Stop'](stop)).toBe(true);
    expect(stop.reason).toBe('Local');
  });

  it('reject wrong results and notifications', () => {
    const result = structuredClone(deref(methodsByName.get('EVSE.GetStatus')!.examples[1]).result.value);
    result.status.state = 'Sleeping';
    result.status.display_parameters.present_soc = 101;
    delete result.status.charge_protocol;
    const r = resultValidators['EVSE.GetStatus'];
    expect(r(result)).toBe(false);
    expect(problems(r).sort()).toEqual([
      "/status must have required property 'charge_protocol'",
      '/status/display_parameters/present_soc must be <= 100',
      '/status/state must be equal to one of the allowed values',
    ]);

    const n = notificationValidators['EVSE.MeterDataChanged'];
    expect(n({ evse_index: 1, meter_data: { timestamp: 1710408413000, energy_Wh_import: {} } })).toBe(false);
    expect(problems(n).sort()).toEqual([
      "/meter_data/energy_Wh_import must have required property 'total'",
      '/meter_data/timestamp must be string',
    ]);
    expect(objectValidators.SessionRecordObj({ session_id: 's', evse_index: 1 })).toBe(false);
  });
});

describe('generated files', () => {
  it('are what scripts/gen-api.mjs produces from the document, byte for byte', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'ampbox-gen-api-'));
    execFileSync(process.execPath, [GENERATOR, '--out', out], { stdio: 'pipe' });
    for (const rel of GENERATED) {
      const committed = readFileSync(path.join(PROJECT_ROOT, rel), 'utf8');
      expect(readFileSync(path.join(out, rel), 'utf8') === committed, `${rel} is out of date: run \`npm run gen:api\``).toBe(true);
      expect(committed, rel).toMatch(/Generated by scripts\/gen-api\.mjs from api-schema\/ampbox\.openrpc\.json — do not edit/);
    }
  });

  it('are not written when the document breaks a convention: the generator lists the problems and fails', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ampbox-gen-api-bad-'));
    const broken = structuredClone(doc);
    broken.methods.find((m: Json) => m.name === 'EVSE.GetStatus')['x-permission'] = 'root';
    broken.methods.find((m: Json) => m.name === 'EVSE.StatusChanged').result = { name: 'result', schema: {} };
    const file = path.join(dir, 'broken.openrpc.json');
    writeFileSync(file, JSON.stringify(broken));
    const run = spawnSync(process.execPath, [GENERATOR, '--schema', file, '--out', path.join(dir, 'out')], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('EVSE.GetStatus: x-permission must be one of public, read, authorize, limits, admin');
    expect(run.stderr).toContain('EVSE.StatusChanged: a notification has no result');
    expect(spawnSync('ls', [path.join(dir, 'out')]).status).not.toBe(0);
  });
});

// ---- The RpcApi 1.0 notes (../shared/notes/rpcapi-1.0.md) against the document ----

const NOTES = 'notes/rpcapi-1.0.md';
const HAVE_NOTES = haveShared(NOTES);
const notes = HAVE_NOTES ? readFileSync(sharedPath(NOTES), 'utf8') : '';

/** The body of the section whose heading starts with `title` (the heading line itself left out). */
function section(title: string): string {
  const heading = notes.indexOf(`\n## ${title}`);
  if (heading < 0) throw new Error(`notes have no section ${title}`);
  const start = notes.indexOf('\n', heading + 1);
  const end = notes.indexOf('\n## ', start);
  return notes.slice(start, end < 0 ? undefined : end);
}

/** `evse_index, max_current (A; negative = export)` → [{name: 'evse_index', optional: false}, …] */
function fieldList(text: string): Array<{ name: string; optional: boolean }> {
  const bare = text.replace(/\([^)]*\)/g, '').split(' — ')[0]!.trim();
  if (bare === '–' || bare === '') return [];
  return bare.split(',').map((f) => {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)(\??)/.exec(f);
    if (!m) throw new Error(`cannot read field list "${text}"`);
    return { name: m[1]!, optional: m[2] === '?' };
  });
}

interface NoteField {
  name: string;
  optional: boolean;
  array: boolean;
  children?: NoteField[];
}

/** Reads the notes' object notation `{a, b?, c {x, y?}, d[{…}], e[]}` into a tree. */
function parseObject(text: string, at = 0): { fields: NoteField[]; end: number } {
  let i = at;
  const skip = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const expectChar = (c: string) => {
    skip();
    if (text[i] !== c) throw new Error(`expected ${c} at ${i} in ${text.slice(at, at + 80)}`);
    i++;
  };
  expectChar('{');
  const fields: NoteField[] = [];
  for (;;) {
    skip();
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
    if (!m) throw new Error(`expected a field name at ${i}`);
    i += m[0].length;
    const field: NoteField = { name: m[0], optional: false, array: false };
    if (text[i] === '?') { field.optional = true; i++; }
    skip();
    if (text[i] === '[') {
      field.array = true;
      i++;
      skip();
      if (text[i] === '{') { const inner = parseObject(text, i); field.children = inner.fields; i = inner.end; }
      expectChar(']');
    } else if (text[i] === '{') {
      const inner = parseObject(text, i);
      field.children = inner.fields;
      i = inner.end;
    }
    fields.push(field);
    skip();
    if (text[i] === ',') { i++; continue; }
    expectChar('}');
    return { fields, end: i };
  }
}

/** Every field of the notes is in the schema; fields the notes do not mark optional are required. */
function checkFields(fields: NoteField[], schema: Json, where: string): void {
  const { properties, required } = fieldsOf(schema);
  for (const f of fields) {
    const prop = properties[f.name];
    expect(prop, `${where}.${f.name} is in the schema`).toBeDefined();
    if (!f.optional) expect(required.has(f.name), `${where}.${f.name} is required`).toBe(true);
    if (f.children) {
      const target = f.array ? deref(prop).items : prop;
      checkFields(f.children, target, `${where}.${f.name}`);
    }
  }
}

describe.skipIf(!HAVE_NOTES)('coverage of the RpcApi 1.0 notes', () => {
  it('has every method of the notes table with its params (required) and result fields', () => {
    const rows = section('Methods')
      .split('\n')
      .filter((l) => /^\| [A-Z][A-Za-z]*\.[A-Za-z]+ \|/.test(l));
    expect(rows.length).toBe(12);
    for (const row of rows) {
      const [name, params, result] = row.split('|').slice(1, 4).map((c) => c.trim()) as [string, string, string];
      const m = methodsByName.get(name);
      expect(m, `${name} is in the document`).toBeDefined();
      expect(isNotification(m!), name).toBe(false);
      const docParams = new Map(paramsOf(m!).map((p) => [p.name, p]));
      for (const p of fieldList(params)) {
        expect(docParams.has(p.name), `${name} has param ${p.name}`).toBe(true);
        expect(docParams.get(p.name)!.required, `${name} param ${p.name} is required`).toBe(true);
      }
      const resultFields = fieldList(result.replace(/\[\]/g, ''));
      checkFields(resultFields.map((f) => ({ ...f, array: false })), deref(m!.result).schema, name);
    }
  });

  it('has every notification of the notes with exactly its params', () => {
    const found = [...notes.matchAll(/`([A-Z][A-Za-z]*\.[A-Za-z]+)\s+\{([^}]*)\}`/g)];
    expect(found.length).toBe(4);
    for (const [, name, params] of found) {
      const m = methodsByName.get(name!);
      expect(m && isNotification(m), `${name} is a notification of the document`).toBe(true);
      expect(paramsOf(m!).map((p) => p.name).sort(), name).toEqual(fieldList(params!).map((p) => p.name).sort());
      for (const p of paramsOf(m!)) expect(p.required, `${name} ${p.name}`).toBe(true);
    }
  });

  it('has every value of every enum of the notes', () => {
    const items = section('Enums').split(/\n- /).slice(1);
    expect(items.length).toBe(5);
    for (const item of items) {
      const [, name, list] = /^(\w+):\s*([\s\S]*)$/.exec(item.trim())!;
      const schema = doc.components.schemas[name!] ?? doc.components.schemas[`${name}Enum`];
      expect(schema, `${name} is in components/schemas`).toBeDefined();
      const values = list!.replace(/\.\s*$/, '').split(',').map((v) => v.trim());
      for (const v of values) expect(schema.enum, `${name} has ${v}`).toContain(v);
    }
  });

  it('has every object of the notes with its fields, nested ones included', () => {
    const items = section('Objects').split(/\n- /).slice(1);
    expect(items.length).toBe(5);
    for (const item of items) {
      const name = /^(\w+)/.exec(item)![1]!;
      const schema = doc.components.schemas[name];
      expect(schema, `${name} is in components/schemas`).toBeDefined();
      checkFields(parseObject(item, item.indexOf('{')).fields, schema, name);
    }
  });

  it('maps every session event of the notes to a state the EVSEStateEnum has', () => {
    const mapping = section('State mapping');
    const states = [...mapping.matchAll(/→ (\w+)/g)].map((m) => m[1]!);
    expect(states.length).toBeGreaterThan(8);
    for (const s of states) expect(doc.components.schemas.EVSEStateEnum.enum, s).toContain(s);
  });
});
