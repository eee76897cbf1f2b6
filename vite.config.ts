import { resolve } from 'node:path';
import { build, type InlineConfig, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { liveEvents } from './src/pipeline/vite-plugin-events.ts';

/**
 * Browsers with CSS light-dark(), which the palette (src/app/tokens.css) and the tag colours are
 * written in: the CSS goes out as written instead of with a custom-property fallback for each colour.
 */
const CSS_TARGET = ['chrome123', 'edge123', 'firefox120', 'safari17.5'];

const SHADOW_CSS_PLACEHOLDER = '__NEWSROOM_TIMELINE_SHADOW_CSS__';

/**
 * Inside a shadow root `rem` still means the host page's root font size, which a host may set to
 * anything; measure from the element's own `--timeline-rem` instead. Media queries keep `rem`
 * (custom properties are not allowed there, and there it means the browser's default anyway).
 */
export function shadowRems(css: string): string {
  return css.replace(/(@media[^{]*\{)|(?<![\w.])(-?\d*\.?\d+)rem\b/g, (match, media: string | undefined, value: string) =>
    media ?? `calc(${value}*var(--timeline-rem,16px))`,
  );
}

/** Moves the embed build's CSS into the element's script, for its shadow root (src/embed/styles.ts). */
function cssIntoShadowRoot(): Plugin {
  return {
    name: 'newsroom-timeline:css-into-shadow-root',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      let css = '';
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === 'asset' && name.endsWith('.css')) {
          css += String(file.source);
          delete bundle[name];
        }
      }
      const placeholder = new RegExp(`(["'\`])${SHADOW_CSS_PLACEHOLDER}\\1`, 'g');
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && placeholder.test(file.code)) {
          file.code = file.code.replace(placeholder, () => JSON.stringify(shadowRems(css)));
        }
      }
    },
  };
}

/**
 * Page features the element leaves out, each swapped for a component that renders nothing: an
 * embed sits inside a host's article, which has its own print layout and its own images.
 */
const pageOnly = ['DownloadImage', 'PrintList'].map((name) => ({
  find: new RegExp(`^\\./${name}\\.svelte$`),
  replacement: resolve('src/embed/PageOnly.svelte'),
}));

/**
 * Parts of the timeline that the built page and element load on first use: the open event's
 * details, the list view, the tag filter, the rug of dense stories, the overview strip, the legend (when opened), and Download image (its button
 * comes with it, a moment after the chart). Builds import each through
 * a small generated wrapper that loads it from a chunk beside the entry script
 * (src/app/later.svelte.ts); the component tests render the parts themselves.
 */
const LATER = ['DetailsPanel', 'EventDetails', 'EventListView', 'TagFilter', 'chart/ChartRug', 'chart/ChartOverview', 'chart/ChartLegend', 'DownloadImage', 'PrintList'];
/** Of those, what the first screen can do without: loaded when the browser is idle after it (or on printing). */
const LATER_IDLE = ['PrintList', 'DownloadImage', 'TagFilter', 'chart/ChartOverview'];
const LATER_SUFFIX = '.later.svelte';

/** Generates the wrappers: `./DetailsPanel.svelte` imported from src/app resolves to one. */
function loadLater(): Plugin {
  const app = resolve('src/app');
  return {
    name: 'newsroom-timeline:load-later',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('./') || !source.endsWith('.svelte')) return null;
      const real = resolve(importer, '..', source);
      const name = LATER.find((n) => real === resolve(app, `${n}.svelte`));
      // Not a file on disk: load() below writes it.
      return name ? resolve(app, `${name}${LATER_SUFFIX}`) : null;
    },
    load(id) {
      if (!id.endsWith(LATER_SUFFIX)) return null;
      const path = id.slice(0, -LATER_SUFFIX.length);
      const real = JSON.stringify(`${path}.svelte`);
      const idle = LATER_IDLE.some((n) => path === resolve(app, n));
      return `<script module>
  import { later } from ${JSON.stringify(resolve(app, 'later.svelte.ts'))};
  const component = later(() => import(${real})${idle ? ', { idle: true }' : ''});
</script>
<script>
  let props = $props();
  let Loaded = $derived(component());
</script>
{#if Loaded}<Loaded {...props} />{/if}
`;
    },
  };
}

/**
 * The embed files, built after the page into `<outDir>/embed/` with stable names: the
 * <event-timeline> element (one self-contained ES module, CSS included) and the iframe host
 * helper `resize.js` (a classic script, so it works from any <script src>).
 */
export function embedBuilds(outDir: string): InlineConfig[] {
  const common: InlineConfig = {
    configFile: false,
    mode: 'production',
    publicDir: false,
    logLevel: 'warn',
    build: { outDir: resolve(outDir, 'embed'), emptyOutDir: false, copyPublicDir: false, target: 'es2022', cssTarget: CSS_TARGET, minify: true, reportCompressedSize: false },
  };
  return [
    {
      ...common,
      plugins: [loadLater(), svelte({ compilerOptions: { discloseVersion: false } }), cssIntoShadowRoot()],
      resolve: { alias: pageOnly },
      build: {
        ...common.build,
        emptyOutDir: true,
        // Library mode: no module-preload helper (it reads import.meta and would fetch CSS files);
        // chunks load by plain relative import(). One style sheet, for the shadow root.
        lib: { entry: resolve('src/embed/event-timeline.ts'), formats: ['es'] },
        cssCodeSplit: false,
        rollupOptions: {
          preserveEntrySignatures: 'allow-extension',
          // Whitespace too: library mode keeps it by default.
          output: { format: 'es', entryFileNames: 'event-timeline.js', chunkFileNames: 'event-timeline-[name]-[hash].js', minify: true },
        },
      },
    },
    {
      ...common,
      build: {
        ...common.build,
        rollupOptions: { input: resolve('src/embed/resize.ts'), output: { format: 'iife', entryFileNames: 'resize.js' } },
      },
    },
  ];
}

/** `vite build` builds the page and then the embed files next to it. */
function buildEmbedFiles(): Plugin {
  let outDir = 'dist';
  return {
    name: 'newsroom-timeline:embed-files',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      // Vite takes production from NODE_ENV, which vitest sets to 'test' (the browser tests build
      // the site): that would bundle Svelte's development runtime, a third bigger.
      const nodeEnv = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      try {
        for (const config of embedBuilds(outDir)) await build(config);
      } finally {
        if (nodeEnv === undefined) delete process.env.NODE_ENV;
        else process.env.NODE_ENV = nodeEnv;
      }
    },
  };
}

export default defineConfig({
  // liveEvents: `vite` (npm run dev) re-extracts the events when seeds/ changes and reloads the page.
  plugins: [loadLater(), svelte(), buildEmbedFiles(), liveEvents()],
  base: './',
  // Every browser the CSS is built for has <link rel=modulepreload>: no polyfill in the first load.
  build: { outDir: 'dist', emptyOutDir: true, cssTarget: CSS_TARGET, modulePreload: { polyfill: false } },
  test: {
    // Unit and component files run on both cores; then the browser files, one at a time (below).
    maxWorkers: 2,
    // Unit and component files share one module graph per worker (isolate: false): re-importing the
    // pipeline, the language model and jsdom for each file was half of `npm test`'s time. Tests
    // that stub globals restore them (vi.unstubAllGlobals) so the next file starts clean.
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', isolate: false, testTimeout: 20_000, include: ['tests/core/**/*.test.ts', 'tests/pipeline/**/*.test.ts'], setupFiles: ['tests/fast-check-seed.ts'] },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          isolate: false,
          include: ['tests/app/**/*.test.ts'],
          setupFiles: ['tests/app/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          sequence: { groupOrder: 1 },
          // Two files at a time, each worker importing playwright-core and the page's modules once:
          // the tests mostly wait on Chromium, so one file alone left a core idle.
          isolate: false,
          testTimeout: 30_000,
          // A busy machine (or a fresh CI one) can take more than the default second to settle a
          // debounced announcement after an animated zoom.
          expect: { poll: { timeout: 5_000 } },
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
