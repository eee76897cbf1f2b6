// Reads stories in the Timeline17 layout: `<story>/articles/*.txt` (each opening with a
// `Published: YYYY-MM-DD` line) and `<story>/timelines/*.txt`, the journalists' timelines: a
// `YYYY-MM-DD` line, one sentence a line, then a line of dashes.

import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Timeline } from './tilse';

export interface GoldTimeline {
  /** `<story>/<file>`. */
  name: string;
  timeline: Timeline;
  warnings: string[];
}

export interface Story {
  name: string;
  folder: string;
  articles: string;
  timelines: GoldTimeline[];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function realDay(line: string): boolean {
  const m = DAY.exec(line);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/**
 * One gold timeline. A date that is not a real day (`2011-04-0`) is left out with its sentences
 * and a warning rather than guessed. The same day twice gathers its sentences, with a warning.
 */
export function parseGoldTimeline(text: string, name: string): GoldTimeline {
  const timeline: Timeline = new Map();
  const warnings: string[] = [];
  let day: string | null = null;
  let skipping = false;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    if (/^-{5,}$/.test(line)) {
      day = null;
      skipping = false;
      return;
    }
    if (day === null && !skipping) {
      if (realDay(line)) {
        day = line;
        if (timeline.has(day)) warnings.push(`${name} line ${i + 1}: ${day} has a second entry; its sentences join the first's (tilse's reader keeps only the last)`);
        else timeline.set(day, []);
      } else {
        warnings.push(`${name} line ${i + 1}: "${line.slice(0, 40)}" is not a date (YYYY-MM-DD); its entry is left out`);
        skipping = true;
      }
      return;
    }
    if (day !== null) timeline.get(day)!.push(line);
  });
  for (const [d, sentences] of timeline) if (sentences.length === 0) timeline.delete(d);
  return { name, timeline, warnings };
}

const isDir = (p: string) => stat(p).then((s) => s.isDirectory(), () => false);

async function readStory(folder: string): Promise<Story> {
  const dir = join(folder, 'timelines');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const name = basename(folder);
  const timelines: GoldTimeline[] = [];
  for (const f of files) timelines.push(parseGoldTimeline(await readFile(join(dir, f), 'utf8'), `${name}/${f}`));
  return { name, folder, articles: join(folder, 'articles'), timelines };
}

/** The stories in `folder`: the folder itself when it has `articles/` and `timelines/`, else each such subfolder. */
export async function findStories(folder: string): Promise<Story[]> {
  const isStory = async (p: string) => (await isDir(join(p, 'articles'))) && (await isDir(join(p, 'timelines')));
  if (await isStory(folder)) return [await readStory(folder)];
  let entries: string[];
  try {
    entries = (await readdir(folder)).sort();
  } catch (err) {
    throw new Error(`cannot read folder "${folder}": ${(err as Error).message}`);
  }
  const stories: Story[] = [];
  for (const e of entries) if (await isStory(join(folder, e))) stories.push(await readStory(join(folder, e)));
  if (stories.length === 0) throw new Error(`"${folder}" holds no story (a folder with articles/ and timelines/)`);
  return stories;
}
