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
const ID_KEY = Buffer.from('{"id":');
/**
 * Where one entry ends and the next begins. It cannot occur inside a string (a quote there is
 * escaped) and the entries hold no nested objects, so each occurrence is a boundary.
 */
const BETWEEN = Buffer.from('},{"id":');
const CLOSE = Buffer.from('}]\n');

/**
 * Where each entry of a compact list starts and ends; null when the bytes are not such a list. The
 * buffer is searched in place: a Latin-1 copy of it as a string (12 MB at the bench archive) cost more
 * to make, in fresh memory, than the searches it sped up.
 */
function entryBounds(bytes: Buffer): Array<[number, number]> | null {
  const close = bytes.length - 3; // the last entry's "}" before "]\n"
  if (bytes.length < ID_KEY.length + 4 || !bytes.subarray(1, 1 + ID_KEY.length).equals(ID_KEY) || !bytes.subarray(close).equals(CLOSE))
    return null;
  const bounds: Array<[number, number]> = [];
  let start = 1;
  for (let at = bytes.indexOf(BETWEEN, start); at >= 0; at = bytes.indexOf(BETWEEN, start)) {
    bounds.push([start, at + 1]);
    start = at + 2;
  }
  bounds.push([start, close + 1]);
  return bounds;
}

/** The id of an entry, read from its first key without parsing the rest: plain ASCII is cut as it is, any other decoded from its UTF-8. */
function idAt(bytes: Buffer, [start]: [number, number]): string {
  const from = start + ID_KEY.length;
  let end = from + 1;
  let plain = true;
  for (let c = bytes[end]; c !== QUOTE && end < bytes.length; c = bytes[end]) {
    if (c === BACKSLASH || c! > 0x7f) plain = false;
    end += c === BACKSLASH ? 2 : 1;
  }
  if (plain) return bytes.toString('latin1', from + 1, end);
  return JSON.parse(bytes.toString('utf8', from, end + 1)) as string;
}

/** The saved list in `bytes` (articles.json of a generation). */
export function savedArticles(bytes: Buffer): SavedArticles {
  const bounds = entryBounds(bytes);
  if (!bounds) return parsedArticles(JSON.parse(bytes.toString('utf8')) as StoredArticle[]);
  const ids = bounds.map((b) => idAt(bytes, b));
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
