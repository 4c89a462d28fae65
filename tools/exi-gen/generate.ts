/**
 * Entry point of the EXI code generator: reads the XSDs under <shared>/schemas and writes
 * appliance/src/v2g/exi/generated/<schema>.types.ts and <schema>.codec.ts for every grammar.
 *
 *   npm run gen:exi                      (writes into the project)
 *   node var/exi-gen/generate.js --out DIR --shared DIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Emitter, type SchemaSpec } from './emit.js';
import { SchemaSet } from './xsd.js';

/** The grammars of the codec: schema name → root XSD (relative to <shared>/schemas). */
export const SCHEMAS: readonly SchemaSpec[] = [
  { name: 'appProtocol', source: 'appProtocol/V2G_CI_AppProtocol.xsd' },
  { name: 'din', source: 'din70121/V2G_CI_MsgDef.xsd' },
  { name: 'iso2', source: 'iso15118-2/V2G_CI_MsgDef.xsd' },
  { name: 'iso20', source: 'iso15118-20/V2G_CI_CommonMessages.xsd' },
  { name: 'iso20-ac', source: 'iso15118-20/V2G_CI_AC.xsd' },
  { name: 'iso20-dc', source: 'iso15118-20/V2G_CI_DC.xsd' },
  { name: 'iso20-wpt', source: 'iso15118-20/V2G_CI_WPT.xsd' },
  { name: 'iso20-acdp', source: 'iso15118-20/V2G_CI_ACDP.xsd' },
  // The xmldsig schema alone: the grammar of `xmldsigFragment` SignedInfo (identical copy in every family).
  { name: 'xmldsig', source: 'iso15118-2/xmldsig-core-schema.xsd' },
];

/** Generates all files; returns file name → contents (also written when outDir is given). */
export function generateAll(sharedDir: string, outDir?: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const spec of SCHEMAS) {
    const set = new SchemaSet(path.join(sharedDir, 'schemas', spec.source));
    const { types, codec } = new Emitter(set, spec).generate();
    files.set(`${spec.name}.types.ts`, types);
    files.set(`${spec.name}.codec.ts`, codec);
  }
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    for (const [name, text] of files) writeFileSync(path.join(outDir, name), text);
  }
  return files;
}

function main(argv: string[]): void {
  const root = process.cwd();
  let out = path.join(root, 'appliance/src/v2g/exi/generated');
  let shared = process.env.AMPBOX_SHARED_DIR ?? path.resolve(root, '..', 'shared');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = path.resolve(argv[++i]!);
    else if (argv[i] === '--shared') shared = path.resolve(argv[++i]!);
  }
  const files = generateAll(shared, out);
  process.stdout.write(`exi-gen: wrote ${files.size} files to ${path.relative(root, out) || '.'}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('exi-gen', 'generate.js'))) {
  main(process.argv.slice(2));
}
