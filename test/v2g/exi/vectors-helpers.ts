/** Reading the shared EXI vectors (never copied into the project). */
import { readFileSync } from 'node:fs';
import { sharedPath } from '../../helpers/shared.js';
import type { FragmentSchema, SchemaName } from '../../../appliance/src/v2g/exi/index.js';

export interface VectorLine {
  family: string;
  schema: string;
  message?: string;
  element?: string;
  kind?: string;
  hex: string;
  note: string;
  fields: Record<string, unknown>;
  libcbv2g_hex?: string;
  sha256?: string;
  sha512?: string;
}

export function readJsonl<T>(...parts: string[]): T[] {
  return readFileSync(sharedPath(...parts), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

const BY_XSD: Record<string, FragmentSchema> = {
  'V2G_CI_AppProtocol.xsd': 'appProtocol',
  'V2G_CI_CommonMessages.xsd': 'iso20',
  'V2G_CI_AC.xsd': 'iso20-ac',
  'V2G_CI_DC.xsd': 'iso20-dc',
  'V2G_CI_WPT.xsd': 'iso20-wpt',
  'V2G_CI_ACDP.xsd': 'iso20-acdp',
  'xmldsig-core-schema.xsd': 'xmldsig',
};

/** The codec grammar a vector line is written in. */
export function schemaOf(v: VectorLine): FragmentSchema {
  if (v.schema === 'V2G_CI_MsgDef.xsd') return v.family === 'din70121' ? 'din' : 'iso2';
  const s = BY_XSD[v.schema];
  if (!s) throw new Error(`no grammar for ${v.schema}`);
  return s;
}

export function documentSchemaOf(v: VectorLine): SchemaName {
  const s = schemaOf(v);
  if (s === 'xmldsig') throw new Error('xmldsig is a fragment grammar only');
  return s;
}
