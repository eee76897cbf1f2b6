import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/svelte';
// Parts of the page load on first use (a dynamic import); on a busy machine the first such import
// can take longer than testing-library's default second.
configure({ asyncUtilTimeout: 3_000 });
// The chart loads its gesture engine (d3-zoom) when a reader first comes to it; importing it here
// once keeps that first import's transform out of the tests' own time limits.
await import('../../src/app/gestures');
