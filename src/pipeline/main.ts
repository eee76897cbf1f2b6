// Entry point for `npm run events`: runs the CLI and turns its result into stderr and an exit code.
import { runCli } from './cli';

const { code, stderr } = await runCli(process.argv.slice(2));
for (const line of stderr) process.stderr.write(`${line}\n`);
process.exitCode = code;
