// Entry point for `npm run events`: runs the CLI and turns its result into stderr and an exit code.
// A progress line shows on a terminal; with --watch, Ctrl-C stops watching and exits 0.
import { runCli } from './cli';

const argv = process.argv.slice(2);
const controller = new AbortController();
// Only a watching run listens for Ctrl-C: a listener would take away a plain run's default exit.
if (argv.includes('--watch')) {
  process.on('SIGINT', () => {
    // A second Ctrl-C does not wait for the run under way.
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
  });
}
const { code, stderr } = await runCli(argv, {
  progress: process.stderr,
  log: (line) => process.stderr.write(`${line}\n`),
  signal: controller.signal,
});
for (const line of stderr) process.stderr.write(`${line}\n`);
process.exitCode = code;
