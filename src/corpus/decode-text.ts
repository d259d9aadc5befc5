/**
 * An article file's text. The archives are UTF-8, and so are nearly all files; but an archive no one
 * here wrote may hold a Windows "Unicode" export (UTF-16, which a byte-order mark announces) or older
 * files in Windows-1252, whose curly quotes and accents are not UTF-8 and would be shown as "�".
 */
import { isUtf8 } from 'node:buffer';

/**
 * Windows-1252's bytes 0x80–0x9F, as the WHATWG Encoding Standard maps them (the five it leaves
 * undefined stay C1 controls); the other bytes are Latin-1's. Node 20's TextDecoder reads them as Latin-1.
 */
const WINDOWS_1252_C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

const western = (bytes: Buffer): string =>
  bytes.toString('latin1').replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);

export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.toString('utf16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)));
    return swapped.swap16().toString('utf16le');
  }
  const text = bytes.toString('utf8');
  // A valid file that holds "�" itself stays as it is; checking validity costs only such a file.
  const decoded = text.includes('\uFFFD') && !isUtf8(bytes) ? western(bytes) : text;
  return decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
}
