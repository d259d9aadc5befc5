/**
 * articles.json as an update edits it: the saved bytes are kept, an article's entry is parsed only
 * when asked for, and the new file is the old bytes with the changed entries put in and the new ones
 * appended. The bytes are those JSON.stringify of the whole list would give (indexJson's compact
 * form, as for every index of more than a thousand articles), so the archive reads the file as
 * before; a small index's list (written indented) is parsed and written again whole.
 */
import { indexJson } from './index-writer';
import type { StoredArticle } from './saved-form';

export interface SavedArticles {
  /** Each article's id, by number. */
  readonly ids: readonly string[];
  /** Article `n`'s entry, as saved or as last set. */
  entry(n: number): StoredArticle;
  /** Replaces article `n`'s entry, or adds it when `n` is the next number. */
  set(n: number, article: StoredArticle): void;
  /** The new file's bytes. */
  bytes(): Buffer;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const ID_KEY = '{"id":';
/**
 * Where one entry ends and the next begins. It cannot occur inside a string (a quote there is
 * escaped) and the entries hold no nested objects, so each occurrence is a boundary.
 */
const BETWEEN = '},{"id":';

/**
 * Where each entry of a compact list starts and ends; null when the bytes are not such a list. `text`
 * is the bytes read as Latin-1 (a character per byte): searched as a string, the boundaries of 21,000
 * entries are found in a fraction of the time a search of the buffer takes per call.
 */
function entryBounds(text: string): Array<[number, number]> | null {
  const close = text.length - 3; // the last entry's "}" before "]\n"
  if (!text.startsWith(ID_KEY, 1) || !text.endsWith('}]\n')) return null;
  const bounds: Array<[number, number]> = [];
  let start = 1;
  for (let at = text.indexOf(BETWEEN, start); at >= 0; at = text.indexOf(BETWEEN, start)) {
    bounds.push([start, at + 1]);
    start = at + 2;
  }
  bounds.push([start, close + 1]);
  return bounds;
}

/**
 * The id of an entry, read from its first key without parsing the rest. `text` is the bytes read as
 * Latin-1 (a character per byte): an id of plain ASCII is cut from it, any other decoded from its UTF-8.
 */
function idAt(bytes: Buffer, text: string, [start]: [number, number]): string {
  const from = start + ID_KEY.length;
  let end = from + 1;
  let plain = true;
  for (let c = text.charCodeAt(end); c !== QUOTE && end < text.length; c = text.charCodeAt(end)) {
    if (c === BACKSLASH || c > 0x7f) plain = false;
    end += c === BACKSLASH ? 2 : 1;
  }
  if (plain) return text.slice(from + 1, end);
  return JSON.parse(bytes.toString('utf8', from, end + 1)) as string;
}

/** The saved list in `bytes` (articles.json of a generation). */
export function savedArticles(bytes: Buffer): SavedArticles {
  const text = bytes.toString('latin1');
  const bounds = entryBounds(text);
  if (!bounds) return parsedArticles(JSON.parse(bytes.toString('utf8')) as StoredArticle[]);
  const ids = bounds.map((b) => idAt(bytes, text, b));
  const set = new Map<number, StoredArticle>();
  const entry = (n: number): StoredArticle =>
    set.get(n) ?? (JSON.parse(bytes.toString('utf8', bounds[n]![0], bounds[n]![1])) as StoredArticle);
  return {
    ids,
    entry,
    set(n, article) {
      if (n === ids.length) ids.push(article.id);
      set.set(n, article);
    },
    bytes() {
      const pieces: Buffer[] = [Buffer.from('[')];
      let copyFrom = -1; // the first saved entry of a run copied as it is
      const flush = (upTo: number) => {
        if (copyFrom >= 0) pieces.push(bytes.subarray(bounds[copyFrom]![0], bounds[upTo - 1]![1]));
        copyFrom = -1;
      };
      for (let n = 0; n < ids.length; n += 1) {
        const changed = set.get(n);
        if (!changed && copyFrom < 0) {
          if (n > 0) pieces.push(Buffer.from(','));
          copyFrom = n;
        } else if (changed) {
          flush(n);
          pieces.push(Buffer.from(`${n > 0 ? ',' : ''}${JSON.stringify(changed)}`));
        }
      }
      flush(ids.length);
      pieces.push(Buffer.from(']\n'));
      return Buffer.concat(pieces);
    },
  };
}

function parsedArticles(list: StoredArticle[]): SavedArticles {
  const ids = list.map((a) => a.id);
  return {
    ids,
    entry: (n) => list[n]!,
    set(n, article) {
      list[n] = article;
      ids[n] = article.id;
    },
    bytes: () => Buffer.from(indexJson(list, list.length)),
  };
}
