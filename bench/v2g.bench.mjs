// Issue 5 benchmark: the CurrentDemand round trip over loopback TCP with the whole appliance running, next
// to a bare Node TCP echo of the same message sizes, same process, same run.
//
// Appliance: `build()` from appliance/dist with the default configuration's DC EVSE alone (simulated board,
// supply and IMD, SLAC on the simulated power line, V2G on ::1), the database in a temp directory, HTTP on
// an ephemeral port, logs to a file at the configured level, real SystemClock (control loop, meter timer,
// history flushes all run). A car is plugged in and SLAC matches as usual; the bench's EV then does what the
// simulated vehicle does after SLAC (SDP on ::1, TCP, an Evcc over ISO 15118-2 DC, the DC battery and the
// CP demand on the board), with a battery too big to fill and no pause between loop requests. Each
// CurrentDemandReq is timed with process.hrtime.bigint() from just before the client writes it to the
// arrival of the whole CurrentDemandRes at the client (V2GTP reassembled, before the EV decodes it).
//
// Echo: a net server and client on ::1 (setNoDelay on both), the client writing the very CurrentDemandReq
// frame the appliance just sent (V2GTP header included), the server answering each whole request with the
// CurrentDemandRes frame the appliance answered; one request at a time, the next from setImmediate as the
// EV's next request is.
//
// Interleaved, because the machine is shared: after WARMUP appliance round trips (and WARMUP echo ones),
// blocks of BLOCK appliance round trips alternate with blocks of BLOCK echo round trips until each has N,
// so a burst of load from elsewhere hits both sides alike. While an echo block runs the EV holds the
// appliance's last answer (outside any timed window); the appliance's timers keep running. The warm-up is
// long because the appliance's code (codec, engine, handlers, EV) is still being optimised by V8 for the
// first couple of thousand round trips (see docs/performance.md). Figures are printed, not asserted.
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'appliance', 'dist');
const N = Math.max(1, Number(process.env.BENCH_V2G_REQUESTS ?? 10_000));
const WARMUP = Math.max(1, Number(process.env.BENCH_V2G_WARMUP ?? 3000));
const BLOCK = Math.max(1, Number(process.env.BENCH_V2G_BLOCK ?? 500));
const ROUNDS = Math.max(1, Number(process.env.BENCH_V2G_RUNS ?? 3));
// BENCH_V2G_PROFILE=1: also time the SECC's own share, V2gSession.handle() (decode, checks, handler, encode).
const PROFILE = process.env.BENCH_V2G_PROFILE === '1';
const AIM = 3;
const SETUP_TIMEOUT_MS = 60_000;
const LOOP_TIMEOUT_MS = 300_000;

const load = (p) => import(pathToFileURL(path.join(DIST, p)).href);

export async function run() {
  const { build } = await load('supervisor/index.js');
  const { defaultConfig } = await load('config/index.js');
  const { streamSink } = await load('shared/logger.js');
  const v2g = await load('v2g/index.js');
  const mods = { build, defaultConfig, streamSink, v2g };
  const handleNs = PROFILE ? await timeSessionHandle() : null;
  printMachine();
  console.log(`per round: ${WARMUP} warm-up round trips each, then ${N} timed each in alternating blocks of ${BLOCK}; ${ROUNDS} round(s), a fresh appliance each`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ampbox-v2g-bench-'));
  const rounds = [];
  try {
    for (let i = 0; i < ROUNDS; i++) {
      handleNs?.splice(0);
      const r = await round(mods, tmp, i + 1);
      rounds.push(r);
      printRound(i + 1, r);
      if (handleNs) {
        const h = percentiles(handleNs.slice(-N));
        console.log(`  V2gSession.handle(), last ${h.n} calls: p50 ${us(h.p50)} p99 ${us(h.p99)} max ${us(h.max)}`);
      }
    }
    printSummary(rounds);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- one round

async function round({ build, defaultConfig, streamSink, v2g }, tmp, tag) {
  const defaults = defaultConfig();
  const dcEvse = defaults.evses.find((e) => e.dc?.enabled);
  if (!dcEvse) throw new Error('the default configuration has no DC EVSE');
  const config = defaultConfig({
    evses: [{ ...dcEvse, id: 1 }],
    database: { path: path.join(tmp, `round-${tag}.db`) },
    http: { enabled: true, host: '127.0.0.1', port: 0 },
  });
  const logPath = path.join(tmp, `round-${tag}.log`);
  const logFile = createWriteStream(logPath);
  const app = build(config, { logSink: streamSink(logFile) });
  const evse = app.evses[0];
  const sim = evse.sim;
  // The appliance tells the simulated vehicle where SDP listens; the bench's EV takes that vehicle's V2G part
  // (SLAC on the simulated power line still runs as usual: the charger needs the match).
  let sdpEndpoint = null;
  sim.setV2gEndpoint = (endpoint) => void (sdpEndpoint = endpoint);

  const echo = await startEcho();
  const appSamples = [];
  const echoSamples = [];
  let frames = null;
  let evcc = null;
  try {
    await app.start();
    const owner = 'v2g-bench';
    const matched = new Promise((resolve) =>
      app.bus.on('slac', owner, (s) => s.evse === evse.id && s.event.type === 'matched' && resolve()),
    );
    app.bus.on('session_event', owner, (e) => {
      if (e.evse === evse.id && e.type === 'AuthRequired') void app.auth.present({ id_token: 'DEADBEEF', type: 'RFID', source: 'bench', evse: evse.id });
    });
    sim.plug(dcEvse.board.ev);
    await guard(matched, SETUP_TIMEOUT_MS, 'SLAC match');
    if (!sdpEndpoint) throw new Error('the appliance announced no V2G endpoint');
    const found = await v2g.sdpDiscover({ target: sdpEndpoint.address, port: sdpEndpoint.sdpPort });
    if (!found.ok) throw new Error(`SDP: ${found.reason}`);
    const conn = new TimedConnection(await v2g.connectV2gtp(found.host, found.port));

    evcc = new v2g.Evcc(
      evClock,
      // Far from full: the loop never ends on the target SoC.
      { capacity_kWh: 10_000, soc_pct: 20, target_soc_pct: 100 },
      // No pause in the charge loop; generous EV timeouts so a slow outlier is measured, not fatal.
      { charging: 'dc', protocols: ['iso2'], timing: { gap_ms: 0, loop_gap_ms: 0, current_demand_timeout_ms: 10_000, msg_timeout_ms: 10_000 } },
    );
    let roundTrips = 0;
    const done = new Promise((resolve, reject) => {
      // Returns a promise while the EV holds the answer (an echo block runs), nothing otherwise.
      conn.onRoundTrip = (ns, req, res) => {
        frames = { req, res };
        roundTrips++;
        if (roundTrips === WARMUP) return echo.run(frames, WARMUP, null);
        if (roundTrips < WARMUP) return undefined;
        appSamples.push(ns);
        const last = appSamples.length === N;
        if (last) conn.timing = false;
        if (appSamples.length % BLOCK !== 0 && !last) return undefined;
        return echo.run(frames, Math.min(BLOCK, N - echoSamples.length), echoSamples).then(() => {
          if (!last) return;
          evcc.stop('bench: enough round trips');
          resolve();
        });
      };
      void evcc.done.then((o) => reject(new Error(`EV session ended early: ${o.result} (${o.reason}) in ${o.stage}`)));
    });
    // What the simulated vehicle does around its V2G session (bsp/sim/powerline.ts): its pack on the DC
    // output, and state C from PowerDelivery Start on.
    sim.setDcBattery({ get ocv_V() { return evcc.battery.ocv_V(); }, internal_resistance_ohm: 0.1, absorb: () => {} });
    evcc.on((e) => {
      if (e.type === 'stage' && e.stage === 'PowerDeliveryStart') sim.setHlcDemand(10);
      if (e.type === 'stage' && (e.stage === 'PowerDeliveryStop' || e.stage === 'Ended')) sim.setHlcDemand(null);
      if (e.type === 'request') conn.timing = e.name === 'CurrentDemandReq' && appSamples.length < N;
    });
    globalThis.gc?.();
    evcc.start(conn);
    await guard(done, LOOP_TIMEOUT_MS, `${WARMUP + N} CurrentDemand round trips`);
    const outcome = await guard(evcc.done, SETUP_TIMEOUT_MS, 'the end of the EV session');
    if (outcome.result !== 'terminated') throw new Error(`EV session: ${outcome.result} (${outcome.reason})`);
    return { app: appSamples, echo: echoSamples, frames, outcome, logPath };
  } finally {
    echo.close();
    sim.unplug();
    await app.stop();
    await new Promise((resolve) => logFile.end(resolve));
  }
}

/** Wraps V2gSession.prototype.handle (compiled class) to time each call; returns the durations (ns). */
async function timeSessionHandle() {
  const { V2gSession } = await load('v2g/session/engine.js');
  const durations = [];
  const handle = V2gSession.prototype.handle;
  V2gSession.prototype.handle = function timedHandle(bytes) {
    const t0 = process.hrtime.bigint();
    const out = handle.call(this, bytes);
    durations.push(Number(process.hrtime.bigint() - t0));
    return out;
  };
  return durations;
}

/** The EV's clock: real time, but a 0 ms wait is the next turn of the event loop (setTimeout(0) is ≥ 1 ms). */
const evClock = {
  now: () => Date.now(),
  after(ms, fn) {
    if (ms <= 0) {
      const t = setImmediate(fn);
      return { cancel: () => clearImmediate(t) };
    }
    const t = setTimeout(fn, ms);
    return { cancel: () => clearTimeout(t) };
  },
  every(ms, fn) {
    const t = setInterval(fn, ms);
    return { cancel: () => clearInterval(t) };
  },
};

/**
 * The Evcc's connection, timed: `timing` is set by the Evcc's 'request' event just before it writes a
 * CurrentDemandReq; the clock starts right before the socket write and stops when the whole answer has
 * been reassembled, before the Evcc sees it. `onRoundTrip` may return a promise: the Evcc gets the answer
 * once it settles.
 */
class TimedConnection {
  timing = false;
  onRoundTrip = () => {};
  #conn;
  #t0 = 0n;
  #req = null;

  constructor(conn) {
    this.#conn = conn;
  }
  onMessage(listener) {
    this.#conn.onMessage((type, payload) => {
      if (this.#req) {
        const ns = process.hrtime.bigint() - this.#t0;
        const req = this.#req;
        this.#req = null;
        const hold = this.onRoundTrip(Number(ns), req, v2gtpFrame(type, payload));
        if (hold) return void hold.then(() => listener(type, payload));
      }
      listener(type, payload);
    });
  }
  onClose(listener) {
    this.#conn.onClose(listener);
  }
  send(type, payload) {
    if (this.timing) {
      this.#req = v2gtpFrame(type, payload);
      this.#t0 = process.hrtime.bigint();
    }
    this.#conn.send(type, payload);
  }
  close() {
    void this.#conn.close();
  }
}

/** The 8-byte V2GTP header (version 1, inverse, payload type, length) and the payload. */
function v2gtpFrame(type, payload) {
  const frame = Buffer.alloc(8 + payload.length);
  frame[0] = 0x01;
  frame[1] = 0xfe;
  frame.writeUInt16BE(type, 2);
  frame.writeUInt32BE(payload.length, 4);
  frame.set(payload, 8);
  return frame;
}

// ---------------------------------------------------------------- the bare echo

/** A bare echo pair on ::1; `run(frames, k, sink)` does k round trips with those frames, timed into sink. */
async function startEcho() {
  let current = null;
  const server = net.createServer({ noDelay: true }, (socket) => {
    let pending = 0;
    socket.on('data', (chunk) => {
      pending += chunk.length;
      // One whole request in, one response out (TCP may split or join).
      while (current && pending >= current.req.length) {
        pending -= current.req.length;
        socket.write(current.res);
      }
    });
    socket.on('error', () => {});
  });
  await new Promise((resolve) => server.listen({ host: '::1', port: 0 }, resolve));
  const client = net.connect({ host: '::1', port: server.address().port, noDelay: true });
  await new Promise((resolve, reject) => client.once('connect', resolve).once('error', reject));
  let onData = () => {};
  client.on('data', (chunk) => onData(chunk.length));
  return {
    run(frames, k, sink) {
      current = frames;
      return new Promise((resolve) => {
        let left = k;
        let got = 0;
        let start = 0n;
        const next = () => {
          got = 0;
          start = process.hrtime.bigint();
          client.write(frames.req);
        };
        onData = (n) => {
          got += n;
          if (got < frames.res.length) return;
          sink?.push(Number(process.hrtime.bigint() - start));
          if (--left === 0) return resolve();
          setImmediate(next);
        };
        next();
      });
    },
    close() {
      client.destroy();
      server.close();
    },
  };
}

// ---------------------------------------------------------------- output

function guard(p, ms, what) {
  let t;
  const timeout = new Promise((_, reject) => (t = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(t));
}

function percentiles(ns) {
  const s = Float64Array.from(ns).sort();
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] / 1000;
  return { p50: at(0.5), p99: at(0.99), max: s[s.length - 1] / 1000, n: s.length };
}

const us = (x) => `${x.toFixed(1)} µs`;

function printMachine() {
  const cpu = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? '?';
  const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  console.log(`machine: ${os.availableParallelism()} CPU(s), ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; node ${process.version}; ` +
    `${os.type()} ${os.release()}; load average ${load}`);
}

function printRound(i, r) {
  const a = percentiles(r.app);
  const e = percentiles(r.echo);
  // Whatever the appliance logged in the whole round (start, SLAC, the session, stop), at the configured level.
  const logLines = readFileSync(r.logPath, 'utf8').split('\n').filter(Boolean).length;
  console.log(
    `round ${i}: CurrentDemandReq ${r.frames.req.length} B, Res ${r.frames.res.length} B (V2GTP header included) | ` +
      `appliance p50 ${us(a.p50)} p99 ${us(a.p99)} max ${us(a.max)} | echo p50 ${us(e.p50)} p99 ${us(e.p99)} max ${us(e.max)} | ` +
      `p99 ratio ${(a.p99 / e.p99).toFixed(2)}× | EV session ${r.outcome.result}, ${r.outcome.energy_Wh.toFixed(1)} Wh; ${logLines} log lines`,
  );
}

function printSummary(rounds) {
  const a = percentiles(rounds.flatMap((r) => r.app));
  const e = percentiles(rounds.flatMap((r) => r.echo));
  const ratio = a.p99 / e.p99;
  console.log(`\nall rounds pooled (${a.n} + ${e.n} round trips)  p50          p99          max`);
  console.log(`appliance (ISO-2 CurrentDemand)           ${us(a.p50).padEnd(13)}${us(a.p99).padEnd(13)}${us(a.max)}`);
  console.log(`bare TCP echo, same sizes                 ${us(e.p50).padEnd(13)}${us(e.p99).padEnd(13)}${us(e.max)}`);
  console.log(`p99 ratio ${ratio.toFixed(2)}× (p50 ratio ${(a.p50 / e.p50).toFixed(2)}×); aim ≤ ${AIM}×: ${ratio <= AIM ? 'met' : 'NOT met'}`);
}
