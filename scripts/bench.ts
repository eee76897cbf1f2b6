// `npm run bench`: every benchmark in turn.
export {};
await import('./bench-pipeline');
