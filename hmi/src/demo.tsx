/**
 * The demo panel (`?dev=1`, simulated board only): the hands of a driver — plug a simulated vehicle in,
 * present a card, break something — so a newcomer can walk a whole session in the browser.
 */
import { useState } from 'preact/hooks';
import { DEMO_ACTIONS, type DemoAction, type RpcCaller } from './demo-actions.js';
import type { TextKey } from './i18n.js';

interface DemoProps {
  api: RpcCaller;
  evse: number;
  /** The shown EVSE's kind; null while unknown (every button enabled). */
  kind: 'ac' | 'dc' | null;
  t: (key: TextKey, vars?: Record<string, string | number>) => string;
}

export function DemoPanel({ api, evse, kind, t }: DemoProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const act = async (a: DemoAction): Promise<void> => {
    setProblem(null);
    try {
      const r = await a.run(api, evse);
      if (r.error !== 'NoError') setProblem(t('demo.failed', { error: r.error }));
    } catch (e) {
      setProblem(t('demo.failed', { error: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <section class="demo" data-testid="demo" aria-label={t('demo.title')}>
      <h2>{t('demo.title')}</h2>
      <div class="demo-buttons">
        {DEMO_ACTIONS.map((a) => (
          <button type="button" key={a.id} data-demo={a.id} disabled={a.needs !== undefined && kind !== null && a.needs !== kind} onClick={() => void act(a)}>
            {t(a.label)}
          </button>
        ))}
      </div>
      {problem && (
        <p class="demo-problem" role="status">
          {problem}
        </p>
      )}
    </section>
  );
}
