// Property tests explore fresh random cases on developers' machines; CI replays one fixed seed so a
// submission's result never depends on luck. A failure prints its seed: FC_SEED=<seed> replays it.
import fc from 'fast-check';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261123 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
