// Issue 6 benchmark: the JSON-RPC API under 100 WebSocket clients, next to a bare `ws` server in the same run.
//
// (a) EVSE.GetStatus requests/s: 100 clients, each with one request in flight (it sends the next when the
//     answer arrives), for BENCH_API_SECONDS (default 5) against the appliance (`bin/ampbox.js start` with
//     the default configuration's two EVSEs, its database in a temp dir, no demo), then the same against
//     bench/fixtures/bare-ws-echo.mjs answering with the bytes of a real GetStatus answer. Both servers are
//     child processes; the clients live in this process, the same for both. Aim: the appliance ≥ half.
//     The server's CPU time per request (/proc/PID/stat) is printed too: with the clients on one core they
//     can be the limit, and the CPU cost shows what each server could do on its own.
// (b) Notification fan-out: one client toggles EVSE.SetChargingAllowed on EVSE 1; every client times the
//     EVSE.StatusChanged that follows (from the moment the request was written). BENCH_API_FANOUT rounds
//     (default 50), 400 ms apart so no round is coalesced with the last; p50/p99 over all deliveries and the
//     time until the last of the 100 clients had it.
// Figures are printed, never asserted.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const WebSocket = require('ws');
const YAML = require('js-yaml');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLIENTS = Number(process.env.BENCH_API_CLIENTS ?? 100);
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 5);
const FANOUT_ROUNDS = Number(process.env.BENCH_API_FANOUT ?? 50);
const RUNS = Math.max(1, Number(process.env.BENCH_API_RUNS ?? 3));

export async function run() {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ampbox-api-bench-'));
  const children = new Set();
  try {
    console.log(`machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, node ${process.version}`);
    console.log(`${CLIENTS} clients, ${SECONDS} s per throughput window, ${FANOUT_ROUNDS} fan-out rounds, ${RUNS} runs`);
    const rows = [];
    for (let i = 1; i <= RUNS; i++) {
      const app = await startAppliance(tmp, i, children);
      const appRate = await throughput(`ws://127.0.0.1:${app.port}/api`, true, app.child.pid);
      const fan = await fanOut(`ws://127.0.0.1:${app.port}/api`);
      const sample = await sampleAnswer(`ws://127.0.0.1:${app.port}/api`);
      await stop(app.child, children);
      const replyFile = path.join(tmp, `reply-${i}.json`);
      writeFileSync(replyFile, sample);
      const echo = await startEcho(replyFile, children);
      const echoRate = await throughput(`ws://127.0.0.1:${echo.port}/`, false, echo.child.pid);
      await stop(echo.child, children);
      rows.push({ appRate: appRate.rate, echoRate: echoRate.rate, appCpu: appRate.cpuUs, echoCpu: echoRate.cpuUs, fan, bytes: Buffer.byteLength(sample) });
      console.log(
        `run ${i}: GetStatus ${appRate.rate.toFixed(0)} req/s vs bare ws ${echoRate.rate.toFixed(0)} req/s (${(appRate.rate / echoRate.rate).toFixed(2)}×, answer ${Buffer.byteLength(sample)} B); ` +
          `server CPU per request ${appRate.cpuUs.toFixed(1)} µs vs ${echoRate.cpuUs.toFixed(1)} µs (${(echoRate.cpuUs / appRate.cpuUs).toFixed(2)}× the echo's capacity) | ` +
          `fan-out to ${CLIENTS}: p50 ${fan.p50.toFixed(2)} ms, p99 ${fan.p99.toFixed(2)} ms, last client p50 ${fan.lastP50.toFixed(2)} ms, max ${fan.max.toFixed(2)} ms`,
      );
    }
    const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    console.log(
      `median of ${RUNS}: GetStatus ${med(rows.map((r) => r.appRate)).toFixed(0)} req/s, bare ws ${med(rows.map((r) => r.echoRate)).toFixed(0)} req/s, ` +
        `ratio ${med(rows.map((r) => r.appRate / r.echoRate)).toFixed(2)} (aim ≥ 0.5); server CPU per request ${med(rows.map((r) => r.appCpu)).toFixed(1)} vs ${med(rows.map((r) => r.echoCpu)).toFixed(1)} µs ` +
        `(capacity ratio ${med(rows.map((r) => r.echoCpu / r.appCpu)).toFixed(2)}); fan-out p50 ${med(rows.map((r) => r.fan.p50)).toFixed(2)} ms, ` +
        `p99 ${med(rows.map((r) => r.fan.p99)).toFixed(2)} ms, last of ${CLIENTS} ${med(rows.map((r) => r.fan.lastP50)).toFixed(2)} ms`,
    );
  } finally {
    await Promise.all([...children].map((c) => stop(c, children)));
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function startAppliance(tmp, n, children) {
  const port = await freePort();
  const file = path.join(tmp, `ampbox-${n}.yaml`);
  writeFileSync(
    file,
    YAML.dump({
      config_version: 1,
      database: { path: path.join(tmp, `ampbox-${n}.db`) },
      http: { host: '127.0.0.1', port },
      log: { level: 'warn' },
      // The per-connection budget (default 200 req/s) would answer most of this load with -32005.
      api: { limits: { requests_per_s: 100000 } },
    }),
  );
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'ampbox.js'), 'start', '--config', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  await waitFor(async () => {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      return res.ok && (await res.json()).status === 'ok';
    } catch {
      return false;
    }
  }, 30_000, 'the appliance did not become healthy');
  return { child, port };
}

async function startEcho(replyFile, children) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'bench', 'fixtures', 'bare-ws-echo.mjs'), String(port), replyFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.add(child);
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => d.toString().includes('listening') && resolve());
    child.on('exit', () => reject(new Error('echo server exited')));
  });
  return { child, port };
}

async function stop(child, children) {
  children.delete(child);
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await Promise.race([new Promise((r) => child.once('exit', r)), sleep(5000).then(() => child.kill('SIGKILL'))]);
}

async function waitFor(check, ms, what) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(what);
}

/** A connected client that said API.Hello (when `hello`); `onMessage` gets every parsed message. */
async function client(url, hello, onMessage) {
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  ws.on('message', (data) => onMessage(JSON.parse(data.toString())));
  if (hello) {
    const done = new Promise((resolve) => {
      const prev = onMessage;
      onMessage = (m) => (m.id === 'hello' ? resolve() : prev(m));
    });
    ws.send(JSON.stringify({ jsonrpc: '2.0', id: 'hello', method: 'API.Hello' }));
    await done;
  }
  return ws;
}

async function throughput(url, hello, pid) {
  let count = 0;
  let refused = 0;
  let open = true;
  const request = (id) => JSON.stringify({ jsonrpc: '2.0', id, method: 'EVSE.GetStatus', params: { evse_index: 1 } });
  const sockets = [];
  for (let c = 0; c < CLIENTS; c++) {
    let seq = 0;
    let ws = null;
    ws = await client(url, hello, (m) => {
      if (m.id === undefined || m.id === null) return; // notifications
      if (m.result === undefined) refused++;
      else count++;
      if (open) ws.send(request(++seq));
    });
    sockets.push({ ws, first: () => ws.send(request(++seq)) });
  }
  // A short warm-up, then the counted window.
  for (const s of sockets) s.first();
  await sleep(1000);
  count = 0;
  const cpu0 = cpuTicks(pid);
  const t0 = process.hrtime.bigint();
  await sleep(SECONDS * 1000);
  const n = count;
  const cpu1 = cpuTicks(pid);
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  open = false;
  await sleep(200);
  for (const s of sockets) s.ws.terminate();
  if (refused) throw new Error(`${refused} requests were answered with an error, not a result`);
  // The clients share one process: when they are the bottleneck both servers look alike in req/s, so the
  // server's own CPU time per request (from /proc) is printed too.
  return { rate: n / secs, cpuUs: ((cpu1 - cpu0) / CLK_TCK) * 1e6 / n };
}

const CLK_TCK = 100;
/** utime + stime of a process, in clock ticks (USER_HZ, 100 on Linux). */
function cpuTicks(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

async function fanOut(url) {
  const deliveries = [];
  const lasts = [];
  let round = null;
  const sockets = [];
  for (let c = 0; c < CLIENTS; c++) {
    sockets.push(
      await client(url, true, (m) => {
        if (m.method !== 'EVSE.StatusChanged' || !round || m.params?.evse_index !== 1) return;
        if (m.params.evse_status?.charging_allowed !== round.allowed || round.seen.has(c)) return;
        round.seen.add(c);
        const ms = Number(process.hrtime.bigint() - round.t0) / 1e6;
        deliveries.push(ms);
        if (round.seen.size === CLIENTS) {
          lasts.push(ms);
          round.done();
        }
      }),
    );
  }
  const trigger = sockets[0];
  let allowed = true;
  for (let r = 0; r < FANOUT_ROUNDS; r++) {
    allowed = !allowed;
    await new Promise((resolve) => {
      round = { allowed, seen: new Set(), done: resolve, t0: process.hrtime.bigint() };
      trigger.send(JSON.stringify({ jsonrpc: '2.0', id: `t${r}`, method: 'EVSE.SetChargingAllowed', params: { evse_index: 1, charging_allowed: allowed } }));
      setTimeout(resolve, 3000).unref();
    });
    round = null;
    await sleep(400);
  }
  for (const ws of sockets) ws.terminate();
  const sorted = [...deliveries].sort((a, b) => a - b);
  const pct = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const lastsSorted = [...lasts].sort((a, b) => a - b);
  if (lasts.length < FANOUT_ROUNDS) console.log(`fan-out: ${FANOUT_ROUNDS - lasts.length} round(s) did not reach all clients within 3 s`);
  return { p50: pct(0.5), p99: pct(0.99), max: sorted.at(-1) ?? NaN, lastP50: lastsSorted[Math.floor(lastsSorted.length / 2)] ?? NaN };
}

/** The bytes of one real GetStatus answer, with its id replaced by a marker the echo server fills in. */
async function sampleAnswer(url) {
  let resolveAnswer;
  const answer = new Promise((r) => (resolveAnswer = r));
  const ws = await client(url, true, (m) => m.id === 'sample' && resolveAnswer(m));
  ws.send(JSON.stringify({ jsonrpc: '2.0', id: 'sample', method: 'EVSE.GetStatus', params: { evse_index: 1 } }));
  const m = await answer;
  ws.terminate();
  return JSON.stringify({ ...m, id: '__ID__' });
}
