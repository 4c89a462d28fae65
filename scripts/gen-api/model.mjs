// Loads the OpenRPC document, checks it (meta-schema and the house conventions) and turns it into a plain
// model the emitters share: references resolved, one entry per method with its params, result and the
// TypeScript names derived from it. Every problem found is collected and thrown together, so one run
// shows everything that needs fixing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';

const require = createRequire(import.meta.url);

/** The id the generated validators know the schemas under; `#/definitions/X` resolves inside it. */
export const API_SCHEMA_ID = 'https://ampbox.dev/schemas/api.json';
const COMPONENT_REF = /^#\/components\/schemas\/([A-Za-z0-9_]+)$/;
const METHOD_NAME = /^[A-Z][A-Za-z0-9]*\.[A-Z][A-Za-z0-9]*$/;
const PERMISSIONS = ['public', 'read', 'authorize', 'limits', 'admin'];

export class SchemaProblems extends Error {
  constructor(file, problems) {
    super(`${file}: ${problems.length} problem(s)\n` + problems.map((p) => `  - ${p}`).join('\n'));
    this.name = 'SchemaProblems';
  }
}

/** `EVSE.GetStatus` → `EVSEGetStatus`, the stem of the method's TypeScript names. */
export const typeStem = (methodName) => methodName.replace('.', '');

/**
 * Validates against the OpenRPC meta-schema. The package leaves out the JSON Schema meta-schema it points
 * to (https://meta.json-schema.tools), so draft-07's, which OpenRPC 1.3 specifies for schemas, stands in;
 * the strict Ajv compile in the validators step checks the schemas more closely still.
 */
export function metaSchemaProblems(doc) {
  const { openrpcDocument } = require('@open-rpc/meta-schema');
  const meta = structuredClone(openrpcDocument);
  delete meta.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
  // Referenced both with and without the trailing slash, which Ajv treats as two different ids.
  for (const id of ['https://meta.json-schema.tools', 'https://meta.json-schema.tools/']) {
    const draft07 = structuredClone(require('ajv/dist/refs/json-schema-draft-07.json'));
    draft07.$id = id;
    // The OpenRPC reference object points into the JSON Schema meta-schema for the shape of `$ref`.
    draft07.definitions.JSONSchemaObject = { properties: { $ref: draft07.properties.$ref } };
    ajv.addSchema(draft07);
  }
  const validate = ajv.compile(meta);
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => `OpenRPC meta-schema: ${e.instancePath || '/'} ${e.message}${paramsText(e.params)}`);
}

function paramsText(params) {
  const shown = Object.entries(params ?? {}).filter(([k]) => k !== 'type' && k !== 'passingSchemas');
  return shown.length ? ` (${shown.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')})` : '';
}

/** Follows a `#/components/...` reference of the document; anything else is a problem. */
function resolver(doc, problems) {
  return (node, where) => {
    if (!node || typeof node !== 'object' || !('$ref' in node)) return node;
    const ref = node.$ref;
    const m = /^#\/components\/(tags|contentDescriptors|errors|schemas)\/([A-Za-z0-9_]+)$/.exec(ref);
    const target = m ? doc.components?.[m[1]]?.[m[2]] : undefined;
    if (!target) {
      problems.push(`${where}: unresolvable reference ${ref}`);
      return undefined;
    }
    return target;
  };
}

/** Rewrites component references inside a JSON Schema to `#/definitions/X` and reports unknown ones. */
export function toDefinitionRefs(schema, doc, problems, where) {
  if (Array.isArray(schema)) return schema.map((s, i) => toDefinitionRefs(s, doc, problems, `${where}[${i}]`));
  if (!schema || typeof schema !== 'object') return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k === '$ref') {
      const m = COMPONENT_REF.exec(v);
      if (!m || !doc.components?.schemas?.[m[1]]) problems.push(`${where}: schema reference ${v} does not name a components/schemas entry`);
      out.$ref = m ? `#/definitions/${m[1]}` : v;
    } else if (k === 'examples' || k === 'default' || k === 'const' || k === 'enum') {
      out[k] = structuredClone(v);
    } else {
      out[k] = toDefinitionRefs(v, doc, problems, `${where}/${k}`);
    }
  }
  return out;
}

function buildMethod(doc, raw, index, resolve, problems) {
  const where = `methods[${index}] ${raw.name ?? ''}`.trim();
  const kind = raw['x-notification'] === true ? 'notification' : 'method';
  const tags = (raw.tags ?? []).map((t, i) => resolve(t, `${where} tags[${i}]`)).filter(Boolean);
  const tagNames = tags.map((t) => t.name);
  const params = (raw.params ?? []).map((p, i) => resolve(p, `${where} params[${i}]`)).filter(Boolean);
  const result = raw.result ? resolve(raw.result, `${where} result`) : undefined;
  const errors = (raw.errors ?? []).map((e, i) => resolve(e, `${where} errors[${i}]`)).filter(Boolean);
  const examples = (raw.examples ?? []).map((e, i) => resolve(e, `${where} examples[${i}]`)).filter(Boolean);

  if (!METHOD_NAME.test(raw.name)) problems.push(`${where}: method names are Namespace.Name in letters and digits`);
  if (!PERMISSIONS.includes(raw['x-permission'])) problems.push(`${where}: x-permission must be one of ${PERMISSIONS.join(', ')}`);
  if (raw.paramStructure !== 'by-name') problems.push(`${where}: paramStructure must be by-name (params are named)`);
  if (!raw.summary) problems.push(`${where}: needs a summary`);
  if (kind === 'notification') {
    if (result) problems.push(`${where}: a notification has no result`);
    if (!tagNames.includes('notification')) problems.push(`${where}: a notification carries the tag notification`);
    if (raw['x-permission'] !== 'read') problems.push(`${where}: notifications need the read permission`);
  } else {
    if (!result) problems.push(`${where}: a method needs a result`);
    if (tagNames.includes('notification')) problems.push(`${where}: the tag notification needs x-notification: true`);
    if ('x-notification' in raw) problems.push(`${where}: x-notification is only ever true`);
  }
  if (!tagNames.includes('rpcapi') && !tagNames.includes('extension')) problems.push(`${where}: tag it rpcapi or extension`);
  if (examples.length === 0) problems.push(`${where}: needs at least one example`);

  const seen = new Set();
  for (const p of params) {
    if (seen.has(p.name)) problems.push(`${where}: param ${p.name} listed twice`);
    seen.add(p.name);
  }
  for (const ex of examples) {
    for (const p of ex.params ?? []) {
      if (!seen.has(p.name)) problems.push(`${where} example ${ex.name}: unknown param ${p.name}`);
    }
    if (kind === 'notification' && ex.result) problems.push(`${where} example ${ex.name}: a notification example has no result`);
    if (kind === 'method' && !ex.result) problems.push(`${where} example ${ex.name}: needs a result`);
  }

  return {
    name: raw.name,
    stem: typeStem(raw.name ?? ''),
    kind,
    permission: raw['x-permission'],
    summary: raw.summary ?? '',
    description: raw.description ?? '',
    tags: tagNames,
    params: params.map((p) => ({
      name: p.name,
      required: p.required === true,
      description: p.description ?? '',
      schema: toDefinitionRefs(p.schema, doc, problems, `${where} param ${p.name}`),
    })),
    result: result && {
      description: result.description ?? '',
      schema: toDefinitionRefs(result.schema, doc, problems, `${where} result`),
    },
    errors,
    examples: examples.map((ex) => ({
      name: ex.name,
      description: ex.description ?? '',
      params: Object.fromEntries((ex.params ?? []).map((p) => [p.name, p.value])),
      result: ex.result?.value,
    })),
  };
}

/** Loads, checks and models the document; throws SchemaProblems listing everything wrong. */
export function loadModel(file) {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const problems = metaSchemaProblems(doc);
  if (problems.length) throw new SchemaProblems(file, problems);
  const resolve = resolver(doc, problems);

  const methods = doc.methods.map((m, i) => buildMethod(doc, resolve(m, `methods[${i}]`), i, resolve, problems));
  const names = new Set();
  for (const m of methods) {
    if (names.has(m.name)) problems.push(`method ${m.name} listed twice`);
    names.add(m.name);
  }

  const schemas = {};
  for (const [name, s] of Object.entries(doc.components?.schemas ?? {})) {
    schemas[name] = toDefinitionRefs(s, doc, problems, `components/schemas/${name}`);
  }
  const permissionEnum = doc.components?.schemas?.PermissionEnum?.enum ?? [];
  if (JSON.stringify(permissionEnum) !== JSON.stringify(PERMISSIONS)) problems.push(`PermissionEnum must list ${PERMISSIONS.join(', ')}`);
  const roles = doc['x-roles'] ?? {};
  const roleEnum = doc.components?.schemas?.RoleEnum?.enum ?? [];
  if (JSON.stringify(Object.keys(roles)) !== JSON.stringify(roleEnum)) problems.push('x-roles must name the roles of RoleEnum, in its order');
  for (const [role, perms] of Object.entries(roles)) {
    for (const p of perms) if (!PERMISSIONS.includes(p) || p === 'public') problems.push(`x-roles ${role}: ${p} is not a grantable permission`);
  }

  // Every TypeScript name must be unique across components and the per-method types.
  const typeNames = new Map(Object.keys(schemas).map((n) => [n, `components/schemas/${n}`]));
  for (const m of methods) {
    for (const suffix of m.kind === 'method' ? ['Params', 'Result'] : ['Notification']) {
      const n = m.stem + suffix;
      if (typeNames.has(n)) problems.push(`type name ${n} of ${m.name} clashes with ${typeNames.get(n)}`);
      typeNames.set(n, m.name);
    }
  }

  if (problems.length) throw new SchemaProblems(file, problems);
  const errors = Object.entries(doc.components?.errors ?? {}).map(([key, e]) => ({ key, ...e }));
  return { doc, info: doc.info, servers: doc.servers ?? [], roles, methods, schemas, errors, rpcapiVersion: doc['x-rpcapi-version'] };
}

/** The params object of a method (closed: unknown names are errors) or notification (open, like results). */
export function paramsObjectSchema(method) {
  const schema = {
    type: 'object',
    description: method.kind === 'method' ? `Params of ${method.name}.` : `Params of the notification ${method.name}.`,
    properties: {},
  };
  for (const p of method.params) {
    // A description next to a $ref would make the type generator invent a copy of the referenced type.
    schema.properties[p.name] = p.description && !p.schema.$ref ? { ...p.schema, description: p.description } : p.schema;
  }
  const required = method.params.filter((p) => p.required).map((p) => p.name);
  if (required.length) schema.required = required;
  if (method.kind === 'method') schema.additionalProperties = false;
  return schema;
}

/** Every named schema the generated code knows: components, then per method its params and result types. */
export function namedSchemas(model) {
  const defs = {};
  for (const [name, s] of Object.entries(model.schemas)) defs[name] = s;
  for (const m of model.methods) {
    if (m.kind === 'method') {
      defs[`${m.stem}Params`] = paramsObjectSchema(m);
      defs[`${m.stem}Result`] = { ...m.result.schema, description: m.result.schema.description ?? `Result of ${m.name}.` };
    } else {
      defs[`${m.stem}Notification`] = paramsObjectSchema(m);
    }
  }
  return defs;
}
