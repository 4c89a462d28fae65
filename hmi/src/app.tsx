/**
 * The HMI: one EVSE (`?evse=N`), its screen, the language buttons, the offline banner and, with `?dev=1` on a
 * simulated board, the demo panel. Data comes only through the JSON-RPC API.
 */
import type { JSX } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiClient, apiUrl, fetchSessionToken, type ConnectionState } from './api.js';
import type { NotificationParams } from './api-types.js';
import { DemoPanel } from './demo.js';
import { LANG_NAMES, LANGS, translate, type Lang, type TextKey } from './i18n.js';
import type { ScreenName } from './select-screen.js';
import { emptyModel, screenOf, withDisplay, withErrors, withMeter, withoutRecent, withSessionFinished, withStatus, type Model } from './state.js';
import { AuthorizeScreen } from './screens/authorize.js';
import { ChargingScreen } from './screens/charging.js';
import { FinishedScreen } from './screens/finished.js';
import { OutOfServiceScreen } from './screens/out-of-service.js';
import { PausedScreen } from './screens/paused.js';
import { PreparingScreen } from './screens/preparing.js';
import type { ScreenProps } from './screens/props.js';
import { ReadyScreen } from './screens/ready.js';
import { UnavailableScreen } from './screens/unavailable.js';

const SCREEN_VIEWS: Record<ScreenName, (p: ScreenProps) => JSX.Element> = {
  ready: ReadyScreen,
  authorize: AuthorizeScreen,
  preparing: PreparingScreen,
  charging: ChargingScreen,
  paused: PausedScreen,
  finished: FinishedScreen,
  unavailable: UnavailableScreen,
  'out-of-service': OutOfServiceScreen,
};

export interface AppOptions {
  evse: number;
  dev: boolean;
  initialLang: Lang;
}

export function App({ evse, dev, initialLang }: AppOptions) {
  const [model, setModel] = useState<Model>(() => emptyModel(evse));
  const [conn, setConn] = useState<ConnectionState>('connecting');
  const [lang, setLang] = useState<Lang>(initialLang);
  const [demo, setDemo] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const clientRef = useRef<ApiClient | null>(null);

  const update = useCallback((f: (m: Model) => Model) => setModel((m) => f(m)), []);

  useEffect(() => {
    const onNotification = <N extends keyof NotificationParams>(method: N, params: NotificationParams[N]): void => {
      const p = params as Partial<{ evse_index: number }>;
      if (p.evse_index !== undefined && p.evse_index !== evse) return;
      switch (method) {
        case 'EVSE.StatusChanged':
          return update((m) => withStatus(m, (params as NotificationParams['EVSE.StatusChanged']).evse_status));
        case 'Display.StateChanged':
          return update((m) => withDisplay(m, (params as NotificationParams['Display.StateChanged']).display));
        case 'EVSE.MeterDataChanged':
          return update((m) => withMeter(m, (params as NotificationParams['EVSE.MeterDataChanged']).meter_data));
        case 'ChargePoint.ActiveErrorsChanged':
          return update((m) => withErrors(m, (params as NotificationParams['ChargePoint.ActiveErrorsChanged']).active_errors));
        case 'History.SessionFinished':
          return update((m) => withSessionFinished(m, (params as NotificationParams['History.SessionFinished']).session, Date.now()));
      }
    };
    const client = new ApiClient({
      url: apiUrl(location),
      getToken: fetchSessionToken,
      onState: setConn,
      onNotification,
      onReady: () => {
        // Everything again: notifications were missed while the connection was down.
        void client.call('EVSE.GetStatus', { evse_index: evse }).then((r) => update((m) => withStatus(m, r.status)), ignore);
        void client.call('Display.GetState', { evse_index: evse }).then((r) => update((m) => withDisplay(m, r.display)), ignore);
        void client.call('EVSE.GetMeterData', { evse_index: evse }).then((r) => r.error === 'NoError' && update((m) => withMeter(m, r.meter_data)), ignore);
        void client.call('ChargePoint.GetActiveErrors', {}).then((r) => update((m) => withErrors(m, r.active_errors)), ignore);
        if (dev)
          void client.call('Simulator.GetEvProfiles', {}).then(
            (r) => setDemo(r.error === 'NoError' && Object.keys(r.profiles).length > 0),
            () => setDemo(false),
          );
      },
    });
    clientRef.current = client;
    client.start();
    return () => client.stop();
  }, [evse, dev, update]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  // The summary of an unplugged session disappears on its own; re-render when its time is up.
  useEffect(() => {
    const until = model.recent?.until;
    if (until === undefined) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, until - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [model.recent]);

  const t = useMemo(() => (key: TextKey, vars?: Record<string, string | number>) => translate(lang, key, vars), [lang]);
  const screen = screenOf(model, Math.max(now, Date.now()));
  const View = screen ? SCREEN_VIEWS[screen] : null;
  const kind = model.status ? (model.status.dc_charge_param ? 'dc' : 'ac') : null;

  return (
    <div class="app">
      <div class="panel">
        {conn === 'offline' && (
          <div class="banner offline" role="alert" data-testid="offline">
            {t('app.offline')}
          </div>
        )}
        {conn === 'denied' && (
          <div class="banner offline" role="alert" data-testid="denied">
            {t('app.denied')}
          </div>
        )}
        <header class="top">
          <span class="evse">{t('app.evse', { n: evse })}</span>
          <nav class="langs" aria-label={t('app.language')}>
            {LANGS.map((l) => (
              <button type="button" key={l} data-lang={l} lang={l} aria-pressed={l === lang} onClick={() => setLang(l)}>
                {LANG_NAMES[l]}
              </button>
            ))}
          </nav>
        </header>
        {View && screen ? (
          <main data-screen={screen} class={`screen screen-${screen}`}>
            <View m={model} lang={lang} t={t} onDone={() => update(withoutRecent)} />
          </main>
        ) : (
          <div class="loading" role="status">
            {t('app.loading')}
          </div>
        )}
      </div>
      {demo && clientRef.current && <DemoPanel api={clientRef.current} evse={evse} kind={kind} t={t} />}
    </div>
  );
}

function ignore(): void {
  // A failed read is retried by the next reconnect; notifications keep the model current meanwhile.
}
