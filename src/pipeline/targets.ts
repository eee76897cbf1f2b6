// Where the command may write, checked before a run and again before its files are replaced: never
// into the input folder (an article overwritten with JSON is lost, and read back as an article next
// time), never both outputs to one file, never over a special file or a folder, and never over a
// file that is not a previous output of the same kind. A link is followed on purpose: the checks
// apply to the file it leads to, which is what gets replaced.

import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { quoteName } from './messages';
import { isInside } from './read';

export type OutputKind = 'event list' | 'timex list';

export interface Target {
  /** The option that named it, for messages: `--output`. */
  option: string;
  /** The path as given. */
  path: string;
  kind: OutputKind;
}

/** A checked target: the real path to replace or create. */
export interface CheckedTarget extends Target {
  real: string;
}

/** Largest existing output that is read to check its kind; event lists of a big archive run to tens of MB. */
const MAX_PREVIOUS_BYTES = 256 * 1024 * 1024;

const TYPE_NAMES: [(s: Stats) => boolean, string][] = [
  [(s) => s.isDirectory(), 'a folder'],
  [(s) => s.isCharacterDevice(), 'a character device'],
  [(s) => s.isBlockDevice(), 'a block device'],
  [(s) => s.isFIFO(), 'a named pipe'],
  [(s) => s.isSocket(), 'a socket'],
];

function typeName(info: Stats): string {
  return TYPE_NAMES.find(([test]) => test(info))?.[1] ?? 'not a regular file';
}

/** The real path `path` would have: its real folder (as far as it exists) and its own name. */
async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    const parent = dirname(absolute);
    if (parent === absolute) return absolute;
    return join(await realPathOf(parent), basename(absolute));
  }
}

/** Whether `text` is a previous output of `kind`: the shape, not every field, is checked. */
function isPreviousOutput(text: string, kind: OutputKind): boolean {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return false;
  }
  if (kind === 'event list') {
    return typeof data === 'object' && data !== null && !Array.isArray(data) && (data as { version?: unknown }).version === 1 && Array.isArray((data as { events?: unknown }).events);
  }
  return Array.isArray(data) && data.every((r) => typeof r === 'object' && r !== null && 'article' in r && 'value' in r);
}

async function previousKindProblem(real: string, size: number, kind: OutputKind): Promise<string | null> {
  // An empty file holds nothing to lose (a script's `touch`, a shell's `>`).
  if (size === 0) return null;
  if (size > MAX_PREVIOUS_BYTES) return `is a ${Math.round(size / 1048576)} MB file that is not known to be a previous ${kind}; not replaced`;
  // Non-blocking open: the file was regular a moment ago, but a pipe put in its place must not hang the check.
  const handle = await open(real, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const text = await handle.readFile('utf8');
    return isPreviousOutput(text, kind) ? null : `exists and is not a previous ${kind}; not replaced (move it away or choose another file)`;
  } finally {
    await handle.close();
  }
}

/**
 * Checks the targets against the input folder and each other; returns them with their real paths,
 * or one reason per refused target (`--output "x": is inside the input folder ...`).
 */
export async function checkTargets(input: string, targets: Target[]): Promise<{ ok: true; targets: CheckedTarget[] } | { ok: false; errors: string[] }> {
  const errors: string[] = [];
  const checked: CheckedTarget[] = [];
  const realInput = await realPathOf(input);
  for (const target of targets) {
    const fail = (why: string) => errors.push(`${target.option} ${quoteName(target.path)}: ${why}`);
    const link = await lstat(target.path).catch(() => null);
    let real: string;
    if (link?.isSymbolicLink()) {
      try {
        real = await realpath(target.path);
      } catch {
        // /dev/stdout on a pipe leads to something with no path.
        const info = await stat(target.path).catch(() => null);
        fail(info ? `is ${typeName(info)}; only a regular file is written (write to a file, then copy it where it should go)` : 'is a link that leads nowhere; not followed');
        continue;
      }
    } else {
      real = await realPathOf(target.path);
    }
    if (isInside(real, realInput)) {
      fail(`is inside the input folder ${quoteName(input)}; write ${target.kind === 'event list' ? 'the event list' : 'the timexes'} outside it, so no article is ever replaced`);
      continue;
    }
    const info = await lstat(real).catch(() => null);
    if (info && !info.isFile()) {
      fail(`is ${typeName(info)}; only a regular file is written (write to a file, then copy it where it should go)`);
      continue;
    }
    if (info) {
      const problem = await previousKindProblem(real, info.size, target.kind).catch((error: Error) => `cannot be checked (${(error as NodeJS.ErrnoException).code ?? error.message})`);
      if (problem) {
        fail(problem);
        continue;
      }
    }
    const same = checked.find((c) => c.real === real);
    if (same) {
      fail(`is the same file as ${same.option}; give each its own file`);
      continue;
    }
    checked.push({ ...target, real });
  }
  return errors.length ? { ok: false, errors } : { ok: true, targets: checked };
}
