// Entry point for `npm run events`: runs the CLI and turns its result into stderr and an exit code.
// A progress line shows on a terminal; with --watch, Ctrl-C stops watching and exits 0.
import { runCli } from './cli';
import { removePendingTemps } from './write';

const argv = process.argv.slice(2);
const controller = new AbortController();
const watching = argv.includes('--watch');

/**
 * Ctrl-C (SIGINT) and SIGTERM end the run and leave no temporary file behind. A watching run first
 * stops watching and lets the run under way finish its write; a second signal does not wait. The
 * exit is explicit, so a read stuck in the kernel (a file that blocks) cannot keep the process up.
 */
function onSignal(signal: NodeJS.Signals): void {
  const code = signal === 'SIGINT' ? 130 : 143;
  if (watching && !controller.signal.aborted) {
    controller.abort();
    return;
  }
  removePendingTemps();
  process.exit(code);
}
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

// `npm run events` starts this process through a shell, and stopping npm with SIGTERM ends the
// shell but not what the shell started: a process whose parent has gone stops as if signalled.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) onSignal('SIGTERM');
}, 500).unref();

const { code, stderr } = await runCli(argv, {
  progress: process.stderr,
  log: (line) => process.stderr.write(`${line}\n`),
  signal: controller.signal,
});
for (const line of stderr) process.stderr.write(`${line}\n`);
process.exitCode = code;
// Nothing should be left to do; a read stuck on a file that blocks would keep the process up.
setTimeout(() => process.exit(code), 1000).unref();
