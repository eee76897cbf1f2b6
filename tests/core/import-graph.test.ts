// The architecture's promises, read from the source's own import lines: no module imports itself
// back through others, and the layers point one way (core depends on nothing of ours; the
// pipeline never on the page; the page never on the embeds; the tools build on the pipeline).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');
const EXTENSIONS = ['', '.ts', '.svelte.ts', '.svelte', '/index.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Relative imports (static, dynamic and re-exports) of one file, resolved to files under src/. */
export function importsOf(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
  const found: string[] = [];
  for (const spec of specifiers) {
    const base = resolve(dirname(file), spec.replace(/\.js$/, ''));
    const hit = EXTENSIONS.map((ext) => base + ext).find((p) => {
      try {
        return statSync(p).isFile();
      } catch {
        return false;
      }
    });
    if (hit) found.push(hit);
  }
  return found;
}

/** Strongly connected groups of more than one file (or a file importing itself): Tarjan's algorithm. */
export function importCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (graph.get(node) ?? []).includes(node)) cycles.push(group.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}

const graph = new Map(sourceFiles(SRC).map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));
const layer = (file: string) => relative(SRC, file).split('/')[0];

describe('import graph of src/', () => {
  it('finds the cycle in a hand-made graph (the check can fail)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(importCycles(g)).toEqual([['a', 'b', 'c']]);
  });

  it('reads the import lines it must follow', () => {
    const imports = importsOf(join(SRC, 'main.ts'), readFileSync(join(SRC, 'main.ts'), 'utf8'));
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.every((p) => p.startsWith(SRC))).toBe(true);
  });

  it('has no import cycles', () => {
    const cycles = importCycles(graph).map((group) => group.map((f) => relative(SRC, f)));
    expect(cycles).toEqual([]);
  });

  it.each([
    ['core', ['core']],
    ['pipeline', ['core', 'pipeline']],
    ['app', ['core', 'app']],
    ['embed', ['core', 'app', 'embed']],
    ['interop', ['core', 'pipeline', 'interop']],
    ['eval', ['core', 'pipeline', 'eval']],
  ])('%s imports only from %j', (from, allowed) => {
    const wrong = [...graph]
      .filter(([file]) => layer(file) === from)
      .flatMap(([file, imports]) => imports.filter((to) => !allowed.includes(layer(to))).map((to) => `${relative(SRC, file)} -> ${relative(SRC, to)}`));
    expect(wrong).toEqual([]);
  });
});
