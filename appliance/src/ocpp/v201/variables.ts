/**
 * GetVariables (B06) and SetVariables (B05) over the device-model table. Each item is answered on its own,
 * in request order; only the attribute Actual exists here.
 */
import { OcppCallError, type MapperContext } from '../ports.js';
import { sameComponent, sameVariable, type VariableDef } from './device-model.js';
import { LIMITS } from './device-model-table.js';
import type {
  Component,
  GetVariableResult,
  GetVariablesRequest,
  SetVariableResult,
  SetVariablesRequest,
  Variable,
} from './messages.js';

type Lookup = { def: VariableDef } | { status: 'UnknownComponent' | 'UnknownVariable' };

export function lookup(defs: readonly VariableDef[], component: Component, variable: Variable): Lookup {
  const ofComponent = defs.filter((d) => sameComponent(d, component));
  if (ofComponent.length === 0) return { status: 'UnknownComponent' };
  const def = ofComponent.find((d) => sameVariable(d, variable));
  return def ? { def } : { status: 'UnknownVariable' };
}

export function getVariables(defs: readonly VariableDef[], req: GetVariablesRequest): GetVariableResult[] {
  return req.getVariableData.map(({ component, variable, attributeType }) => {
    const base = { component, variable, ...(attributeType ? { attributeType } : {}) };
    const found = lookup(defs, component, variable);
    if (!('def' in found)) return { ...base, attributeStatus: found.status };
    if ((attributeType ?? 'Actual') !== 'Actual') return { ...base, attributeStatus: 'NotSupportedAttributeType' };
    if (found.def.mutability === 'WriteOnly') return { ...base, attributeStatus: 'Rejected', attributeStatusInfo: { reasonCode: 'WriteOnly' } };
    return { ...base, attributeStatus: 'Accepted', attributeValue: found.def.get().slice(0, 2500) };
  });
}

export function setVariables(defs: readonly VariableDef[], req: SetVariablesRequest): SetVariableResult[] {
  return req.setVariableData.map(({ component, variable, attributeType, attributeValue }) => {
    const base = { component, variable, ...(attributeType ? { attributeType } : {}) };
    const found = lookup(defs, component, variable);
    if (!('def' in found)) return { ...base, attributeStatus: found.status };
    if ((attributeType ?? 'Actual') !== 'Actual') return { ...base, attributeStatus: 'NotSupportedAttributeType' };
    const def = found.def;
    // B05: a read-only variable is Rejected, not silently ignored.
    if (def.mutability === 'ReadOnly' || !def.set) return { ...base, attributeStatus: 'Rejected', attributeStatusInfo: { reasonCode: 'ReadOnly' } };
    const r = def.set(attributeValue);
    if (r.status === 'Rejected') return { ...base, attributeStatus: 'Rejected', attributeStatusInfo: { reasonCode: 'InvalidValue', additionalInfo: r.reason.slice(0, 512) } };
    return { ...base, attributeStatus: r.status };
  });
}

export function registerVariables(ctx: MapperContext, defs: () => readonly VariableDef[]): void {
  ctx.link.handle('GetVariables', (req: GetVariablesRequest) => {
    // DeviceDataCtrlr.ItemsPerMessage[GetVariables]: a longer request is refused as a whole.
    if (req.getVariableData.length > LIMITS.getVariablesItems) {
      throw new OcppCallError('OccurrenceConstraintViolation', `at most ${LIMITS.getVariablesItems} getVariableData per request`);
    }
    return { getVariableResult: getVariables(defs(), req) };
  });
  ctx.link.handle('SetVariables', (req: SetVariablesRequest) => {
    if (req.setVariableData.length > LIMITS.setVariablesItems) {
      throw new OcppCallError('OccurrenceConstraintViolation', `at most ${LIMITS.setVariablesItems} setVariableData per request`);
    }
    const results = setVariables(defs(), req);
    for (const r of results) if (r.attributeStatus === 'Accepted') ctx.log.info(`SetVariables: ${describe(r.component)}.${r.variable.name} changed`);
    return { setVariableResult: results };
  });
}

function describe(c: Component): string {
  const at = c.evse ? `[evse ${c.evse.id}${c.evse.connectorId !== undefined ? `/${c.evse.connectorId}` : ''}]` : '';
  return `${c.name}${c.instance ? `(${c.instance})` : ''}${at}`;
}
