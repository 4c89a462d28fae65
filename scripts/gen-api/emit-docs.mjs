// Renders docs/api.md from the model: the document's own introduction, then endpoints, roles, errors,
// every method and notification with params/result tables and examples, objects and enums.
const DEF_REF = /^#\/definitions\/([A-Za-z0-9_]+)$/;

/** GitHub's heading anchors: lower case, punctuation other than - and _ dropped, spaces to dashes. */
const anchor = (heading) => heading.toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-');
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const code = (v) => `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``;
const refName = (schema) => DEF_REF.exec(schema?.$ref ?? '')?.[1];
const link = (name) => `[${name}](#${anchor(name)})`;
const isEnum = (schema) => Array.isArray(schema?.enum);
const isInlineObject = (schema) => schema && !schema.$ref && schema.type === 'object' && schema.properties !== undefined;

function range(schema) {
  const lo = schema.minimum;
  const hi = schema.maximum;
  if (lo !== undefined && hi !== undefined) return ` ${lo}–${hi}`;
  if (lo !== undefined) return ` ≥ ${lo}`;
  if (hi !== undefined) return ` ≤ ${hi}`;
  return '';
}

/** A short type description for a table cell. */
function typeText(schema) {
  if (!schema || Object.keys(schema).filter((k) => k !== 'description').length === 0) return 'any';
  const ref = refName(schema);
  if (ref) return link(ref);
  if (schema.oneOf) return schema.oneOf.map(typeText).join(' or ');
  if (schema.allOf) return schema.allOf.map(typeText).join(' and ');
  if ('const' in schema) return code(schema.const);
  if (isEnum(schema)) return `one of ${schema.enum.map(code).join(', ')}`;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types
    .map((t) => {
      if (t === 'array') return `${typeText(schema.items)}[]`;
      if (t === 'object' && schema.additionalProperties && typeof schema.additionalProperties === 'object')
        return `map of name → ${typeText(schema.additionalProperties)}`;
      if (t === 'string' && schema.format === 'date-time') return 'string (RFC 3339)';
      if (t === 'string' && schema.pattern) return `string matching ${code(schema.pattern)}`;
      if (t === 'integer' || t === 'number') return `${t}${range(schema)}`;
      return t;
    })
    .join(' or ');
}

const firstSentence = (text) => /^.*?\.(?=\s|$)/s.exec(text ?? '')?.[0] ?? text ?? '';

/** The field's own description, else the lead sentence of the object or enum it refers to; plus its default. */
function descriptionText(schema, own, schemas) {
  const referenced = refName(schema) ? firstSentence(schemas[refName(schema)]?.description) : '';
  const parts = [own || schema?.description || referenced || ''];
  if (schema && 'default' in schema) parts.push(`Default: ${code(schema.default)}.`);
  return parts.filter(Boolean).join(' ');
}

/** One table row, followed by rows for an inline sub-object's fields as `parent.child`. */
function rowsFor(label, schema, required, own, schemas) {
  const rows = [`| \`${label}\` | ${cell(typeText(schema))} | ${required ? 'yes' : 'no'} | ${cell(descriptionText(schema, own, schemas))} |`];
  if (isInlineObject(schema)) rows.push(...fieldRows(schema, schemas, `${label}.`));
  if (schema?.type === 'array' && isInlineObject(schema.items)) rows.push(...fieldRows(schema.items, schemas, `${label}[].`));
  return rows;
}

function fieldRows(schema, schemas, prefix = '') {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, sub]) => rowsFor(`${prefix}${name}`, sub, required.has(name), '', schemas));
}

function table(head, rows) {
  if (rows.length === 0) return '_none_\n';
  return `| ${head} | type | required | description |\n|---|---|---|---|\n${rows.join('\n')}\n`;
}

/** Pretty JSON that keeps arrays of plain values on one line, so examples stay short. */
function pretty(value, indent = '') {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object')) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    return `[\n${value.map((v) => inner + pretty(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

const json = (value) => `\`\`\`json\n${pretty(value)}\n\`\`\`\n`;

function exampleBlocks(method) {
  return method.examples
    .map((ex, i) => {
      const title = `**Example${method.examples.length > 1 ? ` ${i + 1}` : ''}: ${ex.name}**${ex.description ? ` — ${ex.description}` : ''}\n\n`;
      const hasParams = Object.keys(ex.params).length > 0;
      if (method.kind === 'notification') {
        return `${title}${json({ jsonrpc: '2.0', method: method.name, params: ex.params })}`;
      }
      const request = { jsonrpc: '2.0', id: i + 1, method: method.name, ...(hasParams ? { params: ex.params } : {}) };
      return `${title}Request:\n\n${json(request)}\nResponse:\n\n${json({ jsonrpc: '2.0', id: i + 1, result: ex.result })}`;
    })
    .join('\n');
}

function methodSection(method, schemas) {
  const out = [`### ${method.name}\n`, `${method.summary}\n`];
  if (method.description) out.push(`${method.description}\n`);
  const tag = method.tags.includes('rpcapi') ? 'RpcApi 1.0' : 'ampbox extension';
  out.push(`Permission: \`${method.permission}\` · ${tag}\n`);
  const paramRows = method.params.flatMap((p) => rowsFor(p.name, p.schema, p.required, p.description, schemas));
  out.push(`**Params**${method.kind === 'method' ? '' : ' (sent by the server)'}\n\n${table('param', paramRows)}`);
  if (method.kind === 'method') {
    out.push(`**Result**\n\n${table('field', fieldRows(method.result.schema, schemas))}`);
    const codes = method.errors.map((e) => `${e.code}`).join(', ');
    if (codes) out.push(`JSON-RPC errors: ${codes}.\n`);
  }
  out.push(exampleBlocks(method));
  return out.join('\n');
}

function indexTable(methods) {
  const rows = methods.map((m) => `| [${m.name}](#${anchor(m.name)}) | \`${m.permission}\` | ${cell(m.summary)} |`);
  return `| method | permission | summary |\n|---|---|---|\n${rows.join('\n')}\n`;
}

function objectSection(name, schema, schemas) {
  const out = [`### ${name}\n`];
  if (schema.description) out.push(`${schema.description}\n`);
  for (const part of schema.allOf ?? []) {
    if (refName(part)) out.push(`All fields of ${link(refName(part))}, and:\n`);
    else out.push(table('field', fieldRows(part, schemas)));
  }
  if (!schema.allOf) out.push(table('field', fieldRows(schema, schemas)));
  return out.join('\n');
}

function enumSection(name, schema) {
  return `### ${name}\n\n${schema.description ?? ''}\n\n${schema.enum.map((v) => `- ${code(v)}`).join('\n')}\n`;
}

export function emitDocs(model) {
  const requests = model.methods.filter((m) => m.kind === 'method');
  const notifications = model.methods.filter((m) => m.kind === 'notification');
  const schemaEntries = Object.entries(model.schemas);
  const objects = schemaEntries.filter(([, s]) => !isEnum(s));
  const enums = schemaEntries.filter(([, s]) => isEnum(s));

  const servers = model.servers.map((s) => `| ${s.name} | \`${s.url}\` | ${cell(s.summary ?? s.description ?? '')} |`);
  const roles = Object.entries(model.roles).map(([r, ps]) => `| \`${r}\` | ${ps.map(code).join(', ')} |`);
  const errors = model.errors.map(
    (e) => `| ${e.code} | ${cell(e.message)} | ${'data' in e ? cell(code(e.data)) : ''} |`,
  );

  const sections = [
    `<!-- Generated by scripts/gen-api.mjs from api-schema/ampbox.openrpc.json — do not edit.
     Regenerate with \`npm run gen:api\`; a test fails when this file is out of date. -->\n`,
    `# ${model.info.title} ${model.info.version}\n`,
    `Compatible with EVerest RpcApi ${model.rpcapiVersion}. Machine-readable: [api-schema/ampbox.openrpc.json](../api-schema/ampbox.openrpc.json) (OpenRPC ${model.doc.openrpc}).\n`,
    `${model.info.description.trim()}\n`,
    `## Endpoints\n\n| name | URL | notes |\n|---|---|---|\n${servers.join('\n')}\n`,
    `## Roles\n\n| role | permissions |\n|---|---|\n${roles.join('\n')}\n`,
    `## JSON-RPC errors\n\n| code | message | example data |\n|---|---|---|\n${errors.join('\n')}\n`,
    `## Methods\n\n${indexTable(requests)}`,
    ...requests.map((m) => methodSection(m, model.schemas)),
    `## Notifications\n\n${indexTable(notifications)}`,
    ...notifications.map((m) => methodSection(m, model.schemas)),
    `## Objects\n`,
    ...objects.map(([n, s]) => objectSection(n, s, model.schemas)),
    `## Enums\n`,
    ...enums.map(([n, s]) => enumSection(n, s)),
  ];
  return sections.join('\n').replace(/\n{3,}/g, '\n\n');
}
