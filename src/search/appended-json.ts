/**
 * A saved JSON object with members added at its end, made from its bytes: what an update writes when
 * new summit articles only add to summit-paragraphs.json and statements.json. The bytes are those
 * JSON.stringify of the whole object gives (indexJson's compact form), so the file reads as before.
 */

/** A key JavaScript puts before the others in an object (an array index), whatever the order it was added in. */
export const isArrayIndex = (key: string) => /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;

/**
 * `bytes` (a compact object, `{…}` and a newline) with `members` added at its end; null when `bytes`
 * is not such an object, or a new key is an array index (JSON.stringify would put it first).
 */
export function withMembersAppended(bytes: Buffer, members: ReadonlyArray<readonly [string, unknown]>): Buffer | null {
  if (bytes.length < 3 || bytes[0] !== 0x7b || bytes.toString('latin1', bytes.length - 2) !== '}\n') return null;
  if (bytes[1] === 0x0a) return null; // written indented
  if (members.some(([key]) => isArrayIndex(key))) return null;
  if (members.length === 0) return bytes;
  const empty = bytes.length === 3;
  const added = members.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',');
  return Buffer.concat([bytes.subarray(0, bytes.length - 2), Buffer.from(`${empty ? '' : ','}${added}}\n`)]);
}
