// `npm run eval -- <folder of .tml files>`: TempEval-3 measures for the pipeline's temporal expressions.
import { main } from './cli';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    console.error(`eval: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
