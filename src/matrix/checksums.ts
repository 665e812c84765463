// SHA-256 of the outputs and the SHA256SUMS file (the `sha256sum` format: hash, two spaces, name).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export function sha256File(path: string): Promise<string> {
  return new Promise((resolveHash, reject) => {
    const h = createHash('sha256');
    createReadStream(path).on('data', (d) => h.update(d)).on('error', reject).on('end', () => resolveHash(h.digest('hex')));
  });
}

export const sha256sums = (files: { name: string; sha256: string }[]) =>
  [...files].sort((a, b) => a.name.localeCompare(b.name)).map((f) => `${f.sha256}  ${f.name}\n`).join('');
