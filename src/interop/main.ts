// Entry point for `npm run convert`: runs the command and turns its result into stderr and an exit code.
import { runConvert } from './convert';

const { code, stderr } = await runConvert(process.argv.slice(2));
for (const line of stderr) process.stderr.write(`${line}\n`);
process.exitCode = code;
