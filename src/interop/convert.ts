// The `convert` command: moves an event list to and from TimelineJS. Formats go by extension and
// content: `.csv` is the TimelineJS spreadsheet; `.json` is our event list when it says
// `"version": 1`, otherwise TimelineJS3 JSON. Notes (what was not carried over) go to stderr.

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { validateEventList, type EventList } from '../core/schema';
import { serialize, writeFileAtomic } from '../pipeline/write';
import { fromCsv, toCsv } from './csv';
import { fromTimelineJS, toTimelineJS } from './timelinejs';

const USAGE = `Usage: npm run convert -- <input> <output> [--to events|timelinejs|csv]

  <input>   our event list (.json with "version": 1), a TimelineJS3 JSON file, or a TimelineJS sheet as .csv
  <output>  .csv writes a TimelineJS sheet; .json writes TimelineJS3 JSON from our list,
            or our event list from a TimelineJS file
  --to      choose the output format instead (e.g. our list -> our list, to check and tidy it)`;

export type Format = 'events' | 'timelinejs' | 'csv';

export interface ConvertResult {
  code: number;
  stderr: string[];
}

function isEventList(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { version?: unknown }).version === 1 && Array.isArray((data as { articles?: unknown }).articles);
}

export async function runConvert(argv: string[]): Promise<ConvertResult> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { to: { type: 'string' }, help: { type: 'boolean', default: false } } });
  } catch (error) {
    return { code: 2, stderr: [`convert: ${(error as Error).message}`, USAGE] };
  }
  if (parsed.values.help) return { code: 0, stderr: [USAGE] };
  const [input, output] = parsed.positionals;
  if (!input || !output || parsed.positionals.length > 2) return { code: 2, stderr: [`convert: expected an input and an output file`, USAGE] };
  const to = parsed.values.to;
  if (to !== undefined && !['events', 'timelinejs', 'csv'].includes(to)) return { code: 2, stderr: [`convert: --to must be events, timelinejs or csv`, USAGE] };

  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch (error) {
    return { code: 1, stderr: [`convert: cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`] };
  }

  const stderr: string[] = [];
  let list: EventList;
  let from: Format;
  try {
    if (/\.csv$/i.test(input)) {
      from = 'csv';
      const result = fromCsv(text, input);
      list = result.list;
      for (const n of result.notes) stderr.push(`note: ${n}`);
    } else {
      let data: unknown;
      try {
        data = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (error) {
        return { code: 1, stderr: [`convert: ${input}: not valid JSON (${(error as Error).message})`] };
      }
      if (isEventList(data)) {
        from = 'events';
        const check = validateEventList(data);
        if (!check.ok) return { code: 1, stderr: check.errors.map((e) => `convert: ${input}: ${e}`) };
        list = check.value;
      } else {
        from = 'timelinejs';
        const result = fromTimelineJS(data, input);
        list = result.list;
        for (const n of result.notes) stderr.push(`note: ${n}`);
      }
    }
  } catch (error) {
    return { code: 1, stderr: [...stderr, `convert: ${(error as Error).message}`] };
  }

  const format: Format = (to as Format | undefined) ?? (/\.csv$/i.test(output) ? 'csv' : from === 'events' ? 'timelinejs' : 'events');
  if (format === 'events') {
    const check = validateEventList(list, 1);
    if (!check.ok) return { code: 1, stderr: [...stderr, `convert: the event list cannot be shown (${check.errors[0]}); nothing written`] };
    // The checked copy, its metadata cleaned for the page (see cleanMetadata).
    list = check.value;
  }
  const content = format === 'csv' ? toCsv(list) : serialize(format === 'events' ? list : toTimelineJS(list));
  try {
    await writeFileAtomic(output, content);
  } catch (error) {
    return { code: 1, stderr: [...stderr, `convert: cannot write ${output}: ${(error as Error).message}`] };
  }
  const n = list.events.length;
  stderr.push(`convert: ${from} -> ${format}: ${n} event${n === 1 ? '' : 's'}, ${stderr.length} note${stderr.length === 1 ? '' : 's'} -> ${output}`);
  return { code: 0, stderr };
}
