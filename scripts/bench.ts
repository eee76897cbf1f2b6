// `npm run bench`: every benchmark in turn: the pipeline, saved web pages (html), then the page in headless Chromium.
export {};
await import('./bench-pipeline');
await import('./bench-html');
await import('./bench-browser');
