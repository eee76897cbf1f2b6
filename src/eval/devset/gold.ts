// Reads the development set's gold files (devset/timeline17/<story>/<stem>.json, written by hand
// following ANNOTATION.md in devset/README.md) and places every evidence string in its article.

import { PRECISIONS, type Precision, isPartialDate } from '../../core/schema';

export interface GoldHappening {
  id: string;
  date: string;
  end?: string;
  precision: Precision;
  approximate: boolean;
  status: 'happened' | 'planned';
  headline: string;
  /** For a minute: the zone named in the text (`CDT`), when the annotator gave one. */
  zone?: string;
  /** For a minute with a known zone: the same instant in UTC (`2010-06-02T00:30`), as the pipeline may write it. */
  utc?: string;
  evidence: string[];
  dateWords: string[];
  /** Where each evidence string lies in the article text; strings not found there are left out. */
  spans: { start: number; end: number }[];
}

export interface GoldArticle {
  /** `<story>/<file>`, e.g. `bpoil_bbc/2010-06-04_100.txt`. */
  key: string;
  story: string;
  file: string;
  annotator: string;
  /** The publication day the annotator read (`2010-06-04`), or null when the file gives none. */
  published: string | null;
  happenings: GoldHappening[];
}

/**
 * Offsets of the zones annotators name, in minutes east of UTC. The scorer keeps its own short
 * table rather than reading the pipeline's, so that a pipeline change cannot move the yardstick.
 */
const ZONE_OFFSETS: Record<string, number> = {
  UTC: 0, GMT: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

/** A wall-clock minute in a zone, as a UTC minute. */
export function toUtcMinute(wallClock: string, offsetMinutes: number): string {
  const [day, time] = wallClock.split('T');
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new Date(Date.UTC(y, m - 1, d, hh, mm) - offsetMinutes * 60_000).toISOString().slice(0, 16);
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Checks one gold file against its article text. Throws with the file and the reason when the file
 * cannot be used at all; a happening or an evidence string that cannot be used becomes a warning.
 */
export function readGoldArticle(json: string, where: string, story: string, articleText: (file: string) => string | null): { article: GoldArticle; warnings: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new Error(`${where}: not JSON (${(err as Error).message})`);
  }
  if (!isObject(data)) throw new Error(`${where}: expected an object`);
  const file = data.file;
  if (typeof file !== 'string' || !/\.txt$/.test(file)) throw new Error(`${where}: "file" must name the article's .txt file`);
  if (data.story !== undefined && data.story !== story) throw new Error(`${where}: "story" is ${JSON.stringify(data.story)} but the file is in ${story}/`);
  const text = articleText(file);
  if (text === null) throw new Error(`${where}: its article ${story}/articles/${file} cannot be read`);
  if (!Array.isArray(data.happenings)) throw new Error(`${where}: "happenings" must be a list`);
  const warnings: string[] = [];
  const happenings: GoldHappening[] = [];
  data.happenings.forEach((h: unknown, i: number) => {
    const at = `${where} happening ${i + 1}`;
    if (!isObject(h)) return void warnings.push(`${at}: not an object; left out`);
    const precision = h.precision as Precision;
    if (!PRECISIONS.includes(precision)) return void warnings.push(`${at}: precision ${JSON.stringify(h.precision)} is not one of ${PRECISIONS.join(', ')}; left out`);
    if (typeof h.id !== 'string' || !h.id) return void warnings.push(`${at}: no id; left out`);
    if (!isPartialDate(h.date, precision)) return void warnings.push(`${at} (${h.id}): date ${JSON.stringify(h.date)} is not a ${precision}; left out`);
    const status = h.status === 'planned' ? 'planned' : 'happened';
    if (h.status !== 'planned' && h.status !== 'happened') warnings.push(`${at} (${h.id}): status ${JSON.stringify(h.status)} read as "happened"`);
    const evidence = Array.isArray(h.evidence) ? h.evidence.filter((e): e is string => typeof e === 'string' && e.length > 0) : [];
    const spans: { start: number; end: number }[] = [];
    for (const e of evidence) {
      const start = text.indexOf(e);
      if (start < 0) warnings.push(`${at} (${h.id}): evidence not found in the article text: ${JSON.stringify(e.length > 90 ? `${e.slice(0, 90)}…` : e)}`);
      else spans.push({ start, end: start + e.length });
    }
    if (spans.length === 0) return void warnings.push(`${at} (${h.id}): no evidence found in the text; left out`);
    let zone: string | undefined;
    let utc: string | undefined;
    if (precision === 'minute' && typeof h.zone === 'string') {
      zone = h.zone;
      const offset = ZONE_OFFSETS[h.zone.toUpperCase()];
      if (offset === undefined) warnings.push(`${at} (${h.id}): zone ${JSON.stringify(h.zone)} unknown to the scorer; only the wall-clock time is compared`);
      else utc = toUtcMinute(h.date as string, offset);
    }
    happenings.push({
      id: h.id,
      date: h.date as string,
      end: typeof h.end === 'string' ? h.end : undefined,
      precision,
      approximate: h.approximate === true,
      status,
      headline: typeof h.headline === 'string' ? h.headline : '',
      ...(zone !== undefined ? { zone } : {}),
      ...(utc !== undefined ? { utc } : {}),
      evidence,
      dateWords: Array.isArray(h.dateWords) ? h.dateWords.filter((w): w is string => typeof w === 'string') : [],
      spans,
    });
  });
  const published = typeof data.published === 'string' && isPartialDate(data.published, 'day') ? data.published : null;
  return { article: { key: `${story}/${file}`, story, file, annotator: typeof data.annotator === 'string' ? data.annotator : '?', published, happenings }, warnings };
}
