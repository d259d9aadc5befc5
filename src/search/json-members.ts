/**
 * Where the members of a JSON array or object lie in its bytes, found without parsing them: the
 * lookup file (lookup-file.ts) records these spans so that one article's record can be read and
 * parsed alone. Works on any JSON (compact or indented); a string's bytes are skipped whole, and in
 * UTF-8 no byte of a multi-byte character is a quote, a backslash or a bracket.
 */

/** One member: its value's bytes [start, end), and for an object's member its key's (with the quotes). */
export interface JsonMember {
  keyStart: number;
  keyEnd: number;
  start: number;
  end: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

function skipSpace(bytes: Buffer, at: number): number {
  while (at < bytes.length && isSpace(bytes[at]!)) at += 1;
  return at;
}

/** The end of the string whose opening quote is at `at` (after its closing quote). */
function stringEnd(bytes: Buffer, at: number): number {
  for (let i = at + 1; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    if (b === BACKSLASH) i += 1;
    else if (b === QUOTE) return i + 1;
  }
  throw new SyntaxError(`unterminated string at byte ${at}`);
}

/** The end of the value that starts at `at`. */
function valueEnd(bytes: Buffer, at: number): number {
  const first = bytes[at];
  if (first === QUOTE) return stringEnd(bytes, at);
  if (first === OPEN_ARRAY || first === OPEN_OBJECT) {
    let depth = 0;
    for (let i = at; i < bytes.length; i += 1) {
      const b = bytes[i]!;
      if (b === QUOTE) i = stringEnd(bytes, i) - 1;
      else if (b === OPEN_ARRAY || b === OPEN_OBJECT) depth += 1;
      else if (b === CLOSE_ARRAY || b === CLOSE_OBJECT) {
        depth -= 1;
        if (depth === 0) return i + 1;
      }
    }
    throw new SyntaxError(`unterminated ${first === OPEN_ARRAY ? 'array' : 'object'} at byte ${at}`);
  }
  let i = at;
  while (i < bytes.length && !isSpace(bytes[i]!) && bytes[i] !== COMMA && bytes[i] !== CLOSE_ARRAY && bytes[i] !== CLOSE_OBJECT) i += 1;
  if (i === at) throw new SyntaxError(`no value at byte ${at}`);
  return i;
}

/** An array or object being scanned: where it opens, and whether it is an object. */
export interface JsonContainer {
  open: number;
  object: boolean;
}

/** The array or object that starts at byte `at` (after any white space). */
export function containerAt(bytes: Buffer, at = 0): JsonContainer {
  const open = skipSpace(bytes, at);
  const kind = bytes[open];
  if (kind !== OPEN_ARRAY && kind !== OPEN_OBJECT) throw new SyntaxError(`no array or object at byte ${open}`);
  return { open, object: kind === OPEN_OBJECT };
}

/**
 * The container's member after byte `from` — its opening bracket or the end of one of its members — or
 * null at its end. A scan can so resume from any member already placed.
 */
export function memberAfter(bytes: Buffer, container: JsonContainer, from: number): JsonMember | null {
  const close = container.object ? CLOSE_OBJECT : CLOSE_ARRAY;
  let i = skipSpace(bytes, from === container.open ? from + 1 : from);
  if (bytes[i] === close) return null;
  if (from !== container.open) {
    if (bytes[i] !== COMMA) throw new SyntaxError(`expected a comma at byte ${i}`);
    i = skipSpace(bytes, i + 1);
  }
  let keyStart = -1;
  let keyEnd = -1;
  if (container.object) {
    if (bytes[i] !== QUOTE) throw new SyntaxError(`no key at byte ${i}`);
    keyStart = i;
    keyEnd = stringEnd(bytes, i);
    i = skipSpace(bytes, keyEnd);
    if (bytes[i] !== COLON) throw new SyntaxError(`no colon at byte ${i}`);
    i = skipSpace(bytes, i + 1);
  }
  return { keyStart, keyEnd, start: i, end: valueEnd(bytes, i) };
}

/** The members of the array or object that starts at byte `at` (after any white space), in order. */
export function jsonMembers(bytes: Buffer, at = 0): JsonMember[] {
  const container = containerAt(bytes, at);
  const members: JsonMember[] = [];
  for (let m = memberAfter(bytes, container, container.open); m; m = memberAfter(bytes, container, m.end)) members.push(m);
  return members;
}

/** Whether `spans` (start, end pairs) are all the elements of the array, in order: only white space and commas lie between them. */
export function holdsAllElements(bytes: Buffer, container: JsonContainer, spans: ArrayLike<number>): boolean {
  const close = container.object ? CLOSE_OBJECT : CLOSE_ARRAY;
  let at = container.open + 1;
  for (let k = 0; k < spans.length; k += 2) {
    // Compact JSON: a comma and the next element.
    if (k > 0 && bytes[at] === COMMA && spans[k] === at + 1 && spans[k + 1]! > spans[k]!) {
      at = spans[k + 1]!;
      continue;
    }
    if (k > 0) {
      at = skipSpace(bytes, at);
      if (bytes[at] !== COMMA) return false;
      at += 1;
    }
    if (skipSpace(bytes, at) !== spans[k] || !(spans[k + 1]! > spans[k]!)) return false;
    at = spans[k + 1]!;
  }
  return bytes[skipSpace(bytes, at)] === close;
}

/** An object member's key. */
export function memberKey(bytes: Buffer, m: JsonMember): string {
  let plain = true;
  for (let i = m.keyStart; i < m.keyEnd && plain; i += 1) plain = bytes[i] !== BACKSLASH;
  return plain
    ? bytes.toString('utf8', m.keyStart + 1, m.keyEnd - 1)
    : (JSON.parse(bytes.toString('utf8', m.keyStart, m.keyEnd)) as string);
}

/** The value of the member named `key` of the object at `at` (its members walked only up to it); null when it has none. */
export function memberNamed(bytes: Buffer, at: number, key: string): JsonMember | null {
  const found = memberStartNamed(bytes, at, key);
  return found && { ...found, end: valueEnd(bytes, found.start) };
}

/**
 * As memberNamed, but the value is not walked: where it starts (and its key's span). `after`: the end
 * of one of the object's members, to look only at those after it.
 */
export function memberStartNamed(bytes: Buffer, at: number, key: string, after?: number): Omit<JsonMember, 'end'> | null {
  const quoted = Buffer.from(JSON.stringify(key));
  const open = skipSpace(bytes, at);
  if (bytes[open] !== OPEN_OBJECT) throw new SyntaxError(`no object at byte ${open}`);
  let i = skipSpace(bytes, open + 1);
  if (after !== undefined) {
    i = skipSpace(bytes, after);
    if (bytes[i] !== COMMA) return null;
    i = skipSpace(bytes, i + 1);
  }
  while (bytes[i] === QUOTE) {
    const keyEnd = stringEnd(bytes, i);
    const found = keyEnd - i === quoted.length && bytes.compare(quoted, 0, quoted.length, i, keyEnd) === 0;
    const colon = skipSpace(bytes, keyEnd);
    if (bytes[colon] !== COLON) throw new SyntaxError(`no colon at byte ${colon}`);
    const start = skipSpace(bytes, colon + 1);
    if (found) return { keyStart: i, keyEnd, start };
    const next = skipSpace(bytes, valueEnd(bytes, start));
    if (bytes[next] !== COMMA) return null;
    i = skipSpace(bytes, next + 1);
  }
  return null;
}
