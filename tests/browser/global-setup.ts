// Builds the site once with the seeds' event list and serves it the way a static host would,
// under a strict Content-Security-Policy, for the browser tests.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { runCli } from '../../src/pipeline/cli';
import { launchChromiumServer } from './chromium';

export const CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  const outDir = resolve('.tmp/browser-dist');
  // Vitest sets NODE_ENV=test, which would bundle Svelte's development runtime: test what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  // One Chromium for every browser test file, started while the pipeline runs.
  const chromium = launchChromiumServer();
  await mkdir(join(outDir, 'data'), { recursive: true });
  const { code, stderr } = await runCli(['--input', 'seeds', '--output', join(outDir, 'data', 'events.json')]);
  if (code !== 0) {
    await (await chromium).close();
    throw new Error(`pipeline failed: ${stderr.join('\n')}`);
  }
  server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', headers: { 'Content-Security-Policy': CSP } },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report a URL');
  project.provide('baseUrl', url);
  project.provide('distDir', outDir);
  const chromiumServer = await chromium;
  project.provide('chromiumWsEndpoint', chromiumServer.wsEndpoint());
  return async () => {
    await new Promise<void>((done) => server?.httpServer.close(() => done()));
    await chromiumServer.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
    /** The shared Chromium's address (tests/browser/chromium.ts connects to it). */
    chromiumWsEndpoint: string;
  }
}
