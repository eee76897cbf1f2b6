// Links to the originals: an article's address from a URL:/Source: line, Markdown front matter or
// curation.json's articles map, never read as a headline, article text or an event.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateEventList, type EventList } from '../../src/core/schema';
import { runCli } from '../../src/pipeline/cli';

const BODY = 'The council said on Tuesday, 4 March 2025, that the library would close in June 2025.\n\nResidents said on 6 March 2025 that they would protest.\n';

async function listFrom(files: Record<string, string>): Promise<{ list: EventList; stderr: string[] }> {
  const folder = await mkdtemp(join(tmpdir(), 'events-urls-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
  const output = join(folder, '..', `${basename(folder)}.json`);
  const { code, stderr } = await runCli(['--input', folder, '--output', output]);
  expect(code).toBe(0);
  const list = JSON.parse(await readFile(output, 'utf8')) as EventList;
  expect(validateEventList(list).ok).toBe(true);
  return { list, stderr };
}

const quotes = (list: EventList) => list.events.flatMap((e) => [e.title, ...e.sources.map((s) => s.quote)]).join('\n');

describe('article addresses', () => {
  it('reads a URL: or Source: line at the top of a text article, and keeps it out of the text', async () => {
    const { list } = await listFrom({
      'a.txt': `URL: https://example.org/news/library\n\nCouncil to close library\n\nPublished: 7 March 2025\n\n${BODY}`,
      'b.txt': `Council to close library, residents protest\nSource: http://example.com/b?id=2\n\nPublished: 7 March 2025\n\n${BODY}`,
    });
    const [a, b] = list.articles;
    expect(a.url).toBe('https://example.org/news/library');
    expect(a.title).toBe('Council to close library');
    expect(b.url).toBe('http://example.com/b?id=2');
    expect(b.title).toBe('Council to close library, residents protest');
    expect(list.events.length).toBeGreaterThan(0);
    expect(quotes(list)).not.toMatch(/example\.(org|com)|URL:|Source:/);
  });

  it('reads url, source or canonical from Markdown front matter; a source that is a name stays the publisher', async () => {
    const { list } = await listFrom({
      'a.md': `---\ntitle: Council to close library\nurl: https://example.org/a\nsource: The Courier\ndate: 2025-03-07\n---\n\n${BODY}`,
      'b.md': `---\ntitle: Residents protest\nsource: https://example.org/b\n---\n\n${BODY}`,
      'c.md': `---\ntitle: Library hours\ncanonical: https://example.org/c\n---\n\n${BODY}`,
    });
    expect(list.articles.map((a) => a.url)).toEqual(['https://example.org/a', 'https://example.org/b', 'https://example.org/c']);
    expect(list.articles[0].publisher).toBe('The Courier');
    expect(list.articles[1].publisher ?? '').not.toMatch(/https?:/);
  });

  it('takes no address that is not http or https', async () => {
    const { list } = await listFrom({ 'a.txt': `URL: javascript:alert(1)\n\nCouncil to close library\n\nPublished: 7 March 2025\n\n${BODY}` });
    expect(list.articles[0].url).toBeUndefined();
  });

  it('takes addresses from curation.json, over the article\'s own line', async () => {
    const { list } = await listFrom({
      'a.txt': `URL: https://example.org/old\n\nCouncil to close library\n\nPublished: 7 March 2025\n\n${BODY}`,
      'curation.json': JSON.stringify({ articles: { 'a.txt': 'https://example.org/new' } }),
    });
    expect(list.articles[0].url).toBe('https://example.org/new');
  });
});
