// Issue 7 benchmark: the kiosk HMI's weight and how fast a screen appears.
//
// (a) Bundle size: every .js and .css file under hmi/dist (what `npm run build` produced), raw and gzipped
//     (zlib level 9, as a static pre-compression would; a server's on-the-fly level 6 is a few % larger).
//     Budget (issue 7): JavaScript ≤ 60 kB gzip in total, 1 kB = 1000 bytes.
// (b) Time to first meaningful screen: the appliance (`bin/ampbox.js start`, the default configuration's
//     two EVSEs, its database in a temp dir, no demo) serving the HMI; headless Debian chromium
//     (/usr/bin/chromium through playwright-core) loads `/` BENCH_HMI_LOADS times (default 10) after one
//     discarded warm-up, each in a fresh browser context (empty cache, as a kiosk after a reboot). Measured
//     in the page: from navigation start (performance.timeOrigin) to the first animation frame in which
//     `main[data-screen]` exists with a non-zero size, i.e. the HMI has connected, read the EVSE and drawn
//     a screen. The browser's first-contentful-paint is printed next to it.
// Figures are printed, never asserted.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const YAML = require('js-yaml');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'hmi', 'dist');
const CHROMIUM = process.env.AMPBOX_CHROMIUM ?? '/usr/bin/chromium';
const LOADS = Math.max(1, Number(process.env.BENCH_HMI_LOADS ?? 10));
const JS_BUDGET_BYTES = 60_000;

export async function run() {
  console.log(`machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, node ${process.version}`);
  bundleSize();
  await firstScreen();
}

function bundleSize() {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` first`);
  const files = walk(DIST).filter((f) => /\.(js|mjs|css)$/.test(f));
  const totals = { js: { raw: 0, gz: 0 }, css: { raw: 0, gz: 0 } };
  console.log('bundle (hmi/dist):');
  for (const f of files) {
    const raw = readFileSync(f);
    const gz = gzipSync(raw, { level: 9 }).length;
    const kind = f.endsWith('.css') ? 'css' : 'js';
    totals[kind].raw += raw.length;
    totals[kind].gz += gz;
    console.log(`  ${path.relative(DIST, f).padEnd(40)} ${kB(raw.length).padStart(9)} raw ${kB(gz).padStart(9)} gzip`);
  }
  const verdict = totals.js.gz <= JS_BUDGET_BYTES ? 'within' : 'OVER';
  console.log(`  JavaScript total: ${kB(totals.js.raw)} raw, ${kB(totals.js.gz)} gzip (${verdict} the ${kB(JS_BUDGET_BYTES)} budget)`);
  console.log(`  CSS total: ${kB(totals.css.raw)} raw, ${kB(totals.css.gz)} gzip`);
}

async function firstScreen() {
  if (!existsSync(CHROMIUM)) {
    console.log(`time to first screen: skipped, ${CHROMIUM} is absent (apt-get install chromium)`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ampbox-hmi-bench-'));
  let child = null;
  let browser = null;
  try {
    const port = await freePort();
    const file = path.join(tmp, 'ampbox.yaml');
    const config = YAML.load(readFileSync(path.join(ROOT, 'appliance', 'config', 'default.yaml'), 'utf8'));
    config.database = { path: path.join(tmp, 'ampbox.db') };
    config.http = { ...config.http, port };
    config.log = { level: 'warn' };
    writeFileSync(file, YAML.dump(config));
    child = spawn(process.execPath, [path.join(ROOT, 'bin', 'ampbox.js'), 'start', '--config', file], { stdio: ['ignore', 'ignore', 'inherit'] });
    const url = `http://127.0.0.1:${port}/`;
    await waitFor(async () => (await fetch(url).catch(() => null))?.ok === true, 30_000, `the appliance did not serve ${url}`);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-dev-shm-usage', '--disable-gpu'],
    });
    const screens = [];
    const fcps = [];
    for (let i = 0; i <= LOADS; i++) {
      const context = await browser.newContext({ viewport: { width: 800, height: 480 } });
      const page = await context.newPage();
      await page.addInitScript(markFirstScreen);
      await page.goto(url);
      const screen = await page.waitForFunction(() => globalThis.__firstScreen, undefined, { timeout: 30_000 }).then((h) => h.jsonValue());
      // Paint entries are queued after the frame; by now the first one has arrived.
      const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
      await context.close();
      if (i === 0) continue; // warm-up: chromium's own first-run work, the appliance's first request
      screens.push(screen);
      if (fcp !== null) fcps.push(fcp);
    }
    console.log(`time to first meaningful screen (${LOADS} loads, fresh context each, 800x480):`);
    console.log(`  main[data-screen] drawn: median ${fmt(median(screens))} (min ${fmt(Math.min(...screens))}, max ${fmt(Math.max(...screens))})`);
    if (fcps.length) console.log(`  first-contentful-paint: median ${fmt(median(fcps))} (min ${fmt(Math.min(...fcps))}, max ${fmt(Math.max(...fcps))})`);
  } finally {
    await browser?.close();
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([new Promise((r) => child.once('exit', r)), sleep(5000).then(() => child.kill('SIGKILL'))]);
    }
    rmSync(tmp, { recursive: true, force: true });
  }
}

// Runs in the page before its scripts: notes the first frame in which a screen is on display.
function markFirstScreen() {
  const check = () => {
    const main = document.querySelector('main[data-screen]');
    if (!main || globalThis.__firstScreenSeen) return;
    const r = main.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return;
    globalThis.__firstScreenSeen = true;
    requestAnimationFrame(() => {
      globalThis.__firstScreen = performance.now();
    });
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const fmt = (ms) => `${ms.toFixed(0)} ms`;
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(check, ms, what) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(what);
}
