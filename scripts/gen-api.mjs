#!/usr/bin/env node
// Generates the API's code and reference from api-schema/ampbox.openrpc.json, the single source of truth:
//   appliance/src/api/generated/types.ts          types (json-schema-to-typescript)
//   appliance/src/api/generated/ajv-standalone.ts Ajv standalone validator code
//   appliance/src/api/generated/validators.ts     the typed validators over it
//   appliance/src/api/generated/methods.ts        the method table
//   docs/api.md                                    the readable reference
// The document is checked against the OpenRPC meta-schema and the house conventions first; any problem
// stops the run with a list. Usage: node scripts/gen-api.mjs [--out DIR] [--schema FILE]: DIR defaults to
// the repository root and the files land at the same relative paths below it (the reproducibility test
// generates into a temporary DIR); FILE defaults to api-schema/ampbox.openrpc.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel, SchemaProblems } from './gen-api/model.mjs';
import { emitTypes, emitValidators, emitMethods } from './gen-api/emit-ts.mjs';
import { emitDocs } from './gen-api/emit-docs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(argv, name, fallback) {
  const i = argv.indexOf(name);
  if (i === -1) return fallback;
  const value = argv[i + 1];
  if (!value || value.startsWith('--')) throw new Error(`${name} needs a path`);
  return path.resolve(value);
}

async function main() {
  const argv = process.argv.slice(2);
  const out = option(argv, '--out', root);
  const model = loadModel(option(argv, '--schema', path.join(root, 'api-schema/ampbox.openrpc.json')));
  const { standalone, facade } = emitValidators(model);
  const files = {
    'appliance/src/api/generated/types.ts': await emitTypes(model),
    'appliance/src/api/generated/ajv-standalone.ts': standalone,
    'appliance/src/api/generated/validators.ts': facade,
    'appliance/src/api/generated/methods.ts': emitMethods(model),
    'docs/api.md': emitDocs(model),
  };
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(out, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main().catch((err) => {
  console.error(err instanceof SchemaProblems ? err.message : err);
  process.exit(1);
});
