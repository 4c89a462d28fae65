/** One labelled value; `big` for the figures a driver reads from a distance (power, energy). */
import type { Quantity } from '../format.js';

export function Figure({ label, testid, value, big = false }: { label: string; testid: string; value: Quantity | string; big?: boolean }) {
  return (
    <div class={big ? 'figure big' : 'figure'}>
      <span class="label">{label}</span>
      <span class="value" data-testid={testid}>
        {typeof value === 'string' ? (
          value
        ) : (
          <>
            {value.value} <span class="unit">{value.unit}</span>
          </>
        )}
      </span>
    </div>
  );
}
