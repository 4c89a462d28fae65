/**
 * GetBaseReport (B07) and GetReport (B08): Accepted (or EmptyResultSet), then the report in NotifyReport
 * pages of DeviceDataCtrlr.ItemsPerMessage[GetReport] entries — seqNo from 0, tbc on all but the last, one
 * generatedAt, the request's requestId. Values are taken when the request arrives.
 */
import type { MapperContext } from '../ports.js';
import { isoTime } from './convert.js';
import { afterAnswer } from './defer.js';
import { reportDataOf, sameComponent, type VariableDef } from './device-model.js';
import { LIMITS } from './device-model-table.js';
import type { Component, ComponentCriterion, GetReportRequest, NotifyReportRequest, ReportBase, ReportData, Variable } from './messages.js';

/** B07: which variables each base report holds. */
export function baseReport(defs: readonly VariableDef[], base: ReportBase): VariableDef[] {
  switch (base) {
    case 'FullInventory':
      return [...defs];
    case 'ConfigurationInventory':
      return defs.filter((d) => d.mutability !== 'ReadOnly');
    case 'SummaryInventory':
      return defs.filter((d) => d.variable === 'AvailabilityState' || d.variable === 'Problem');
  }
}

/** B08: componentVariable entries match by name and whatever else they give; criteria by a true variable of that name. */
export function filterReport(defs: readonly VariableDef[], req: Pick<GetReportRequest, 'componentVariable' | 'componentCriteria'>): VariableDef[] {
  let out = [...defs];
  if (req.componentVariable) {
    const wanted = req.componentVariable;
    out = out.filter((d) => wanted.some((w) => matchesComponent(d, w.component) && (!w.variable || matchesVariable(d, w.variable))));
  }
  if (req.componentCriteria) {
    const criteria = req.componentCriteria;
    out = out.filter((d) => criteria.some((c) => componentFlag(defs, d, c)));
  }
  return out;
}

function matchesComponent(d: VariableDef, c: Component): boolean {
  if (d.component !== c.name) return false;
  if (c.instance !== undefined && d.componentInstance !== c.instance) return false;
  if (c.evse !== undefined) {
    if (d.evse !== c.evse.id) return false;
    if (c.evse.connectorId !== undefined && d.connector !== c.evse.connectorId) return false;
  }
  return true;
}

function matchesVariable(d: VariableDef, v: Variable): boolean {
  return d.variable === v.name && (v.instance === undefined || d.variableInstance === v.instance);
}

/** Whether the component `d` belongs to has the criterion's variable (Active, Available, Enabled, Problem) true. */
function componentFlag(defs: readonly VariableDef[], d: VariableDef, criterion: ComponentCriterion): boolean {
  const key: Component = { name: d.component, ...(d.componentInstance !== undefined ? { instance: d.componentInstance } : {}) };
  if (d.evse !== undefined) key.evse = d.connector !== undefined ? { id: d.evse, connectorId: d.connector } : { id: d.evse };
  const flag = defs.find((x) => sameComponent(x, key) && x.variable === criterion && x.variableInstance === undefined);
  return flag?.get() === 'true';
}

export function pages(data: ReportData[], requestId: number, generatedAt: string, perPage: number): NotifyReportRequest[] {
  const out: NotifyReportRequest[] = [];
  for (let i = 0; i < data.length; i += perPage) {
    const last = i + perPage >= data.length;
    out.push({ requestId, generatedAt, seqNo: out.length, tbc: !last, reportData: data.slice(i, i + perPage) });
  }
  return out;
}

export function registerReports(ctx: MapperContext, defs: () => readonly VariableDef[]): void {
  const report = (requestId: number, selected: VariableDef[]): void => {
    const data = selected.map(reportDataOf);
    const all = pages(data, requestId, isoTime(ctx.now()), LIMITS.reportItemsPerMessage);
    afterAnswer(() => void sendPages(ctx, all));
  };

  ctx.link.handle('GetBaseReport', (req: { requestId: number; reportBase: ReportBase }) => {
    const selected = baseReport(defs(), req.reportBase);
    if (selected.length === 0) return { status: 'EmptyResultSet' };
    report(req.requestId, selected);
    return { status: 'Accepted' };
  });

  ctx.link.handle('GetReport', (req: GetReportRequest) => {
    const selected = filterReport(defs(), req);
    if (selected.length === 0) return { status: 'EmptyResultSet' };
    report(req.requestId, selected);
    return { status: 'Accepted' };
  });
}

async function sendPages(ctx: MapperContext, all: NotifyReportRequest[]): Promise<void> {
  for (const page of all) {
    try {
      await ctx.sender.send('NotifyReport', page);
    } catch (err) {
      ctx.log.warn(`NotifyReport ${page.requestId} page ${page.seqNo}: ${(err as Error).message}`);
      return;
    }
  }
}
