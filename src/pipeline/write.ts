// The last stage: serialise deterministically and write atomically, so a reader (or a failed run)
// never sees half a file. What may be replaced is checked first (targets.ts); the files of one run
// are written both or neither; temporary files go where a site build does not copy them and are
// cleaned up after a killed run.

import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, lstat, mkdir, mkdtemp, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { rmSync } from 'node:fs';

/** Stable JSON: two-space indent, trailing newline; key order is the order objects were built in. */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Our temporary files: `.events-<pid>-<random>.tmp`, short whatever the target's name (a 255-byte
 * name leaves no room for a longer one), with the pid that wrote it so a stale one can be told
 * from one another run is writing.
 */
const TEMP_NAME = /^\.events-(\d+)-[0-9a-f]{8}\.(tmp|old)$/;
const PRIVATE_DIR = /^newsroom-events-(\d+)-/;

function tempName(kind: 'tmp' | 'old'): string {
  return `.events-${process.pid}-${randomBytes(4).toString('hex')}.${kind}`;
}

/** Files this process has made and not yet renamed or removed, for a signal to clean up. */
const pending = new Set<string>();

/** Removes this process's temporary files now (synchronously: called from a signal handler before exit). */
export function removePendingTemps(): void {
  for (const path of pending) rmSync(path, { force: true, recursive: true });
  pending.clear();
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A day: a pid that is alive again after this long is another program that took the number. */
const STALE_AFTER_MS = 24 * 3600 * 1000;

/**
 * Removes temporary files of our own naming in `dir` that no running process is writing: what a
 * killed run left behind (a 28 MB partial list once sat beside the output, and a site build
 * publishes whatever is in its public folder). Returns the names removed.
 */
export async function removeStaleTemps(dir: string, target?: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  // Earlier versions named the temporary copy after its target: `.events.json.<pid>.tmp`.
  const older = target === undefined ? null : new RegExp(`^\\.${basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.tmp$`);
  const uid = process.getuid?.();
  for (const name of names) {
    const m = TEMP_NAME.exec(name) ?? PRIVATE_DIR.exec(name) ?? older?.exec(name);
    if (!m) continue;
    const path = join(dir, name);
    const info = await lstat(path).catch(() => null);
    // Another user's files are theirs to clean (root may clean any).
    if (!info || info.isSymbolicLink() || (uid !== undefined && uid !== 0 && info.uid !== uid)) continue;
    if (isRunning(Number(m[1])) && Date.now() - info.mtimeMs < STALE_AFTER_MS) continue;
    await rm(path, { force: true, recursive: info.isDirectory() && PRIVATE_DIR.test(name) });
    removed.push(name);
  }
  return removed;
}

/**
 * A folder for the temporary copy of a file that goes in `targetDir`: a private folder under the
 * system's temporary folder when that is on the same file system (so the rename is atomic and a
 * site build copying `public/` never sees it), else `targetDir` itself.
 */
async function tempFolderFor(targetDir: string): Promise<{ dir: string; private: boolean }> {
  const [system, target] = await Promise.all([stat(tmpdir()).catch(() => null), stat(targetDir)]);
  if (system && system.dev === target.dev) {
    await removeStaleTemps(tmpdir());
    try {
      const dir = await mkdtemp(join(tmpdir(), `newsroom-events-${process.pid}-`));
      pending.add(dir);
      return { dir, private: true };
    } catch {
      // An unwritable temporary folder: the target's own folder will do.
    }
  }
  return { dir: targetDir, private: false };
}

export interface FileToWrite {
  /** The real path of the file to replace or create (see targets.ts). */
  path: string;
  content: string;
}

async function writeNew(path: string, content: string): Promise<void> {
  // 'wx': never through a file or link someone put at this name.
  const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
  pending.add(path);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes every file or none: all temporary copies are written first, then each existing file is
 * kept under a second name (a hard link) while the copies are renamed into place; if any rename
 * fails, the ones done are undone. Never renames over anything but a regular file.
 */
export async function writeFilesAtomic(files: FileToWrite[]): Promise<void> {
  type Step = { file: FileToWrite; dir: string; temp: string; backup?: string; done?: boolean; privateDir?: string };
  const steps: Step[] = [];
  try {
    for (const file of files) {
      const targetDir = dirname(file.path);
      await mkdir(targetDir, { recursive: true });
      await removeStaleTemps(targetDir, file.path);
      let { dir, private: isPrivate } = await tempFolderFor(targetDir);
      let temp = join(dir, tempName('tmp'));
      try {
        await writeNew(temp, file.content);
      } catch (error) {
        if (!isPrivate) throw error;
        // The private folder could not take it (full, say): try beside the target.
        await rm(dir, { recursive: true, force: true });
        pending.delete(dir);
        ({ dir, private: isPrivate } = { dir: targetDir, private: false });
        temp = join(dir, tempName('tmp'));
        await writeNew(temp, file.content);
      }
      steps.push({ file, dir, temp, privateDir: isPrivate ? dir : undefined });
    }
    for (const step of steps) {
      const info = await lstat(step.file.path).catch(() => null);
      if (info && !info.isFile()) throw new Error(`${JSON.stringify(step.file.path)} is no longer a regular file; nothing written`);
      if (info) {
        step.backup = join(step.dir, tempName('old'));
        await link(step.file.path, step.backup);
        pending.add(step.backup);
      }
    }
    for (const step of steps) {
      try {
        await rename(step.temp, step.file.path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
        // Another mount on the same device: write beside the target instead.
        const beside = join(dirname(step.file.path), tempName('tmp'));
        await writeNew(beside, step.file.content);
        await rename(beside, step.file.path);
        pending.delete(beside);
      }
      pending.delete(step.temp);
      step.done = true;
    }
  } catch (error) {
    // Undo: each replaced file gets its old content back, each new one goes.
    for (const step of steps.filter((s) => s.done).reverse()) {
      if (step.backup) await rename(step.backup, step.file.path).catch(() => {});
      else await unlink(step.file.path).catch(() => {});
    }
    throw error;
  } finally {
    for (const step of steps) {
      for (const path of [step.temp, step.backup, step.privateDir]) {
        if (path === undefined) continue;
        await rm(path, { force: true, recursive: path === step.privateDir });
        pending.delete(path);
      }
    }
  }
}

/** Writes `content` to `path` (a single file, no checks beyond never renaming over a non-regular file). */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await writeFilesAtomic([{ path, content }]);
}

/** The name a file of ours has while it is written, for a watcher to ignore. */
export function isTempName(name: string): boolean {
  return TEMP_NAME.test(basename(name));
}
