/**
 * The V2G service's address on a real interface: the interface's IPv6 link-local address, with the
 * interface as its zone (`fe80::…%eth1`), as ISO 15118-2 / DIN 70121 want the SECC reached.
 *
 * A fresh interface (a PLC modem just powered, a veth just created) has no link-local address yet, or
 * one still in duplicate address detection: the kernel lists a tentative address but refuses to bind it
 * (EADDRNOTAVAIL). So `bindLinkLocal` polls for the address and retries the bind until it succeeds or a
 * bounded time has passed, then fails with what is wrong: no such interface, interface down, IPv6 off,
 * no link-local address, or an address that stayed tentative or failed DAD.
 */
import { existsSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import type { Clock } from '../shared/clock.js';
import { formatIpv6, isLinkLocal, parseIpv6 } from './sdp/index.js';

export type V2gInterfaceErrorCode =
  | 'no-interface' // no network interface of that name
  | 'interface-down' // administratively down (no link-local address while down)
  | 'ipv6-disabled' // net.ipv6.conf.<if>.disable_ipv6 = 1, or no IPv6 in the kernel
  | 'no-link-local' // up, IPv6 on, still no fe80::/10 address
  | 'dad-failed' // duplicate address detection found the address in use by another node
  | 'address-unusable'; // listed, but binding it kept failing (EADDRNOTAVAIL: still tentative)

export class V2gInterfaceError extends Error {
  override readonly name = 'V2gInterfaceError';
  constructor(
    readonly code: V2gInterfaceErrorCode,
    readonly ifname: string,
    message: string,
  ) {
    super(message);
  }
}

/** What the kernel says about an interface; undefined where it cannot tell (no sysfs / procfs). */
export interface InterfaceProbe {
  /** Link-local IPv6 addresses of `ifname` now (RFC 5952 text, no zone). */
  linkLocal(ifname: string): string[];
  exists(ifname: string): boolean | undefined;
  up(ifname: string): boolean | undefined;
  ipv6Disabled(ifname: string): boolean | undefined;
  /** DAD flags of one address, from /proc/net/if_inet6. */
  dadState(ifname: string, address: string): 'tentative' | 'failed' | 'done' | undefined;
}

// An interface name as the kernel allows it: no slash (it becomes a path below), no whitespace.
const IFNAME = /^[^/\s]{1,15}$/;

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}

// Address flags in /proc/net/if_inet6 (linux/if_addr.h).
const IFA_F_DADFAILED = 0x08;
const IFA_F_TENTATIVE = 0x40;

/** Linux: os.networkInterfaces() for the addresses, sysfs and procfs for the reasons. */
export const systemProbe: InterfaceProbe = {
  linkLocal: (ifname) =>
    (networkInterfaces()[ifname] ?? [])
      .filter((a) => a.family === 'IPv6')
      .map((a) => parseIpv6(a.address))
      .filter((b): b is Uint8Array => b !== undefined && isLinkLocal(b))
      .map((b) => formatIpv6(b)),
  exists: (ifname) => (existsSync('/sys/class/net') ? IFNAME.test(ifname) && existsSync(`/sys/class/net/${ifname}`) : undefined),
  up: (ifname) => {
    const flags = IFNAME.test(ifname) ? readText(`/sys/class/net/${ifname}/flags`) : undefined;
    return flags === undefined ? undefined : (parseInt(flags, 16) & 0x1) !== 0; // IFF_UP
  },
  ipv6Disabled: (ifname) => {
    if (!existsSync('/proc/sys/net')) return undefined;
    if (!existsSync('/proc/sys/net/ipv6')) return true;
    const v = IFNAME.test(ifname) ? readText(`/proc/sys/net/ipv6/conf/${ifname}/disable_ipv6`) : undefined;
    return v === undefined ? undefined : v === '1';
  },
  dadState: (ifname, address) => {
    const table = readText('/proc/net/if_inet6');
    const want = parseIpv6(address);
    if (table === undefined || !want) return undefined;
    const hex = Buffer.from(want).toString('hex');
    // Columns: address (32 hex), ifindex, prefix length, scope, flags, name.
    const row = table.split('\n').map((l) => l.trim().split(/\s+/)).find((c) => c[0] === hex && c[5] === ifname);
    if (!row) return undefined;
    const flags = parseInt(row[4] ?? '0', 16);
    return flags & IFA_F_DADFAILED ? 'failed' : flags & IFA_F_TENTATIVE ? 'tentative' : 'done';
  },
};

export interface LinkLocalBindOptions {
  ifname: string;
  /** Give up after this long. */
  timeoutMs: number;
  clock: Pick<Clock, 'now' | 'after'>;
  /** Pause between attempts (default 100 ms). */
  pollMs?: number;
  probe?: InterfaceProbe;
  /** Told once per distinct reason to wait (for the log). */
  onWait?: (reason: string) => void;
  /** Stops waiting (the appliance is stopping). */
  signal?: AbortSignal;
}

export interface LinkLocalBinding<T> {
  /** RFC 5952, no zone: what SDP announces. */
  address: string;
  /** `address%ifname`: what was bound. */
  host: string;
  result: T;
}

/**
 * Waits for `ifname`'s link-local address and calls `bind(host)` with it until that succeeds. A bind that
 * fails with EADDRNOTAVAIL (tentative address) is retried; any other failure is thrown as it is.
 */
export async function bindLinkLocal<T>(opts: LinkLocalBindOptions, bind: (host: string) => Promise<T>): Promise<LinkLocalBinding<T>> {
  const probe = opts.probe ?? systemProbe;
  const { ifname, clock } = opts;
  if (probe.exists(ifname) === false) throw new V2gInterfaceError('no-interface', ifname, `V2G: no network interface "${ifname}"`);
  const deadline = clock.now() + opts.timeoutMs;
  const told = new Set<string>();
  const wait = (reason: string): void => {
    if (!told.has(reason)) opts.onWait?.(reason);
    told.add(reason);
  };
  let tried: string | undefined;
  for (;;) {
    const address = probe.linkLocal(ifname)[0];
    if (address !== undefined) {
      tried = address;
      const host = `${address}%${ifname}`;
      try {
        return { address, host, result: await bind(host) };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EADDRNOTAVAIL') throw e;
        if (probe.dadState(ifname, address) === 'failed') throw failure(probe, ifname, address, opts.timeoutMs);
        wait(`${host} is not usable yet (duplicate address detection running)`);
      }
    } else {
      wait(`${ifname} has no IPv6 link-local address yet`);
    }
    if (clock.now() >= deadline) throw failure(probe, ifname, tried, opts.timeoutMs);
    await new Promise<void>((resolve) => clock.after(opts.pollMs ?? 100, resolve));
    if (opts.signal?.aborted) throw new Error(`V2G: stopped while waiting for a link-local address on "${ifname}"`);
  }
}

/** The most precise reason why no link-local address could be bound. */
function failure(probe: InterfaceProbe, ifname: string, tried: string | undefined, timeoutMs: number): V2gInterfaceError {
  const after = `after ${timeoutMs / 1000} s`;
  if (probe.exists(ifname) === false) return new V2gInterfaceError('no-interface', ifname, `V2G: network interface "${ifname}" went away`);
  if (tried !== undefined) {
    const dad = probe.dadState(ifname, tried);
    if (dad === 'failed')
      return new V2gInterfaceError('dad-failed', ifname, `V2G: ${tried}%${ifname} failed duplicate address detection (another node on the link uses it)`);
    return new V2gInterfaceError(
      'address-unusable',
      ifname,
      `V2G: cannot bind ${tried}%${ifname} ${after} (EADDRNOTAVAIL${dad === 'tentative' ? ': still tentative, duplicate address detection has not finished' : ''})`,
    );
  }
  if (probe.up(ifname) === false)
    return new V2gInterfaceError('interface-down', ifname, `V2G: network interface "${ifname}" is down (no IPv6 link-local address ${after})`);
  if (probe.ipv6Disabled(ifname) === true)
    return new V2gInterfaceError('ipv6-disabled', ifname, `V2G: IPv6 is disabled on "${ifname}" (net.ipv6.conf.${ifname}.disable_ipv6 = 1)`);
  return new V2gInterfaceError('no-link-local', ifname, `V2G: network interface "${ifname}" has no IPv6 link-local address (fe80::/10) ${after}`);
}
