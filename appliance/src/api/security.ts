/**
 * API authentication: tokens are stored in the configuration only as scrypt hashes
 * (`scrypt$<N>$<r>$<p>$<salt b64>$<hash b64>`), a presented token is checked against each of them with a
 * constant-time comparison, and a role gives a fixed set of permissions (the contract's table).
 */
import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { ApiRole, ApiToken } from '../config/index.js';

export type Permission = 'read' | 'authorize' | 'limits' | 'admin';
/** What a method needs: `public` is API.Hello only. */
export type MethodPermission = 'public' | Permission;
export type Role = ApiRole;

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  viewer: ['read'],
  hmi: ['read', 'authorize'],
  ems: ['read', 'limits'],
  admin: ['read', 'authorize', 'limits', 'admin'],
};

export const ROLES = Object.keys(ROLE_PERMISSIONS) as Role[];

export function permissionsOf(role: Role | null): ReadonlySet<Permission> {
  return new Set(role ? ROLE_PERMISSIONS[role] : []);
}

/**
 * 2^14, 8, 1: 16 MiB and ~0.1 s per check on a desktop core (2^15 measured 4× slower, past the caches), and a
 * Hello checks every configured token. Generated tokens carry 256 random bits, so the cost mainly protects
 * hand-picked ones.
 */
export const SCRYPT_DEFAULTS = { N: 1 << 14, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const HASH_BYTES = 32;
/** Bounds for hashes read from a configuration file, so a typo cannot make every Hello take minutes or gigabytes. */
const MAX_N = 1 << 20;
const MAX_RP = 16;

function scryptAsync(token: string, salt: Buffer, keylen: number, o: ScryptOptions): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; allow twice that plus room, as Node's default cap (32 MiB) would refuse N ≥ 2^15.
  const maxmem = 256 * (o.N ?? 1) * (o.r ?? 1) + (1 << 20);
  return new Promise((resolve, reject) => scrypt(token, salt, keylen, { ...o, maxmem }, (err, key) => (err ? reject(err) : resolve(key))));
}

export async function hashToken(token: string, params: { N: number; r: number; p: number } = SCRYPT_DEFAULTS): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await scryptAsync(token, salt, HASH_BYTES, params);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

interface ParsedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  hash: Buffer;
}

export function parseTokenHash(stored: string): ParsedHash | null {
  const m = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/.exec(stored);
  if (!m) return null;
  const [N, r, p] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const powerOfTwo = N > 1 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N > MAX_N || r < 1 || r > MAX_RP || p < 1 || p > MAX_RP) return null;
  const salt = Buffer.from(m[4]!, 'base64');
  const hash = Buffer.from(m[5]!, 'base64');
  if (salt.length < 8 || hash.length < 16) return null;
  return { N, r, p, salt, hash };
}

/** True when `token` is the one `stored` was made from; a malformed hash never matches. */
export async function verifyToken(token: string, stored: string): Promise<boolean> {
  const h = parseTokenHash(stored);
  if (!h) return false;
  const candidate = await scryptAsync(token, h.salt, h.hash.length, { N: h.N, r: h.r, p: h.p });
  return timingSafeEqual(candidate, h.hash);
}

/** A token to hand to a client: 32 random bytes, URL-safe so it survives shells and YAML unquoted. */
export function generateToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface Authentication {
  name: string;
  role: Role;
}

/**
 * Finds which configured token a client presented. Every stored hash is checked (no early exit), so the time
 * taken does not tell which entry matched. A token that matched once is remembered by its SHA-256 for the
 * life of the process: reconnecting clients then cost no scrypt work, and the at-rest protection of the
 * configuration is unchanged.
 */
export class TokenVerifier {
  private readonly known = new Map<string, Authentication>();

  constructor(private readonly tokens: readonly ApiToken[]) {}

  async authenticate(token: string): Promise<Authentication | null> {
    const digest = createHash('sha256').update(token).digest('base64');
    const hit = this.known.get(digest);
    if (hit) return hit;
    const results = await Promise.all(this.tokens.map((t) => verifyToken(token, t.hash)));
    const i = results.indexOf(true);
    if (i < 0) return null;
    const found = { name: this.tokens[i]!.name, role: this.tokens[i]!.role };
    this.known.set(digest, found);
    return found;
  }
}
