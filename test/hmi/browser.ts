/**
 * Helpers for the kiosk HMI's browser tests: Debian's headless chromium driven by playwright-core, and the
 * real appliance (`node bin/ampbox.js start`) serving the built HMI on a free port with a temp configuration
 * and database. Hand-written for ampbox's tests.
 *
 * - `chromiumAvailable()` decides skip or fail: the issue requires the browser suite in CI, so a missing
 *   /usr/bin/chromium fails under CI / AMPBOX_REQUIRE_SHARED=1 and only skips (with a note) elsewhere.
 * - `HmiAppliance` starts, stops and restarts the appliance on the same port and database, so the offline
 *   banner and the recovery can be seen in one page.
 * - `ScreenLog` records every screen the page showed (with its data-testid values) from inside the page,
 *   so a screen that lasts a few milliseconds at a fast time scale is still seen and asserted on.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Ampbox, buildOnce, childEnv, freePort, tempDir, writeConfig } from '../fixtures/ampbox-process.js';
import { PROJECT_ROOT } from '../helpers/shared.js';
import { RpcApiClient } from '../fixtures/rpcapi-client.js';

export const CHROMIUM = process.env.AMPBOX_CHROMIUM ?? '/usr/bin/chromium';
export const RESULTS_DIR = path.join(PROJECT_ROOT, 'test-results', 'hmi');

/** The three layouts the issue names: landscape panel, landscape tablet, portrait panel. */
export const VIEWPORTS = [
  { name: '800x480', width: 800, height: 480 },
  { name: '1280x800', width: 1280, height: 800 },
  { name: '480x800', width: 480, height: 800 },
] as const;

/** The screens of the DOM contract (`main[data-screen]`). */
export type Screen = 'ready' | 'authorize' | 'preparing' | 'charging' | 'paused' | 'finished' | 'unavailable' | 'out-of-service';

const inCi = (): boolean => Boolean(process.env.CI) || process.env.AMPBOX_REQUIRE_SHARED === '1';

/** True when chromium is there; throws in CI when it is not; otherwise prints a note and returns false. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (inCi()) throw new Error(`the HMI browser tests need ${CHROMIUM} (Debian package chromium; .ci/run installs it), and CI requires them`);
  console.warn(`note: ${CHROMIUM} is absent; skipping the HMI browser tests (apt-get install chromium)`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Root cannot use chromium's user-namespace sandbox; the small /dev/shm of containers crashes tabs.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-dev-shm-usage', '--disable-gpu'],
  });
}

/**
 * Simulated vehicles with little left to charge, under the built-in names the demo panel plugs, so a
 * session reaches its target within seconds. Small batteries make the SoC move a percent every second or
 * so, and the targets stay below 90 %, where the simulated car tapers its current. DC profiles are capped
 * at 80 A by the configuration schema. The HLC cars are sized for HLC_TIME_SCALE, the basic one for
 * BASIC_TIME_SCALE.
 */
export const SHORT_EV_PROFILES = {
  'ac-3p-16': { max_current_A: 16, phases: 3, battery_kWh: 10, soc_pct: 80, target_soc_pct: 86, hlc: 'none' },
  'ac-3p-16-hlc': { max_current_A: 16, phases: 3, battery_kWh: 2, soc_pct: 80, target_soc_pct: 84, hlc: 'iso2' },
  'dc-iso2': { max_current_A: 80, phases: 3, battery_kWh: 1, soc_pct: 70, target_soc_pct: 76, hlc: 'iso2' },
  'dc-din': { max_current_A: 80, phases: 3, battery_kWh: 1, soc_pct: 70, target_soc_pct: 76, hlc: 'din' },
};

/**
 * Clock speeds. A basic (PWM-only) session has no tight timers: 20x. A simulated ISO 15118 / DIN car gives
 * up when a CurrentDemand or ChargingStatus answer takes longer than 250 simulated ms, so at 20x a busy
 * machine's 13 ms hiccup would end the session; 2x leaves 125 ms.
 */
export const BASIC_TIME_SCALE = 20;
export const HLC_TIME_SCALE = 2;

export const TARIFF = { price_per_kWh: 0.39, currency: 'EUR' };

/**
 * The default configuration's two EVSEs (1: AC with ISO 15118-2, 2: 50 kW DC CCS) and demo cards. The
 * authorization timeout is the longest allowed: at a fast clock the default 60 s would pass before a
 * click lands.
 */
function hmiConfig(dir: string, port: number): Record<string, unknown> {
  return {
    evses: [
      { id: 1, max_current_A: 16, phases: 3, board: { type: 'sim', ev: 'ac-3p-16-hlc' }, slac: { enabled: true, link: 'sim' }, v2g: { enabled: true } },
      {
        id: 2,
        connector: 'cCCS2',
        max_current_A: 32,
        board: { type: 'sim', ev: 'dc-iso2' },
        slac: { enabled: true, link: 'sim' },
        dc: { enabled: true, max_voltage_V: 500, max_current_A: 125, max_power_W: 50000 },
      },
    ],
    auth: {
      mode: 'local',
      timeout_s: 3600,
      local_tokens: [
        { id_token: 'DEADBEEF', label: 'demo card' },
        { id_token: 'BLOCKED01', status: 'Blocked', label: 'blocked card' },
      ],
    },
    database: { path: path.join(dir, 'ampbox.db') },
    http: { host: '127.0.0.1', port },
    simulation: { demo: { repeat: false }, ev_profiles: SHORT_EV_PROFILES },
    tariff: TARIFF,
  };
}

/**
 * The appliance as a real process serving the HMI. The clock runs `timeScale`x real time (see
 * BASIC_TIME_SCALE / HLC_TIME_SCALE): fast enough for short sessions, slow enough that SLAC and the V2G
 * timers still hold with a browser clicking (SLAC fails at 100x; a V2G car waits 60 simulated seconds for
 * the card).
 */
export class HmiAppliance {
  proc: Ampbox | null = null;
  private constructor(
    readonly port: number,
    readonly configFile: string,
    readonly timeScale: number,
  ) {}

  static async start(opts: { timeScale?: number } = {}): Promise<HmiAppliance> {
    await buildOnce();
    const dir = tempDir();
    const port = await freePort();
    const file = writeConfig(dir, hmiConfig(dir, port));
    const a = new HmiAppliance(port, file, opts.timeScale ?? BASIC_TIME_SCALE);
    await a.launch();
    return a;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** Starts the process and waits until `/` serves the HMI (a 503 page means hmi/dist was not built). */
  async launch(): Promise<void> {
    this.proc = Ampbox.spawn(['start', '--config', this.configFile, '--time-scale', String(this.timeScale)], { env: childEnv() });
    const proc = this.proc;
    const end = Date.now() + 30_000;
    for (;;) {
      if (proc.exit) throw new Error(`ampbox exited (${JSON.stringify(proc.exit)}) before serving the HMI\n${proc.transcript()}`);
      const res = await fetch(this.url).catch(() => null);
      if (res) {
        const body = await res.text();
        if (res.status === 200 && /<html/i.test(body)) return;
        throw new Error(`GET / answered ${res.status}; is hmi/dist built (npm run build)?\n${body.slice(0, 500)}`);
      }
      if (Date.now() > end) throw new Error(`ampbox did not serve ${this.url} within 30 s\n${proc.transcript()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** SIGTERM and wait for a clean exit. */
  async stop(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exit) return;
    proc.signal('SIGTERM');
    const exit = await proc.waitExit(20_000);
    if (exit.code !== 0) throw new Error(`ampbox stopped with ${JSON.stringify(exit)}\n${proc.transcript()}`);
  }

  /** The same port and database again, as systemd's restart would give. */
  async restart(): Promise<void> {
    await this.stop();
    await this.launch();
  }

  /** An admin API client (loopback, no auth) to check what the appliance itself says. */
  async api(): Promise<RpcApiClient> {
    const { client } = await RpcApiClient.connect(`ws://127.0.0.1:${this.port}/api`);
    return client;
  }
}

/**
 * The little of the browser's globals the in-page functions below use. The root tsconfig has no DOM lib
 * (it type-checks Node code), and pulling it in for one file would change the globals of every test.
 */
interface PageEl {
  tagName: string;
  textContent: string | null;
  outerHTML: string;
  getAttribute(name: string): string | null;
  closest(selector: string): PageEl | null;
  getBoundingClientRect(): { width: number; height: number };
  querySelectorAll(selector: string): ArrayLike<PageEl>;
}
interface PageGlobals {
  document: PageEl & { documentElement: { scrollWidth: number } };
  innerWidth: number;
  MutationObserver: new (cb: () => void) => { observe(target: unknown, opts: Record<string, boolean>): void };
  __hmiLog?: ScreenRecord[];
}

/** One entry per change of what the page shows: screen plus every data-testid's text. */
export interface ScreenRecord {
  screen: string | null;
  values: Record<string, string>;
  /** ms since the page's navigation start. */
  at: number;
}

/**
 * Installs, before any of the page's scripts run, an observer that appends to `window.__hmiLog` whenever
 * the screen or one of its values changes.
 */
export async function recordScreens(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = globalThis as unknown as PageGlobals & { document: { querySelector(s: string): PageEl | null } };
    const log: ScreenRecord[] = (w.__hmiLog = []);
    let last = '';
    const snap = (): void => {
      const main = w.document.querySelector('main[data-screen]');
      const values: Record<string, string> = {};
      for (const el of Array.from(w.document.querySelectorAll('[data-testid]'))) {
        const id = el.getAttribute('data-testid')!;
        if (id !== 'demo') values[id] = (el.textContent ?? '').trim();
      }
      const rec = { screen: main?.getAttribute('data-screen') ?? null, values };
      const key = JSON.stringify(rec);
      if (key === last) return;
      last = key;
      log.push({ ...rec, at: Math.round(performance.now()) });
    };
    new w.MutationObserver(snap).observe(w.document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

export async function screenLog(page: Page): Promise<ScreenRecord[]> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).__hmiLog ?? []);
}

/** Waits until the recorded history holds a record matching `pred` (seen now or at any time before). */
export async function waitRecorded(page: Page, what: string, pred: (r: ScreenRecord) => boolean, ms = 30_000): Promise<ScreenRecord> {
  const end = Date.now() + ms;
  for (;;) {
    const hit = (await screenLog(page)).find(pred);
    if (hit) return hit;
    if (Date.now() > end) {
      const seen = (await screenLog(page)).map((r) => `${r.screen} ${JSON.stringify(r.values)}`).slice(-15);
      throw new Error(`timed out after ${ms} ms waiting for ${what}; last records:\n${seen.join('\n')}`);
    }
    await page.waitForTimeout(50);
  }
}

/** Waits for `main[data-screen=name]` to be visible now. */
export async function waitScreen(page: Page, name: Screen, ms = 30_000): Promise<void> {
  await page.locator(`main[data-screen="${name}"]`).waitFor({ state: 'visible', timeout: ms });
}

export async function text(page: Page, testid: string): Promise<string> {
  return ((await page.getByTestId(testid).first().textContent({ timeout: 5_000 })) ?? '').trim();
}

/** The first number in a text, with "." or "," as decimal separator (the HMI's figures stay below 1000). */
export function numberIn(s: string): number {
  const m = s.replace(/[\s\u00a0\u202f]/g, '').match(/-?\d+(?:[.,]\d+)?/);
  return m ? Number(m[0].replace(',', '.')) : NaN;
}

const shotsTaken = new Set<string>();

/**
 * One screenshot of the current screen in each of the three viewports (test-results/hmi/<viewport>/<screen>.png),
 * then back to the page's viewport. Returns the screens that changed under the camera (not saved as `name`).
 * Also checks what must hold in every layout: nothing wider than the screen, touch targets ≥ 48 px.
 */
export async function shootAllViewports(page: Page, name: string, opts: { expectScreen?: string } = {}): Promise<{ layoutProblems: string[] }> {
  const original = page.viewportSize();
  const layoutProblems: string[] = [];
  for (const vp of VIEWPORTS) {
    await page.setViewportSize({ width: vp.width, height: vp.height });
    const shown = await page.locator('main[data-screen]').getAttribute('data-screen').catch(() => null);
    if (opts.expectScreen && shown !== opts.expectScreen) continue; // moved on; a later run may catch it
    const dir = path.join(RESULTS_DIR, vp.name);
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, `${name}.png`) });
    shotsTaken.add(`${vp.name}/${name}`);
    layoutProblems.push(...(await layoutCheck(page)).map((p) => `${vp.name} ${name}: ${p}`));
  }
  if (original) await page.setViewportSize(original);
  return { layoutProblems };
}

export function screenshotsTaken(): string[] {
  return [...shotsTaken].sort();
}

/** Horizontal overflow and buttons smaller than 48×48 CSS px (the demo panel is a developer tool: excluded). */
async function layoutCheck(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = globalThis as unknown as PageGlobals;
    const problems: string[] = [];
    const doc = w.document.documentElement;
    if (doc.scrollWidth > w.innerWidth + 1) problems.push(`page is ${doc.scrollWidth} px wide in a ${w.innerWidth} px viewport`);
    for (const b of Array.from(w.document.querySelectorAll('button, a[href], [role="button"]'))) {
      if (b.closest('[data-testid="demo"]')) continue;
      const r = b.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not rendered
      if (r.width < 48 || r.height < 48) problems.push(`touch target "${(b.textContent ?? '').trim() || b.outerHTML.slice(0, 60)}" is ${Math.round(r.width)}×${Math.round(r.height)} px`);
    }
    return problems;
  });
}
