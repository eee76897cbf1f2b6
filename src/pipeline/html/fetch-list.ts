// The `--fetch <file>` step of the command: reads the list, downloads into the input folder and
// says what happened, one line per failed address. Only an unreadable list or folder stops the run.

import { readFile, stat } from 'node:fs/promises';
import { plural, quoteName } from '../messages';
import { fetchInto, parseUrlList, type FetchOptions } from './fetch';

export async function fetchList(input: string, listFile: string, options: FetchOptions = {}): Promise<{ fatal: boolean; lines: string[] }> {
  let text: string;
  try {
    text = await readFile(listFile, 'utf8');
  } catch (error) {
    return { fatal: true, lines: [`events: --fetch ${quoteName(listFile)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing fetched`] };
  }
  const folder = await stat(input).catch(() => null);
  if (!folder?.isDirectory()) return { fatal: true, lines: [`events: --fetch: input folder ${quoteName(input)} is not a folder; nothing fetched`] };
  const report = await fetchInto(input, parseUrlList(text), options);
  return {
    fatal: false,
    lines: [
      ...report.failures.map((f) => `warning: --fetch: ${f}`),
      `events: fetched ${plural(report.saved.length, 'page')}, ${report.skipped.length} already saved, ${plural(report.failures.length, 'failure')} -> ${quoteName(input)}`,
    ],
  };
}
