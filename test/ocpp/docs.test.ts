/**
 * docs/ocpp.md stays true: its table of 1.6 configuration keys is exactly what GetConfiguration reports
 * (with the same read-only flags), and its table of 2.0.1 variables is exactly what GetBaseReport
 * FullInventory reports (with the same mutability) — both asked of the running appliance by the test CSMS.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { startV16, type V16Bench } from './v16/bench.js';
import { ask, startV201, type V201Bench } from './v201/bench.js';

const DOC = readFileSync(path.join(PROJECT_ROOT, 'docs', 'ocpp.md'), 'utf8');

/** Rows `| \`Name\` | RW or RO | …` of the table under the heading. */
function documented(heading: string): Map<string, string> {
  const start = DOC.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`docs/ocpp.md has no "## ${heading}" section`);
  const end = DOC.indexOf('\n## ', start + 1);
  const rows = new Map<string, string>();
  for (const line of DOC.slice(start, end < 0 ? undefined : end).split('\n')) {
    const m = /^\| `([^`]+)` \| (RW|RO|WO) \|/.exec(line);
    if (m) rows.set(m[1]!, m[2]!);
  }
  return rows;
}

let v16: V16Bench | null = null;
let v201: V201Bench | null = null;
afterEach(async () => {
  await v16?.close();
  await v201?.close();
  v16 = v201 = null;
});

describe('docs/ocpp.md', () => {
  it('lists every 1.6 configuration key GetConfiguration reports, with its read-only flag', async () => {
    v16 = await startV16();
    const keys = (await v16.call('GetConfiguration', {})).configurationKey as Array<{ key: string; readonly: boolean }>;
    const reported = new Map(keys.map((k) => [k.key, k.readonly ? 'RO' : 'RW']));
    expect(Object.fromEntries(documented('OCPP 1.6 configuration keys'))).toEqual(Object.fromEntries(reported));
    v16.csms.assertNoViolations();
  });

  it('lists every 2.0.1 component variable GetBaseReport reports, with its mutability', async () => {
    v201 = await startV201();
    expect(await ask(v201, 'GetBaseReport', { requestId: 1, reportBase: 'FullInventory' })).toEqual({ status: 'Accepted' });
    await v201.settle(() => v201!.calls('NotifyReport').some((c) => c.payload.tbc === false), 'the last NotifyReport page');
    const reported = new Map<string, string>();
    for (const d of v201.calls('NotifyReport').flatMap((c) => c.payload.reportData)) {
      // Per-EVSE and per-connector entries are documented once, as EVSE[n] / Connector[n].
      const component = `${d.component.name}${d.component.evse ? '[n]' : ''}`;
      const name = `${component}.${d.variable.name}${d.variable.instance ? `[${d.variable.instance}]` : ''}`;
      const m = d.variableAttribute[0].mutability ?? 'ReadWrite';
      reported.set(name, m === 'ReadOnly' ? 'RO' : m === 'WriteOnly' ? 'WO' : 'RW');
    }
    expect(Object.fromEntries(documented('OCPP 2.0.1 device model'))).toEqual(Object.fromEntries(reported));
    v201.csms.assertNoViolations();
  });
});
