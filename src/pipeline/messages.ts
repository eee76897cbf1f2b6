// What the command prints is read in a terminal and kept in logs, and file names and article text
// are anyone's: a name with a newline could forge a line, an escape sequence could rewrite the
// screen. Names are quoted JSON-style where a message is written; every line is made inert on the
// way out.

/** A file name as it appears in a message: `"a b.txt"`, with newlines, escapes and quotes escaped. */
export function quoteName(name: string): string {
  return terminalSafe(JSON.stringify(name));
}

/**
 * Controls that act on a terminal or on how a line is laid out: C0 and C1 controls (newline and
 * ESC among them), DEL, and the bidirectional overrides, embeddings and isolates that can make a
 * line read in another order than it is written.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** One line, with every character that could act on a terminal written as a `\uXXXX` escape. */
export function terminalSafe(line: string): string {
  return line.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * At most `limit` of `messages`, then one line with how many more there were: a file with a million
 * bad entries must not print a million lines.
 */
export function capMessages(messages: readonly string[], limit: number, more: (count: number) => string): string[] {
  if (messages.length <= limit) return [...messages];
  return [...messages.slice(0, limit), more(messages.length - limit)];
}

/** `1 warning`, `3 warnings`. */
export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
