// Issue 2 benchmark: the appliance spine next to a bare fastify process, same run, same machine.
//
// (a) start-to-READY: from spawn() to the receipt of READY=1 on a real unix datagram socket given as
//     NOTIFY_SOCKET. Appliance: `node bin/ampbox.js start --config <tmp>`. Baseline:
//     `node bench/fixtures/bare-fastify.mjs <port>`, which sends READY=1 through the same `systemd-notify`
//     package (and so the same systemd-notify command) once fastify listens.
// (b) RSS (VmRSS, and the VmHWM peak) from /proc/PID/status: the appliance after a simulated one-hour AC
//     session (`--scenario ac-hour --time-scale 600`, demo repeat off) once `SessionFinished` is logged
//     plus a settle; the baseline after READY and 3600 GET requests (one per simulated second, paced over
//     the same ~6 s real time) plus the same settle.
//
// One discarded warm-up round, then BENCH_RUNS rounds (default 7); in each round the appliance and the
// baseline run one after the other (never at the same time), alternating which goes first.
// Figures are printed, not asserted. Every child is killed at the end; only temp files are written.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const unixDgram = require('unix-dgram');
const YAML = require('js-yaml');
const Database = require('better-sqlite3');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const AMPBOX = path.join(ROOT, 'bin', 'ampbox.js');
const BARE = path.join(ROOT, 'bench', 'fixtures', 'bare-fastify.mjs');

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const TIME_SCALE = 600;
const SESSION_S = 3600;
const SETTLE_MS = 1000;
const READY_TIMEOUT_MS = 30_000;
const SESSION_TIMEOUT_MS = 60_000;
const AIM = 2;

export async function run() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ampbox-bench-'));
  const live = new Set(); // every child still running
  const receivers = new Set();
  try {
    printMachine();
    const ctx = { tmp, live, receivers, seq: 0 };
    const rounds = [];
    for (let i = 0; i <= RUNS; i++) {
      const warmup = i === 0;
      const r = {};
      const steps = [
        async () => Object.assign(r, await applianceReady(ctx)),
        async () => Object.assign(r, await bare(ctx)),
        async () => Object.assign(r, await applianceSession(ctx)),
      ];
      if (i % 2 === 0) steps.reverse();
      for (const step of steps) await step();
      if (warmup) {
        console.log('warm-up round done (discarded)');
        continue;
      }
      rounds.push(r);
      console.log(
        `run ${i}/${RUNS}: READY appliance ${ms(r.appReadyMs)} bare ${ms(r.bareReadyMs)} | ` +
          `RSS appliance ${mb(r.appRss)} (at READY ${mb(r.appReadyRss)}, HWM ${mb(r.appHwm)}) ` +
          `bare ${mb(r.bareRss)} (at READY ${mb(r.bareReadyRss)}, HWM ${mb(r.bareHwm)}) | ` +
          `session ${(r.energyWh / 1000).toFixed(2)} kWh, ${r.stopReason}, ${r.sessionRealS.toFixed(1)} s real`,
      );
    }
    report(rounds);
  } finally {
    await Promise.all([...live].map((c) => stop(c)));
    for (const r of receivers) r.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- the three measurements

/** (a) the appliance as `ampbox start --config FILE`: spawn -> READY=1; RSS at READY. */
async function applianceReady(ctx) {
  const port = await freePort();
  const cfg = writeConfig(ctx, { db: path.join(ctx.tmp, 'ready.db'), port });
  const c = await launch(ctx, [AMPBOX, 'start', '--config', cfg]);
  try {
    const readyMs = await c.ready;
    await sleep(50); // let the systemd-notify child and the first ticks finish
    const { rss } = procStatus(c.pid);
    return { appReadyMs: readyMs, appReadyRss: rss };
  } finally {
    await stop(c, ctx);
  }
}

/** (a) + (b) for the baseline: spawn -> READY=1, RSS at READY, then 3600 paced requests, settle, RSS. */
async function bare(ctx) {
  const port = await freePort();
  const c = await launch(ctx, [BARE, String(port)]);
  try {
    const readyMs = await c.ready;
    await sleep(50);
    const atReady = procStatus(c.pid);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const t0 = performance.now();
    for (let k = 0; k < SESSION_S; k++) {
      const due = t0 + (k * 1000) / TIME_SCALE;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      await get(agent, port, '/health');
    }
    agent.destroy();
    await sleep(SETTLE_MS);
    const after = procStatus(c.pid);
    return { bareReadyMs: readyMs, bareReadyRss: atReady.rss, bareRss: after.rss, bareHwm: after.hwm };
  } finally {
    await stop(c, ctx);
  }
}

/** (b) the appliance playing `ac-hour` at 600x: READY, wait for SessionFinished, settle, RSS; check the DB. */
async function applianceSession(ctx) {
  const port = await freePort();
  const db = path.join(ctx.tmp, `session-${++ctx.seq}.db`);
  const cfg = writeConfig(ctx, { db, port });
  const c = await launch(ctx, [AMPBOX, 'start', '--config', cfg, '--scenario', 'ac-hour', '--time-scale', String(TIME_SCALE)]);
  let r;
  try {
    await c.ready;
    const t0 = performance.now();
    await c.waitForOutput(/SessionFinished/, SESSION_TIMEOUT_MS);
    const sessionRealS = (performance.now() - t0) / 1000;
    await sleep(SETTLE_MS);
    const s = procStatus(c.pid);
    r = { appRss: s.rss, appHwm: s.hwm, sessionRealS };
  } finally {
    await stop(c, ctx);
  }
  // The session must really have happened: one closed row with energy.
  const conn = new Database(db, { readonly: true });
  try {
    const row = conn.prepare('SELECT stopped_at, energy_Wh, stop_reason FROM charging_sessions ORDER BY started_at DESC LIMIT 1').get();
    if (!row || row.stopped_at === null || !(row.energy_Wh > 0)) {
      throw new Error(`ac-hour did not leave a finished session with energy in ${db}: ${JSON.stringify(row)}`);
    }
    return { ...r, energyWh: row.energy_Wh, stopReason: row.stop_reason };
  } finally {
    conn.close();
  }
}

// ---------------------------------------------------------------- plumbing

/** The default configuration with a temp database, a free port and no demo repeat. */
function writeConfig(ctx, { db, port }) {
  const cfg = YAML.load(readFileSync(path.join(ROOT, 'appliance', 'config', 'default.yaml'), 'utf8'));
  cfg.database = { ...cfg.database, path: db };
  cfg.http = { ...cfg.http, host: '127.0.0.1', port };
  cfg.simulation = { ...cfg.simulation, demo: { ...cfg.simulation?.demo, repeat: false } };
  const file = path.join(ctx.tmp, `config-${++ctx.seq}.yaml`);
  writeFileSync(file, YAML.dump(cfg));
  return file;
}

/** A bound unix datagram socket standing in for systemd; resolves `ready` with the ms since `t0`. */
function receiver(ctx, t0Ref) {
  const sockPath = path.join(ctx.tmp, `n${++ctx.seq}.sock`);
  const sock = unixDgram.createSocket('unix_dgram');
  const messages = [];
  let resolveReady;
  const ready = new Promise((resolve) => (resolveReady = resolve));
  sock.on('message', (buf) => {
    const now = performance.now();
    const m = buf.toString();
    messages.push(m);
    if (m.split('\n').includes('READY=1')) resolveReady(now - t0Ref.t0);
  });
  sock.on('error', (err) => console.error(`notify socket ${sockPath}: ${err.message}`));
  sock.bind(sockPath);
  let closed = false;
  const r = {
    path: sockPath,
    ready,
    messages,
    close() {
      if (closed) return;
      closed = true;
      ctx.receivers.delete(r);
      sock.close();
    },
  };
  ctx.receivers.add(r);
  return r;
}

/** Spawns `node ...args` with NOTIFY_SOCKET on a fresh receiver; `ready` resolves with spawn->READY ms. */
async function launch(ctx, args) {
  const t0Ref = { t0: 0 };
  const rx = receiver(ctx, t0Ref);
  const env = { ...process.env, NOTIFY_SOCKET: rx.path };
  for (const k of ['WATCHDOG_USEC', 'WATCHDOG_PID', 'NODE_OPTIONS', 'LISTEN_FDS', 'LISTEN_PID']) delete env[k];
  t0Ref.t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  ctx.live.add(child);
  let out = '';
  let err = '';
  const watchers = [];
  child.stdout.setEncoding('utf8').on('data', (d) => {
    out += d;
    if (out.length > 1 << 20) out = out.slice(-(1 << 19));
    for (const w of watchers) w();
  });
  child.stderr.setEncoding('utf8').on('data', (d) => (err = (err + d).slice(-4000)));
  const exited = new Promise((resolve) => child.once('exit', (code, sig) => resolve({ code, sig })));
  const describe = (what) =>
    `${path.basename(args[0])} ${args.slice(1).join(' ')}: ${what}\nstderr: ${err.trim()}\nstdout tail: ${out.slice(-1500).trim()}`;
  const guard = (p, ms, what) =>
    Promise.race([
      p,
      exited.then(({ code, sig }) => {
        throw new Error(describe(`exited (${code ?? sig}) before ${what}`));
      }),
      sleep(ms, undefined, { ref: false }).then(() => {
        throw new Error(describe(`no ${what} within ${ms} ms`));
      }),
    ]);
  return {
    child,
    pid: child.pid,
    rx,
    exited,
    ready: guard(rx.ready, READY_TIMEOUT_MS, 'READY=1'),
    waitForOutput(re, ms) {
      return guard(
        new Promise((resolve) => {
          const check = () => re.test(out) && resolve();
          watchers.push(check);
          check();
        }),
        ms,
        `output matching ${re}`,
      );
    },
  };
}

/** SIGTERM, then SIGKILL after 5 s; closes the child's receiver. */
async function stop(c, ctx) {
  const child = c.child ?? c;
  if (child.exitCode === null && child.signalCode === null) {
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const t = setTimeout(() => child.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(t);
  }
  ctx?.live.delete(child);
  c.rx?.close();
}

function procStatus(pid) {
  const text = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kB = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1]) * 1024;
  return { rss: kB('VmRSS'), hwm: kB('VmHWM') };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function get(agent, port, p) {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: p, agent }, (res) => {
        res.resume();
        res.once('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`GET ${p}: ${res.statusCode}`))));
      })
      .once('error', reject);
  });
}

// ---------------------------------------------------------------- output

function printMachine() {
  const cpu = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? '?';
  const fastify = JSON.parse(readFileSync(require.resolve('fastify/package.json'), 'utf8')).version;
  console.log(`machine: ${os.availableParallelism()} CPU(s), ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; ` +
    `node ${process.version}; fastify ${fastify}; ${os.type()} ${os.release()}`);
  console.log(`runs: ${RUNS} (+1 warm-up), ac-hour at ${TIME_SCALE}x, settle ${SETTLE_MS} ms, baseline ${SESSION_S} requests`);
}

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1] };
}

function report(rounds) {
  const col = (k) => stats(rounds.map((r) => r[k]));
  const rows = [
    ['start-to-READY', col('appReadyMs'), col('bareReadyMs'), ms],
    ['RSS after ac-hour / 3600 req', col('appRss'), col('bareRss'), mb],
    ['  (RSS at READY)', col('appReadyRss'), col('bareReadyRss'), mb],
    ['  (VmHWM peak)', col('appHwm'), col('bareHwm'), mb],
  ];
  const fmt = (s, f) => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
  console.log('\nmetric                          appliance median (min–max)   bare fastify median (min–max)   ratio   aim ≤ 2×');
  for (const [name, a, b, f] of rows) {
    const ratio = a.median / b.median;
    const aim = name.startsWith(' ') ? '' : ratio <= AIM ? 'met' : 'NOT met';
    console.log(`${name.padEnd(32)}${fmt(a, f).padEnd(29)}${fmt(b, f).padEnd(32)}${ratio.toFixed(2).padStart(5)}×  ${aim}`);
  }
}

const ms = (x) => `${x.toFixed(0)} ms`;
const mb = (x) => `${(x / 2 ** 20).toFixed(1)} MiB`;
