/**
 * The PEM certificate and key of `http.tls`, read once at start. Both the appliance's HTTP server and the
 * API's EVerest listener serve them, so a mistake is reported the same way for both: a ConfigError naming
 * the setting and the file.
 */
import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import { ConfigError } from '../config/index.js';

export interface TlsFiles {
  cert: string;
  key: string;
}

export interface TlsMaterial {
  cert: Buffer;
  key: Buffer;
}

export function readTlsFiles(files: TlsFiles): TlsMaterial {
  const problems: string[] = [];
  const read = (setting: 'cert' | 'key'): Buffer => {
    try {
      return readFileSync(files[setting]);
    } catch (e) {
      problems.push(`http.tls.${setting}: cannot read ${files[setting]}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      return Buffer.alloc(0);
    }
  };
  const material = { cert: read('cert'), key: read('key') };
  if (problems.length) throw new ConfigError('http.tls', problems);
  // OpenSSL checks the PEM and that the key belongs to the certificate; do it now rather than at the first client.
  try {
    createSecureContext(material);
  } catch (e) {
    throw new ConfigError('http.tls', [`http.tls: ${files.cert} / ${files.key} are not a usable PEM certificate and matching key: ${(e as Error).message}`]);
  }
  return material;
}
