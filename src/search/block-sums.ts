/**
 * A block's sum, as the index keeps them beside the files it reads by position (shard heads, paragraph
 * texts, lookup.bin): the first bytes of the block's SHA-256, enough to tell a damaged block from the one
 * the build wrote. One owner, so every file is checked the same way.
 */
import { hash } from 'node:crypto';

export const SUM_BYTES = 8;

export function blockSum(bytes: Buffer): Buffer {
  return hash('sha256', bytes, 'buffer').subarray(0, SUM_BYTES);
}

/** The sum of every `block` bytes of `bytes`, one after another. */
export function blockSums(bytes: Buffer, block: number): Buffer {
  const sums = Buffer.alloc(Math.ceil(bytes.length / block) * SUM_BYTES);
  for (let b = 0; b * block < bytes.length; b += 1) blockSum(bytes.subarray(b * block, (b + 1) * block)).copy(sums, b * SUM_BYTES);
  return sums;
}
