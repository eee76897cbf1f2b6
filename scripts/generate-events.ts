// Deterministic event lists of any size for benchmarks: a seeded PRNG (never Math.random), a
// newsroom-like spread of dates (a recent burst over decades of background), every precision,
// ranges, approximate dates, several sources per event. The result passes validateEventList.
//
//   tsx scripts/generate-events.ts <count> [--seed <n>] [--output <file>]
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { dateLabel, dateSpan, partialFromInstant } from '../src/core/dates';
import { validateEventList, type Article, type EventList, type Precision, type Source, type TimelineEvent } from '../src/core/schema';

/** mulberry32: small, fast and the same on every machine. Returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const PUBLISHERS = ['Harbour Wire', 'The Daily Ledger', 'Valley Courier', 'Northern Post', 'Metro Herald', 'Coastal Times', 'City Bulletin', 'Plains Gazette', 'Press Service', 'Evening Record', 'Morning Star Review', 'River Valley News'];
const SUBJECTS = ['The council', 'Ministers', 'The regulator', 'Health officials', 'The union', 'Prosecutors', 'The committee', 'Rescue teams', 'The central bank', 'Residents', 'The court', 'Negotiators', 'The mayor', 'Engineers', 'The board', 'Opposition leaders', 'Investigators', 'Police'];
const VERBS = ['approved', 'rejected', 'announced', 'opened', 'suspended', 'reviewed', 'launched', 'postponed', 'signed', 'published', 'extended', 'cancelled', 'confirmed', 'challenged', 'completed'];
const OBJECTS = ['the bridge repairs', 'a new budget', 'the ceasefire talks', 'an inquiry into the collapse', 'the rail link', 'emergency funding', 'the water plan', 'a revised contract', 'the harbour expansion', 'new safety rules', 'the school closures', 'a trade agreement', 'the election timetable', 'flood defences', 'the hospital wing', 'a pay deal', 'the transit strike', 'wildfire evacuations'];
const TAILS = ['according to people familiar with the matter', 'after weeks of debate', 'despite strong objections', 'the statement said', 'officials told reporters', 'in a closed session', 'with little notice', 'following public pressure', 'as costs continued to rise', 'according to documents seen by reporters'];
const PLACES = ['in Riverton', 'at the port', 'on the east bank', 'in the old town', 'near the airport', 'across the region', 'in the capital', 'at the northern depot', 'in three districts', 'along the coast', 'in the valley', 'at the city hall', 'for the second time', 'after a long delay', 'under new rules', 'for next year', 'at a late-night meeting', 'in a split vote', 'without a vote', 'ahead of the deadline', 'in the south', 'on the ring road', 'at the main station', 'in two suburbs', 'at the lower harbour', 'in the west end', 'for the winter', 'amid protests', 'in a surprise move', 'at short notice'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface DateShape {
  precision: Precision;
  range: boolean;
  approximate: boolean;
}

/** Precision mix roughly as the pipeline produces it on news: mostly days, some months and years. */
function pickShape(random: () => number): DateShape {
  const r = random();
  const precision: Precision = r < 0.55 ? 'day' : r < 0.72 ? 'month' : r < 0.8 ? 'year' : r < 0.88 ? 'minute' : r < 0.94 ? 'week' : 'quarter';
  const range = precision !== 'minute' && random() < 0.08;
  const approximate = precision !== 'minute' && random() < 0.1;
  return { precision, range, approximate };
}

/** A recent burst (the story) over a few years of follow-up and decades of background. */
function pickInstant(random: () => number, end: number): number {
  const r = random();
  const span = r < 0.65 ? 120 * DAY : r < 0.9 ? 4 * 365 * DAY : 40 * 365 * DAY;
  return end - Math.floor(random() ** 1.5 * span);
}

function timexText(start: string, precision: Precision, random: () => number): string {
  const y = start.slice(0, 4);
  switch (precision) {
    case 'year':
      return `in ${y}`;
    case 'quarter':
      return `in the ${['first', 'second', 'third', 'fourth'][Number(start.slice(6)) - 1]} quarter of ${y}`;
    case 'month':
      return `in ${MONTHS[Number(start.slice(5, 7)) - 1]} ${y}`;
    case 'week':
      return random() < 0.5 ? 'last week' : 'that week';
    case 'day':
      return `on ${Number(start.slice(8, 10))} ${MONTHS[Number(start.slice(5, 7)) - 1]}`;
    case 'minute':
      return `at ${start.slice(11, 16)} on ${Number(start.slice(8, 10))} ${MONTHS[Number(start.slice(5, 7)) - 1]}`;
  }
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];

/** An event list of `count` events; the same `count` and `seed` always give the same list. */
export function generateEventList(count: number, seed = 1): EventList {
  const random = seededRandom(seed);
  const end = Date.UTC(2025, 5, 30);
  const hex = () => Math.floor(random() * 0x1_0000_0000).toString(16).padStart(8, '0');

  const articles: Article[] = [];
  const articleCount = Math.max(1, Math.min(5000, Math.ceil(count / 8)));
  for (let i = 0; i < articleCount; i++) {
    const id = `${String(i).padStart(4, '0')}_${hex()}${hex()}`;
    const day = partialFromInstant(pickInstant(random, end), 'day');
    const r = random();
    const published = r < 0.03 ? null : r < 0.5 ? `${day}T${String(Math.floor(random() * 24)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}+00:00` : r < 0.8 ? day : `${day}T09:30`;
    articles.push({
      id,
      file: `${id}.txt`,
      title: `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}`,
      publisher: random() < 0.05 ? null : pick(random, PUBLISHERS),
      published,
      dateline: random() < 0.4 ? null : 'Riverton',
      warnings: published === null ? ['no publication date found'] : [],
    });
  }

  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const shape = pickShape(random);
    const from = pickInstant(random, end);
    const start = partialFromInstant(from, shape.precision);
    const length = shape.precision === 'day' ? 1 + Math.floor(random() * 20) : shape.precision === 'year' ? 1 + Math.floor(random() * 5) : 1 + Math.floor(random() * 3);
    const unit = { year: 366, quarter: 92, month: 31, week: 7, day: 1, minute: 0 }[shape.precision] * DAY;
    const last = shape.range ? partialFromInstant(Math.min(end, from + length * unit), shape.precision) : start;
    const date = { start, end: last < start ? start : last, precision: shape.precision, approximate: shape.approximate, label: '' };
    date.label = dateLabel(date);

    const subject = pick(random, SUBJECTS);
    const verb = pick(random, VERBS);
    const object = pick(random, OBJECTS);
    // Headlines as varied as a real story's, so label measurement cannot lean on repeats.
    const title = `${subject} ${verb} ${object} ${pick(random, PLACES)}`;
    const sourceCount = random() < 0.7 ? 1 : random() < 0.67 ? 2 : 3 + Math.floor(random() * 3);
    const sources: Source[] = [];
    for (let s = 0; s < sourceCount; s++) {
      const words = timexText(start, shape.precision, random);
      const lead = `${s === 0 ? subject : pick(random, SUBJECTS)} ${verb} ${object} `;
      const quote = `${lead}${words}, ${pick(random, TAILS)}${random() < 0.5 ? `, ${pick(random, TAILS)}` : ''}.`;
      const offset = 200 + Math.floor(random() * 8000);
      sources.push({
        article: pick(random, articles).id,
        quote,
        start: offset,
        end: offset + quote.length,
        timex: { text: words, start: offset + lead.length, end: offset + lead.length + words.length, value: start },
      });
    }
    events.push({ id: `${i.toString(36)}-${hex()}`, title, date, sources });
  }
  // The pipeline writes events in date order.
  const from = new Map(events.map((e) => [e, dateSpan(e.date)[0]]));
  events.sort((a, b) => from.get(a)! - from.get(b)! || (a.id < b.id ? -1 : 1));

  const list: EventList = { version: 1, articles, events };
  const check = validateEventList(list);
  if (!check.ok) throw new Error(`generated event list is invalid:\n${check.errors.join('\n')}`);
  return list;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const count = Number(args[0]);
  if (!Number.isInteger(count) || count < 0) {
    console.error('usage: tsx scripts/generate-events.ts <count> [--seed <n>] [--output <file>]');
    process.exit(1);
  }
  const json = `${JSON.stringify(generateEventList(count, Number(option('--seed') ?? 1)))}\n`;
  const output = option('--output');
  if (output) writeFileSync(output, json);
  else process.stdout.write(json);
}
