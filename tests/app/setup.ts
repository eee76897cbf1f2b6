import '@testing-library/jest-dom/vitest';
// The chart loads its gesture engine (d3-zoom) when a reader first comes to it; importing it here
// once keeps that first import's transform out of the tests' own time limits.
await import('../../src/app/gestures');
