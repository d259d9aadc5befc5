/** Ways an index folder gets damaged, for tests: bytes changed under the manifest, or vouched for by it. */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const currentGeneration = (index: string) => readFileSync(join(index, 'CURRENT'), 'utf8').trim();
export const generationDir = (index: string) => join(index, currentGeneration(index));

type Manifest = { files: Record<string, { size: number; sha256: string }>; shards: unknown[] };
export const manifestOf = (index: string) => JSON.parse(readFileSync(join(generationDir(index), 'manifest.json'), 'utf8')) as Manifest;

/** What a faulty build would leave: the damaged bytes under a manifest that vouches for them. */
export function reseal(index: string): void {
  const dir = generationDir(index);
  const manifest = manifestOf(index);
  for (const file of Object.keys(manifest.files)) {
    const bytes = readFileSync(join(dir, file));
    manifest.files[file] = { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  }
  const bytes = Buffer.from(`${JSON.stringify(manifest, null, 1)}\n`);
  writeFileSync(join(dir, 'manifest.json'), bytes);
  const name = `g-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
  renameSync(dir, join(index, name));
  writeFileSync(join(index, 'CURRENT'), `${name}\n`);
}

/** A shard's postings of the right size whose every range points two billion postings away. */
export function scramblePostings(index: string, shard = '000'): void {
  const file = join(generationDir(index), 'shards', `${shard}.postings.bin`);
  writeFileSync(file, Buffer.alloc(readFileSync(file).length, 0x7f));
}
