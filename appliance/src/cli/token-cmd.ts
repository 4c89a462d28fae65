/**
 * `ampbox token hash [--role R] [--name N]`: makes an API token entry for api.auth.tokens. The token comes
 * from stdin (first line) or, when stdin is a terminal or empty, is generated; only its scrypt hash goes
 * into the configuration, so a generated token is printed here once and never again.
 */
import { parseArgs } from 'node:util';
import { generateToken, hashToken, ROLES, type Role } from '../api/index.js';
import { EXIT } from '../shared/exit-codes.js';
import { println, type CliIo } from './io.js';

const USAGE = `usage: ampbox token hash [--role ${ROLES.join('|')}] [--name NAME]  (token on stdin, or generated)`;
/** Shorter tokens are accepted but can be guessed far more easily. */
const MIN_ADVISED_LENGTH = 16;

export async function tokenCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'hash') {
    println(io.stderr, USAGE);
    return EXIT.CONFIG;
  }
  let values: { role?: string; name?: string };
  try {
    ({ values } = parseArgs({ args: rest, options: { role: { type: 'string' }, name: { type: 'string' } }, strict: true }));
  } catch (e) {
    println(io.stderr, `ampbox token: ${(e as Error).message}\n${USAGE}`);
    return EXIT.CONFIG;
  }
  const role = (values.role ?? 'viewer') as Role;
  if (!ROLES.includes(role)) {
    println(io.stderr, `ampbox token: unknown role "${values.role}" (known: ${ROLES.join(', ')})`);
    return EXIT.CONFIG;
  }
  const name = values.name ?? `${role}-client`;
  if (name.length < 1 || name.length > 64) {
    println(io.stderr, 'ampbox token: --name must be 1 to 64 characters');
    return EXIT.CONFIG;
  }

  const given = await readFirstLine(io.stdin);
  const token = given ?? generateToken();
  if (given !== null && given.length < MIN_ADVISED_LENGTH)
    println(io.stderr, `ampbox token: warning: the token has ${given.length} characters; ${MIN_ADVISED_LENGTH} or more are advised`);
  const hash = await hashToken(token);
  if (given === null) println(io.stdout, `token: ${token}`);
  println(io.stdout, `- { name: ${JSON.stringify(name)}, role: ${role}, hash: "${hash}" }`);
  println(io.stderr, `${given === null ? 'Give the token to the client now; it is not stored. ' : ''}Add the line under api.auth.tokens in the configuration.`);
  return EXIT.OK;
}

/** The first line of a piped stdin without its line end; null for a terminal or nothing at all. */
async function readFirstLine(stdin: NodeJS.ReadableStream): Promise<string | null> {
  if ((stdin as { isTTY?: boolean }).isTTY) return null;
  let text = '';
  for await (const chunk of stdin) text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  const line = text.split(/\r?\n/)[0]!.trim();
  return line === '' ? null : line;
}
