/**
 * The front matter archives usually write, read without the YAML parser: one `key: value` each,
 * each value a string (plain on its line, or 'single-' or "double-quoted", a quoted one possibly
 * wrapped over indented lines). Parsing YAML took a third of reading an article. Anything else, or
 * anything YAML could read as a number, a boolean or a null, is left to the YAML parser (null here):
 * both read the same text the same way (test/corpus/simple-front-matter.test.ts).
 */

const FIELD = /^([A-Za-z][\w-]*): +(.*?) *$/;
/** Characters YAML reads specially or refuses: left to the parser. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const UNUSUAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\t\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udfff]/;
/** A plain value is a string when it opens with no indicator and holds no comment or nested key. */
const PLAIN_STRING = /^[^-?:,[\]{}#&*!|>'"%@`\s.+~\d](?:(?!: | #).)*(?<!:)$/;
/** Dates and times stay strings in YAML 1.2's core schema (a number has no second dash or colon). */
const DATE_STRING = /^\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?: ?(?:Z|[-+]\d\d(?::?\d\d)?))?)?$/;
const KEYWORDS = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/** A quoted value's lines: the first, those it wraps over (indented), and the last, which closes it. */
const QUOTED = {
  "'": { whole: /^'((?:[^']|'')*)'$/, first: /^'((?:[^']|'')*)$/, middle: /^((?:[^']|'')*)$/, last: /^((?:[^']|'')*)' *$/ },
  '"': {
    whole: /^"((?:[^"\\]|\\.)*)"$/,
    first: /^"((?:[^"\\]|\\.)*\\?)$/,
    middle: /^((?:[^"\\]|\\.)*\\?)$/,
    last: /^((?:[^"\\]|\\.)*)" *$/,
  },
} as const;
const CONTINUED = /^ +(?=\S)/;
const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', _: '\u00a0', ' ': ' ', t: '\t', n: '\n' };

/** The fields of simple front matter, or null when the YAML parser must read it. */
export function readSimpleFrontMatter(yaml: string): Record<string, string> | null {
  if (yaml === '' || UNUSUAL.test(yaml)) return null;
  const fields: Record<string, string> = {};
  const lines = yaml.split('\n');
  for (let at = 0; at < lines.length; at += 1) {
    const field = FIELD.exec(lines[at]!);
    if (!field || KEYWORDS.test(field[1]!) || Object.hasOwn(fields, field[1]!)) return null;
    const raw = field[2]!;
    let value: string | null;
    if ((PLAIN_STRING.test(raw) && !KEYWORDS.test(raw)) || DATE_STRING.test(raw)) value = raw;
    else if (raw[0] === "'" || raw[0] === '"') {
      const quote = QUOTED[raw[0]];
      const whole = quote.whole.exec(raw);
      const wrapped = whole ? [whole[1]!] : wrappedLines(lines, at, quote);
      if (!wrapped) return null;
      at += wrapped.length - 1;
      value = raw[0] === "'" ? folded(wrapped).replace(/''/g, "'") : unescaped(wrapped);
    } else value = null;
    if (value === null) return null;
    fields[field[1]!] = value;
  }
  return fields;
}

/** A quoted value's content, line by line (indentation taken off), or null unless it closes on an indented line. */
function wrappedLines(lines: string[], at: number, quote: (typeof QUOTED)["'" | '"']): string[] | null {
  const first = quote.first.exec(FIELD.exec(lines[at]!)![2]!);
  if (!first) return null;
  const content = [first[1]!];
  for (let next = at + 1; next < lines.length; next += 1) {
    if (!CONTINUED.test(lines[next]!)) return null;
    const line = lines[next]!.replace(CONTINUED, '');
    const last = quote.last.exec(line);
    if (last) return [...content, last[1]!];
    const middle = quote.middle.exec(line);
    if (!middle) return null;
    content.push(middle[1]!);
  }
  return null;
}

/** Lines of a quoted value joined as YAML folds them: each line break is one space, the space around it dropped. */
function folded(lines: string[]): string {
  return lines.map((line, i) => (i < lines.length - 1 ? line.replace(/ +$/, '') : line)).join(' ');
}

/** A double-quoted value's text: a backslash at a line's end joins it to the next with nothing between. */
function unescaped(lines: string[]): string | null {
  let text = '';
  for (let i = 0; i < lines.length; i += 1) {
    let line = lines[i]!;
    const joined = i < lines.length - 1 && /(?:^|[^\\])(?:\\\\)*\\$/.test(line);
    if (joined) line = line.slice(0, -1);
    else if (i < lines.length - 1) {
      // Spaces before a line break fold away; an escaped one ("\ ") is content, left to the parser.
      if (/\\ *$/.test(line)) return null;
      line = line.replace(/ +$/, '');
    }
    const part = unescapedLine(line);
    if (part === null) return null;
    text += part + (i < lines.length - 1 && !joined ? ' ' : '');
  }
  return text;
}

function unescapedLine(line: string): string | null {
  let known = true;
  const text = line.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, c: string) => {
    if (c.length === 5) {
      const code = parseInt(c.slice(1), 16);
      if (code >= 0xd800 && code <= 0xdfff) known = false;
      return String.fromCharCode(code);
    }
    if (ESCAPES[c] === undefined) known = false;
    return ESCAPES[c] ?? '';
  });
  return known ? text : null;
}
