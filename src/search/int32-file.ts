/** int32 arrays as little-endian bytes, read back as views without copying where the machine allows. */
import { endianness } from 'node:os';

const LITTLE_ENDIAN = endianness() === 'LE';

export function int32Bytes(a: Int32Array): Buffer {
  if (LITTLE_ENDIAN) return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const b = Buffer.alloc(a.length * 4);
  for (let i = 0; i < a.length; i += 1) b.writeInt32LE(a[i]!, i * 4);
  return b;
}

export function int32View(bytes: Buffer): Int32Array {
  if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  const all = new Int32Array(Math.floor(bytes.length / 4));
  for (let i = 0; i < all.length; i += 1) all[i] = bytes.readInt32LE(i * 4);
  return all;
}
