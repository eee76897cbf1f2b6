// A progress line for long runs: `events: 120/3000 files (85 files/s)`, rewritten in place on a
// terminal and never written anywhere else, so logs and pipes only get the summary line.

/** Where progress goes: a stream that may be a terminal (process.stderr is one). */
export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

export interface ProgressReporter {
  /** `done` of `total` files are through; shown at most every `minIntervalMs`, and always at the end. */
  update(done: number, total: number): void;
  /** Clears the line, so what is printed next starts on a clean one. */
  finish(): void;
}

export interface ProgressOptions {
  /** What the line is about; the command's name. */
  label?: string;
  /** Milliseconds between two redraws (100: ten a second). */
  minIntervalMs?: number;
  /** The clock, in milliseconds; a test passes its own. */
  now?: () => number;
}

/** `events: 120/3000 files (85 files/s)`; the rate is left out while there is none to give. */
export function formatProgress(label: string, done: number, total: number, filesPerSecond: number | null): string {
  const count = `${label}: ${done}/${total} file${total === 1 ? '' : 's'}`;
  if (filesPerSecond === null || !Number.isFinite(filesPerSecond) || filesPerSecond <= 0) return count;
  return `${count} (${filesPerSecond >= 10 ? Math.round(filesPerSecond) : filesPerSecond.toFixed(1)} files/s)`;
}

const QUIET: ProgressReporter = { update() {}, finish() {} };

/** Carriage return, then erase to the end of the line. */
const CLEAR_LINE = '\r\x1b[K';

/** A reporter on `stream` when it is a terminal; one that does nothing otherwise. */
export function createProgressReporter(stream: ProgressStream | undefined, options: ProgressOptions = {}): ProgressReporter {
  if (!stream?.isTTY) return QUIET;
  const { label = 'events', minIntervalMs = 100, now = () => performance.now() } = options;
  /** The first report, which the rate is measured from (reading the files comes before it). */
  let first: { done: number; at: number } | undefined;
  let lastDrawn = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const t = now();
      first ??= { done, at: t };
      // Large folders call this thousands of times a second; a terminal needs a few redraws.
      if (done < total && t - lastDrawn < minIntervalMs) return;
      lastDrawn = t;
      drawn = true;
      const rate = t > first.at ? ((done - first.done) * 1000) / (t - first.at) : null;
      stream.write(`${CLEAR_LINE}${formatProgress(label, done, total, rate)}`);
    },
    finish() {
      if (drawn) stream.write(CLEAR_LINE);
      drawn = false;
    },
  };
}
