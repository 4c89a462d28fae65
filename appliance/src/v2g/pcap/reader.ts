/**
 * Capture file reader: classic pcap (microsecond and nanosecond magic, both byte orders) and pcapng
 * (SHB/IDB/EPB/SPB and the obsolete PB; NRB/ISB/DSB/custom blocks are skipped; sections may change byte
 * order). Written here rather than taken from npm: the candidates there (pcap-parser 0.2.1, pcap-ng-parser
 * 1.0.0) each read only one of the two formats, through a stream API, without reporting where a damaged
 * file went wrong; a small synchronous reader over the whole file is simpler to trust.
 *
 * The reader never throws on bad input: it returns every packet read before the damage plus a
 * `PcapError` that says what was wrong and at which byte offset (formats: tcpdump.org pcap(5),
 * IETF draft-ietf-opsawg-pcapng).
 */

export class PcapError extends Error {
  override readonly name = 'PcapError';
  /** Byte offset in the file where the problem was found. */
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(`${message} at byte ${offset}`);
    this.offset = offset;
  }
}

export interface Packet {
  /** 1-based position in the file, counting packet records/blocks only (as Wireshark numbers frames). */
  frame: number;
  /** Seconds since the epoch (or since whatever origin the capture used). */
  t: number;
  /** LINKTYPE_* of the interface the packet was captured on. */
  linktype: number;
  /** Captured bytes (possibly fewer than on the wire when the snap length cut them). */
  data: Uint8Array;
  /** Length on the wire. */
  origLen: number;
}

export interface Capture {
  format: 'pcap' | 'pcapng';
  packets: Packet[];
  /** Set when the file ended early or was damaged; `packets` holds what came before. */
  error?: PcapError;
}

/** Largest packet record accepted; anything above is taken for a damaged length field. */
const MAX_RECORD = 262144 * 4;

export function readCapture(buf: Uint8Array): Capture {
  if (buf.length < 4) return { format: 'pcap', packets: [], error: new PcapError('not a capture file: too short', 0) };
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const magic = dv.getUint32(0, false);
  if (magic === 0x0a0d0d0a) return readPcapng(buf, dv);
  if ([0xa1b2c3d4, 0xd4c3b2a1, 0xa1b23c4d, 0x4d3cb2a1].includes(magic)) return readPcap(buf, dv, magic);
  return {
    format: 'pcap',
    packets: [],
    error: new PcapError(`not a pcap or pcapng file (magic 0x${magic.toString(16).padStart(8, '0')})`, 0),
  };
}

function readPcap(buf: Uint8Array, dv: DataView, magic: number): Capture {
  const le = magic === 0xd4c3b2a1 || magic === 0x4d3cb2a1;
  const nano = magic === 0xa1b23c4d || magic === 0x4d3cb2a1;
  const packets: Packet[] = [];
  const out: Capture = { format: 'pcap', packets };
  if (buf.length < 24) {
    out.error = new PcapError(`truncated pcap file header (${buf.length} of 24 bytes)`, buf.length);
    return out;
  }
  // The upper bits of the link-type field may carry FCS information (pcap(5)); the type is the low 16.
  const linktype = dv.getUint32(20, le) & 0xffff;
  const div = nano ? 1e9 : 1e6;
  let off = 24;
  while (off < buf.length) {
    if (off + 16 > buf.length) {
      out.error = new PcapError(`truncated pcap record header (${buf.length - off} of 16 bytes)`, off);
      break;
    }
    const sec = dv.getUint32(off, le);
    const frac = dv.getUint32(off + 4, le);
    const incl = dv.getUint32(off + 8, le);
    const orig = dv.getUint32(off + 12, le);
    if (incl > MAX_RECORD || frac >= div) {
      out.error = new PcapError(`corrupt pcap record header (captured length ${incl}, fraction ${frac})`, off);
      break;
    }
    if (off + 16 + incl > buf.length) {
      out.error = new PcapError(`truncated pcap record (${buf.length - off - 16} of ${incl} bytes)`, off);
      break;
    }
    packets.push({ frame: packets.length + 1, t: sec + frac / div, linktype, data: buf.subarray(off + 16, off + 16 + incl), origLen: orig });
    off += 16 + incl;
  }
  return out;
}

interface Iface {
  linktype: number;
  snaplen: number;
  /** Timestamp units per second. */
  units: bigint;
  /** if_tsoffset, seconds. */
  offset: number;
}

function readPcapng(buf: Uint8Array, dv: DataView): Capture {
  const packets: Packet[] = [];
  const out: Capture = { format: 'pcapng', packets };
  let le = true;
  let ifaces: Iface[] = [];
  let off = 0;
  const fail = (msg: string, at: number): Capture => {
    out.error = new PcapError(msg, at);
    return out;
  };
  while (off < buf.length) {
    if (off + 12 > buf.length) return fail(`truncated pcapng block header (${buf.length - off} bytes left)`, off);
    let type = dv.getUint32(off, le);
    if (dv.getUint32(off, false) === 0x0a0d0d0a) {
      type = 0x0a0d0d0a;
      const bom = dv.getUint32(off + 8, true);
      if (bom === 0x1a2b3c4d) le = true;
      else if (bom === 0x4d3c2b1a) le = false;
      else return fail(`bad pcapng byte-order magic 0x${bom.toString(16)}`, off + 8);
    }
    const len = dv.getUint32(off + 4, le);
    if (len < 12 || len % 4 !== 0) return fail(`corrupt pcapng block length ${len}`, off);
    if (off + len > buf.length) return fail(`truncated pcapng block (type 0x${type.toString(16)}, ${buf.length - off} of ${len} bytes)`, off);
    if (dv.getUint32(off + len - 4, le) !== len) return fail(`pcapng block length mismatch (type 0x${type.toString(16)})`, off);
    const body = off + 8;
    const bodyEnd = off + len - 4;
    const need = (n: number): boolean => body + n <= bodyEnd;
    switch (type) {
      case 0x0a0d0d0a:
        if (!need(16)) return fail('short section header block', off);
        ifaces = [];
        break;
      case 1: {
        if (!need(8)) return fail('short interface description block', off);
        const iface: Iface = { linktype: dv.getUint16(body, le), snaplen: dv.getUint32(body + 4, le), units: 1_000_000n, offset: 0 };
        readOptions(dv, body + 8, bodyEnd, le, (code, at, n) => {
          if (code === 9 && n >= 1) {
            const v = dv.getUint8(at);
            iface.units = v & 0x80 ? 1n << BigInt(v & 0x7f) : 10n ** BigInt(v);
          } else if (code === 14 && n >= 8) {
            iface.offset = Number(dv.getBigInt64(at, le));
          }
        });
        ifaces.push(iface);
        break;
      }
      case 6:
      case 2: {
        if (!need(20)) return fail('short packet block', off);
        const id = type === 6 ? dv.getUint32(body, le) : dv.getUint16(body, le);
        const iface = ifaces[id];
        if (!iface) return fail(`packet block refers to undeclared interface ${id}`, off);
        const ts = (BigInt(dv.getUint32(body + 4, le)) << 32n) | BigInt(dv.getUint32(body + 8, le));
        const cap = dv.getUint32(body + 12, le);
        const orig = dv.getUint32(body + 16, le);
        if (!need(20 + cap)) return fail(`packet block data (${cap} bytes) overruns its block`, off);
        const t = Number(ts / iface.units) + Number(ts % iface.units) / Number(iface.units) + iface.offset;
        const data = buf.subarray(body + 20, body + 20 + cap);
        packets.push({ frame: packets.length + 1, t, linktype: iface.linktype, data, origLen: orig });
        break;
      }
      case 3: {
        if (!need(4)) return fail('short simple packet block', off);
        const iface = ifaces[0];
        if (!iface) return fail('simple packet block without an interface', off);
        const orig = dv.getUint32(body, le);
        let cap = Math.min(orig, bodyEnd - body - 4);
        if (iface.snaplen > 0) cap = Math.min(cap, iface.snaplen);
        // A simple packet block carries no timestamp: it inherits the previous packet's.
        const t = packets.length > 0 ? packets[packets.length - 1]!.t : 0;
        packets.push({ frame: packets.length + 1, t, linktype: iface.linktype, data: buf.subarray(body + 4, body + 4 + cap), origLen: orig });
        break;
      }
      default:
        break; // name resolution, statistics, decryption secrets, custom: nothing to show
    }
    off += len;
  }
  return out;
}

/** Walks a pcapng option list (code u16, length u16, value padded to 32 bits) until opt_endofopt. */
function readOptions(dv: DataView, from: number, end: number, le: boolean, each: (code: number, at: number, len: number) => void): void {
  let p = from;
  while (p + 4 <= end) {
    const code = dv.getUint16(p, le);
    const n = dv.getUint16(p + 2, le);
    if (code === 0 || p + 4 + n > end) return;
    each(code, p + 4, n);
    p += 4 + ((n + 3) & ~3);
  }
}
