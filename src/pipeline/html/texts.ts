// The extracted text of each web-page article, written beside the event list as
// `articles/<id>.txt` so anyone can check a quote against it. The folder is never inside the
// input folder; a file in it is only replaced or removed when the previous event list named it
// (an earlier run wrote it), so a folder of someone's own notes is never touched.

import { lstat, mkdir, readFile, realpath, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FileToWrite } from '../write';
import { isInside } from '../read';
import { quoteName } from '../messages';
import type { ArticleText } from '../pipeline';

const TEXT_PATH = /^articles\/[\w.-]{1,200}\.txt$/;

/** The `article.text` paths the event list at `output` names, if it is one. */
async function previousTexts(output: string): Promise<Set<string>> {
  const named = new Set<string>();
  try {
    const list = JSON.parse(await readFile(output, 'utf8')) as { articles?: { text?: unknown }[] };
    for (const a of list.articles ?? []) if (typeof a?.text === 'string' && TEXT_PATH.test(a.text)) named.add(a.text);
  } catch {
    // No previous list, or not one: nothing was written by an earlier run.
  }
  return named;
}

export interface TextsPlan {
  files: FileToWrite[];
  /** Removes the texts an earlier run wrote that this one no longer has; after a successful write. */
  removeStale: () => Promise<void>;
}

/**
 * The files to write for `texts` beside the event list at `realOutput` (a real path), or why they
 * cannot be: the folder would be inside the input folder, is not a folder, or holds a file of the
 * same name that no earlier run wrote.
 */
export async function planArticleTexts(input: string, realOutput: string, texts: ArticleText[]): Promise<TextsPlan | { error: string }> {
  const base = dirname(realOutput);
  const folder = join(base, 'articles');
  const previous = await previousTexts(realOutput);
  const stale = [...previous].filter((p) => !texts.some((t) => t.path === p));
  const removeStale = async () => {
    for (const p of stale) {
      const info = await lstat(join(base, p)).catch(() => null);
      if (info?.isFile()) await unlink(join(base, p)).catch(() => {});
    }
  };
  if (texts.length === 0) return { files: [], removeStale };
  const realInput = await realpath(input).catch(() => input);
  const info = await lstat(folder).catch(() => null);
  if (info && !info.isDirectory()) return { error: `${quoteName(folder)} is not a folder; the articles' texts go in a folder of that name beside the event list` };
  const realFolder = info ? await realpath(folder) : folder;
  if (isInside(realFolder, realInput) || isInside(realInput, realFolder)) {
    return { error: `${quoteName(folder)}: the articles' texts would be written inside the input folder ${quoteName(input)}; write the event list elsewhere` };
  }
  for (const t of texts) {
    const existing = await lstat(join(base, t.path)).catch(() => null);
    if (existing && !previous.has(t.path)) {
      const same = existing.isFile() && (await readFile(join(base, t.path), 'utf8').catch(() => null)) === t.text;
      if (!same) return { error: `${quoteName(join(base, t.path))} exists and was not written by an earlier run; not replaced` };
    }
  }
  await mkdir(folder, { recursive: true });
  return { files: texts.map((t) => ({ path: join(base, t.path), content: t.text })), removeStale };
}
