// Issue 4 benchmark: SLAC on the veth setup, CM_SLAC_PARM.REQ (as received by the EVSE) → CM_SLAC_MATCH.CNF
// (as sent), protocol waits reported apart from processing.
//
// Setup: the same topology as test/slac/veth.e2e.test.ts — EVSE, PEV and local modem each in a network
// namespace with a veth whose peer sits on a bridge in a fourth namespace, every station a child process
// running test/fixtures/slac-station.mjs (compiled appliance code, `cap`/libpcap, the real system clock).
// The namespaces follow test/helpers/netns.ts's naming (`ampbox-t<pid>-<n>-<role>`), so a killed bench is
// swept by the next test run; this file removes them itself (finally, and on exit/signals).
//
// Method: the `evse` role brackets, from the outside, every handler call of a received frame and every
// timer callback of the EVSE (its link and its clock are wrapped). Processing = time inside those brackets
// (parse, state logic, serialise, send) within the window; waits = the rest of the window, attributed to
// the EVSE phase it was spent in. Per PEV pacing (TP_EV_batch_msg_interval, the pause between the PEV's
// START_ATTEN_CHAR/MNBC_SOUND frames): one discarded warm-up match, then BENCH_RUNS (default 10) matches;
// median/min/max. Figures are printed, never asserted. Needs root (namespaces, raw capture); otherwise it
// prints why and returns.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STATION = path.join(ROOT, 'test', 'fixtures', 'slac-station.mjs');
const SLAC_DIST = path.join(ROOT, 'appliance', 'dist', 'slac');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 10));
/** PEV pause between sounding frames, ms: the simulator's default, the standard's minimum, and none. */
const INTERVALS = (process.env.BENCH_SLAC_INTERVALS ?? '40,20,0').split(',').map(Number);
const EVENT_MS = 20_000;

// ------------------------------------------------------------------------------------------------ namespaces

const nsName = (n, role) => `ampbox-t${process.pid}-${n}-${role}`;
const created = [];
const children = new Set();

function ip(...args) {
  const r = spawnSync('ip', args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`ip ${args.join(' ')} failed: ${r.error?.message ?? r.stderr.trim()}`);
  return r.stdout;
}

function cleanupSync() {
  for (const c of children) c.kill('SIGKILL');
  for (const ns of created.splice(0).reverse()) {
    const pids = spawnSync('ip', ['netns', 'pids', ns], { encoding: 'utf8' }).stdout ?? '';
    for (const pid of pids.split(/\s+/).filter(Boolean).map(Number)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
    spawnSync('ip', ['netns', 'del', ns]);
  }
}

async function waitUp(ns, ifname, ms = 5000) {
  const until = Date.now() + ms;
  for (;;) {
    const j = JSON.parse(ip('-j', '-n', ns, 'link', 'show', 'dev', ifname) || '[]');
    if (j[0]?.flags?.includes('LOWER_UP')) return;
    if (Date.now() > until) throw new Error(`${ifname} in ${ns} did not come up`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** EVSE (a), PEV (b), modem (m) on a bridge in a hub namespace; like netns.ts createVethPair({ modem: true }). */
async function topology() {
  const n = 900; // per process; netns.ts counts from 1
  const ns = {};
  for (const role of ['a', 'b', 'm', 'hub']) {
    ns[role] = nsName(n, role);
    ip('netns', 'add', ns[role]);
    created.push(ns[role]);
  }
  ip('-n', ns.hub, 'link', 'add', 'br0', 'type', 'bridge', 'stp_state', '0', 'forward_delay', '0');
  ip('-n', ns.hub, 'link', 'set', 'br0', 'up');
  for (const [role, port] of [['a', 'pa'], ['b', 'pb'], ['m', 'pm']]) {
    ip('link', 'add', 'name', 'slac0', 'netns', ns[role], 'type', 'veth', 'peer', 'name', port, 'netns', ns.hub);
    ip('-n', ns.hub, 'link', 'set', port, 'master', 'br0');
    ip('-n', ns.hub, 'link', 'set', port, 'up');
    ip('-n', ns[role], 'link', 'set', 'slac0', 'up');
  }
  for (const [role, port] of [['a', 'pa'], ['b', 'pb'], ['m', 'pm']]) {
    await waitUp(ns[role], 'slac0');
    await waitUp(ns.hub, port);
  }
  const mac = (role) => JSON.parse(ip('-j', '-n', ns[role], 'link', 'show', 'dev', 'slac0'))[0].address;
  return { ns, macA: mac('a'), macB: mac('b'), macM: mac('m') };
}

// ------------------------------------------------------------------------------------------------ stations

/** A station child speaking JSON lines (see test/fixtures/slac-station.mjs). */
function station(ns, role, config) {
  const child = spawn('ip', ['netns', 'exec', ns, process.execPath, STATION, role, 'slac0', JSON.stringify(config), SLAC_DIST], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.add(child);
  const messages = [];
  const waiters = new Set();
  let stderr = '';
  let exited = null;
  let nextId = 0;
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.on('error', () => {});
  child.on('exit', (code, signal) => {
    exited = { code, signal };
    children.delete(child);
    for (const w of [...waiters]) w();
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    try {
      messages.push(JSON.parse(line));
    } catch {
      return;
    }
    for (const w of [...waiters]) w();
  });
  const waitFrom = (start, pred, what, ms = EVENT_MS) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const hit = messages.slice(start).find(pred);
        if (hit) return done(() => resolve(hit));
        if (exited) return done(() => reject(new Error(`${role} exited (${exited.signal ?? exited.code}) before ${what}\n${stderr}`)));
      };
      const done = (fn) => (clearTimeout(timer), waiters.delete(check), fn());
      const timer = setTimeout(() => done(() => reject(new Error(`${role}: no ${what} within ${ms} ms\n${stderr}`))), ms);
      waiters.add(check);
      check();
    });
  let from = 0;
  const s = {
    role,
    messages,
    /** Later wait()s see only what arrives from now on. */
    mark: () => (from = messages.length),
    wait: (pred, what, ms) => waitFrom(from, pred, what, ms),
    request: async (msg, ms = EVENT_MS) => {
      const id = ++nextId;
      const p = waitFrom(messages.length, (m) => m.id === id, `reply to ${msg.op}`, ms);
      child.stdin.write(`${JSON.stringify({ ...msg, id })}\n`);
      const r = await p;
      if (r.error) throw new Error(`${role}: ${r.error}`);
      return r;
    },
    stop: async () => {
      if (exited) return;
      await s.request({ op: 'close' }, 5000).catch(() => {});
      child.stdin.end();
      await new Promise((r) => {
        if (exited) return r();
        child.once('exit', r);
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      });
    },
  };
  return s;
}

// ------------------------------------------------------------------------------------------------ figures

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x, digits = 1) => x.toFixed(digits);
const stat = (xs, digits = 1) => `${fmt(median(xs), digits)} (${fmt(Math.min(...xs), digits)}–${fmt(Math.max(...xs), digits)})`;

function printMachine() {
  const cpus = os.cpus();
  const model = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? cpus[0]?.model ?? '?';
  console.log(
    `machine: ${cpus.length} CPUs (${model}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${os.release()}, ` +
      `Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
  );
}

/** Wait keys from the evse role look like `SOUNDING → CM_MNBC_SOUND.IND`; group them by phase. */
function waitGroups(waits) {
  const g = {};
  for (const [k, v] of Object.entries(waits)) {
    const [phase, what] = k.split(' → ');
    const key = what.startsWith('timer') ? `${phase} (ended by ${what})` : phase;
    g[key] = (g[key] ?? 0) + v;
  }
  return g;
}

// ------------------------------------------------------------------------------------------------ run

export async function run() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    console.log('skipped: the SLAC bench needs Linux and root (network namespaces, raw capture)');
    return;
  }
  if (!existsSync(path.join(SLAC_DIST, 'index.js'))) throw new Error(`${SLAC_DIST} missing: run npm run build first`);
  printMachine();
  const onSignal = (sig) => {
    cleanupSync();
    process.exit(128 + (os.constants.signals[sig] ?? 1));
  };
  process.on('exit', cleanupSync);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, onSignal);
  const stations = [];
  try {
    const topo = await topology();
    const [evse, pev, modem] = [
      station(topo.ns.a, 'evse', { modemMac: topo.macM }),
      station(topo.ns.b, 'pev', {}),
      station(topo.ns.m, 'modem', { hostMac: topo.macA }),
    ];
    stations.push(evse, pev, modem);
    await Promise.all(stations.map((s) => s.wait((m) => m.event === 'ready', `${s.role} ready`)));
    console.log(`stations: EVSE ${topo.macA}, PEV ${topo.macB}, modem ${topo.macM}; ${RUNS} runs per setting after 1 warm-up`);

    const results = [];
    for (const interval of INTERVALS) {
      const rows = [];
      for (let i = 0; i <= RUNS; i++) {
        for (const s of stations) s.mark();
        await evse.request({ op: 'enterBcd' });
        await evse.wait((m) => m.event === 'slac' && m.type === 'set_key', 'CM_SET_KEY.CNF'); // keyed before the PEV starts
        await pev.request({ op: 'start', fault: 'none', timers: { TP_EV_batch_msg_interval: interval } });
        const matched = await evse.wait((m) => m.event === 'slac' && (m.type === 'matched' || m.type === 'failed'), 'EVSE matched');
        if (matched.type !== 'matched') throw new Error(`run ${i} (interval ${interval} ms): SLAC failed (${matched.reason})`);
        await pev.wait((m) => m.event === 'pev' && m.type === 'matched', 'PEV matched');
        const { timing } = await evse.request({ op: 'timing' });
        if (timing.error) throw new Error(timing.error);
        // The PEV's view: its CM_SLAC_PARM.REQ sent → CM_SLAC_MATCH.CNF received (adds both wire crossings).
        const pevOut = pev.messages.slice().reverse().find((m) => m.event === 'frame' && m.dir === 'out' && m.name === 'CM_SLAC_PARM.REQ');
        const pevIn = pev.messages.slice().reverse().find((m) => m.event === 'frame' && m.dir === 'in' && m.name === 'CM_SLAC_MATCH.CNF');
        await evse.request({ op: 'leaveBcd' });
        await pev.request({ op: 'stop' });
        await evse.request({ op: 'clearTrace' });
        if (i === 0) continue; // warm-up
        rows.push({ ...timing, pev_ms: pevIn.t - pevOut.t, groups: waitGroups(timing.waits_ms) });
      }
      results.push({ interval, rows });
      const col = (f) => rows.map(f);
      console.log(`\nPEV pause between sounding frames (TP_EV_batch_msg_interval): ${interval} ms${interval < 20 ? ' (below the standard’s 20–50 ms: the processing floor)' : ''}`);
      console.log(`  CM_SLAC_PARM.REQ → CM_SLAC_MATCH.CNF at the EVSE: ${stat(col((r) => r.total_ms))} ms`);
      console.log(`    protocol waits:                               ${stat(col((r) => r.wait_ms))} ms`);
      console.log(`    processing (EVSE handlers and timers):        ${stat(col((r) => r.processing_ms), 2)} ms` +
        ` for ${median(col((r) => r.frames_in))} frames in, ${median(col((r) => r.frames_out))} out` +
        ` (${fmt((median(col((r) => r.processing_ms)) * 1000) / median(col((r) => r.frames_in)), 0)} µs per received frame)`);
      const keys = [...new Set(rows.flatMap((r) => Object.keys(r.groups)))];
      for (const k of keys) console.log(`      wait in ${k.padEnd(38)} ${stat(col((r) => r.groups[k] ?? 0))} ms`);
      const pk = [...new Set(rows.flatMap((r) => Object.keys(r.processing_ms_by_frame)))];
      for (const k of pk) console.log(`      processing ${k.padEnd(35)} ${stat(col((r) => r.processing_ms_by_frame[k] ?? 0), 2)} ms`);
      console.log(`  the PEV's view (PARM.REQ sent → MATCH.CNF received): ${stat(col((r) => r.pev_ms))} ms`);
    }
    return results;
  } finally {
    await Promise.all(stations.map((s) => s.stop().catch(() => {})));
    cleanupSync();
    process.removeListener('exit', cleanupSync);
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeListener(sig, onSignal);
  }
}
