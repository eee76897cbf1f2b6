import { mkdtemp, readFile, writeFile, mkdir, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredPublication, readHtmlArticle } from '../../../src/pipeline/html';
import { formatPublished } from '../../../src/pipeline/pipeline';
import { refuseShape } from '../../../src/pipeline/html/dom';
import { readSavedFrom, savedFromComment } from '../../../src/pipeline/html/saved-url';
import { readArticles } from '../../../src/pipeline/read';
import { extractEvents } from '../../../src/pipeline/extract';

const FIXTURES = join(__dirname, '../../fixtures/html');
const page = (name: string) => readFile(join(FIXTURES, name), 'utf8');
const known = () => readFile(join(FIXTURES, 'article.txt'), 'utf8');

function read(html: string) {
  const r = readHtmlArticle(html);
  if ('reason' in r) throw new Error(r.reason);
  return r;
}

describe('declared metadata, in order', () => {
  it('JSON-LD NewsArticle inside @graph: headline, dates with their offset, author, publisher, url', async () => {
    const { declared } = read(await page('jsonld.html'));
    expect(declared).toEqual({
      title: 'Council votes to close two libraries',
      published: '2025-03-05T01:54:00+05:30',
      modified: '2025-03-05T09:00:00+05:30',
      author: 'Ana Writer',
      publisher: 'The Lakeside Ledger',
      url: 'https://ledger.example/news/libraries',
    });
  });
  it('Open Graph and article:* tags only', async () => {
    const { declared } = read(await page('opengraph.html'));
    expect(declared).toMatchObject({ title: 'Council votes to close two libraries', published: '2025-03-05T08:30:00-08:00', author: 'Ben Reporter', publisher: 'Valley Post', url: 'https://valley.example/libraries' });
  });
  it('<time datetime> and <link rel=canonical> only', async () => {
    const { declared } = read(await page('time-only.html'));
    expect(declared).toMatchObject({ published: '2025-03-05', publisher: null, url: 'https://time.example/a/libraries' });
  });
  it('nothing declared: every field null, the text still read', async () => {
    const r = read(await page('no-metadata.html'));
    expect(r.declared).toEqual({ title: null, published: null, modified: null, author: null, publisher: null, url: null });
    expect(r.text.trim()).toBe((await known()).trim());
  });
  it.each([
    ['<meta name="pubdate" content="20250305">', '2025-03-05'],
    ['<meta name="DC.date.issued" content="2025-03-05">', '2025-03-05'],
    ['<meta itemprop="datePublished" content="2025-03-05T08:30:00+01:00">', '2025-03-05T08:30:00+01:00'],
    ['<meta name="parsely-pub-date" content="2025-03-05T08:30:00Z">', '2025-03-05T08:30:00Z'],
    ['<meta name="sailthru.date" content="20250305T0830">', '2025-03-05T08:30'],
  ])('other sites\' date tags: %s', (tag, published) => {
    const html = `<html><head><title>Council votes to close two libraries</title>${tag}</head><body><article>${'<p>' + 'Words in a paragraph of the article. '.repeat(20) + '</p>'}</article></body></html>`;
    expect(read(html).declared.published).toBe(published);
  });
  it("microdata's datePublished on an element of the page", () => {
    const html = `<html><head><title>Council votes to close two libraries</title></head><body><article><span itemprop="datePublished" content="2025-03-05">5 March</span>${'<p>' + 'Words in a paragraph of the article. '.repeat(20) + '</p>'}</article></body></html>`;
    expect(read(html).declared.published).toBe('2025-03-05');
  });
  it('a date tag that is no date declares nothing', () => {
    const html = `<html><head><meta name="pubdate" content="yesterday"></head><body><article>${'<p>' + 'Words in a paragraph of the article. '.repeat(20) + '</p>'}</article></body></html>`;
    expect(read(html).declared.published).toBeNull();
  });
  it('JSON-LD in a top-level array, and a broken block beside it, still read', () => {
    const html = `<html><head><script type="application/ld+json">{broken</script><script type="application/ld+json">[{"@type":"Article","headline":"H","datePublished":"2024-01-02"}]</script></head><body><article>${'<p>' + 'Words in a paragraph of the article. '.repeat(20) + '</p>'}</article></body></html>`;
    expect(read(html).declared).toMatchObject({ title: 'H', published: '2024-01-02' });
  });
  it('the saved-from comment gives the url when the page declares none; a non-web scheme is ignored', async () => {
    const html = `${savedFromComment('https://saved.example/x?y=1')}\n${await page('no-metadata.html')}`;
    expect(read(html).declared.url).toBe('https://saved.example/x?y=1');
    expect(readSavedFrom('<!-- saved from url=(0019)javascript:alert(1) -->')).toBeNull();
    expect(readSavedFrom('<!-- saved from url=(0022)http://localhost/a.htm -->\n<html>')).toBe('http://localhost/a.htm');
  });
});

describe('declared dates as publication dates', () => {
  const shown = (iso: string) => {
    const p = declaredPublication(iso);
    return p && formatPublished(p);
  };
  it('keeps the offset, reads Z as +00:00, invents no time or zone', () => {
    expect(shown('2025-03-06T01:54:00+05:30')).toBe('2025-03-06T01:54+05:30');
    expect(shown('2025-03-06T01:54:12.5-0800')).toBe('2025-03-06T01:54-08:00');
    expect(shown('2025-03-06T20:00:00Z')).toBe('2025-03-06T20:00+00:00');
    expect(shown('2025-03-06T20:00')).toBe('2025-03-06T20:00');
    expect(shown('2025-03-06')).toBe('2025-03-06');
    expect(declaredPublication('March 6, 2025')).toBeNull();
    expect(declaredPublication('2025-13-06')).toBeNull();
  });
});

describe('the article body', () => {
  it('navigation, ads, comments, related links and scripts are left out; the paragraphs kept with blank lines between', async () => {
    const r = read(await page('cluttered.html'));
    const body = (await known()).trim();
    expect(r.text).toBe(`Council votes to close two libraries\n\n${body}\n`);
    for (const chrome of ['Home', 'mattress', 'Related stories', 'Terrible decision', 'Copyright', 'never run', 'color:red']) expect(r.text).not.toContain(chrome);
  });
  it('a paywall stub, an index page and a 404 page have no article', async () => {
    expect(readHtmlArticle(await page('paywall.html'))).toEqual({ reason: expect.stringMatching(/^no article found in the page \(only \d+ characters/) });
    expect(readHtmlArticle(await page('index-page.html'))).toEqual({ reason: expect.stringContaining('mostly links') });
    expect(readHtmlArticle('<html><head><title>404 Not Found</title></head><body><h1>Page not found</h1><p>Sorry, this page does not exist.</p></body></html>')).toHaveProperty('reason');
  });
});

describe('pages too big or too deep', () => {
  it('100,000 nested elements are refused by the tag scan, before any parsing', () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}text${'</div>'.repeat(100_000)}</body></html>`;
    expect(refuseShape(html)).toMatch(/nested more than 400 deep/);
    expect(readHtmlArticle(html)).toEqual({ reason: expect.stringMatching(/nested more than/) });
  });
  it('unclosed <p> and <li> siblings do not count as nesting', () => {
    expect(refuseShape(`<ul>${'<li>item <p>para'.repeat(5000)}</ul>`)).toBeNull();
  });
  it('a 20 MB page in the input folder is refused with its size; other files are still read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'html-big-'));
    await writeFile(join(dir, 'big.html'), `<html><body>${'<p>Paragraph of filler words for a big page.</p>'.repeat(450_000)}</body></html>`);
    await writeFile(join(dir, 'ok.html'), await page('jsonld.html'));
    const r = await readArticles(dir);
    expect(r.articles.map((a) => a.file)).toEqual(['ok.html']);
    expect(r.warnings).toEqual([{ file: 'big.html', reason: expect.stringMatching(/^page too large \(2\d\.\d MB; the limit is 8 MB\)$/) }]);
  });
});

describe('end to end: a folder of pages', () => {
  it('events quote the written articles/<id>.txt exactly; url, date offset and publisher come from the page', async () => {
    const root = await mkdtemp(join(tmpdir(), 'html-e2e-'));
    const input = join(root, 'in');
    await mkdir(input);
    for (const f of ['jsonld.html', 'opengraph.html', 'paywall.html', 'article.txt']) await writeFile(join(input, f), await page(f));
    const output = join(root, 'out', 'events.json');
    await mkdir(join(root, 'out'));
    const result = await extractEvents({ input, output });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: "paywall.html": no article found in the page (only 122 characters of text: a stub, a paywall or an error page?)');
    // Declared title, date and publisher are not reported missing.
    expect(result.stderr.filter((l) => l.includes('"jsonld.html"'))).toEqual([]);
    const list = JSON.parse(await readFile(output, 'utf8'));
    const byId = new Map(list.articles.map((a: { id: string }) => [a.id, a]));
    expect(byId.get('jsonld')).toMatchObject({ file: 'jsonld.html', published: '2025-03-05T01:54+05:30', publisher: 'The Lakeside Ledger', url: 'https://ledger.example/news/libraries', text: 'articles/jsonld.txt' });
    expect(byId.get('opengraph')).toMatchObject({ published: '2025-03-05T08:30-08:00', text: 'articles/opengraph.txt' });
    expect(byId.get('article')).not.toHaveProperty('text');
    expect((await readdir(join(root, 'out', 'articles'))).sort()).toEqual(['jsonld.txt', 'opengraph.txt']);
    const quoted = list.events.flatMap((e: { sources: { article: string; quote: string; start: number; end: number }[] }) => e.sources).filter((s: { article: string }) => s.article !== 'article');
    expect(quoted.length).toBeGreaterThan(0);
    for (const s of quoted) {
      const text = await readFile(join(root, 'out', 'articles', `${s.article}.txt`), 'utf8');
      expect(text.slice(s.start, s.end)).toBe(s.quote);
    }
    // A page removed from the folder: its text goes too; a file no run wrote stays.
    await writeFile(join(root, 'out', 'articles', 'notes.txt'), 'mine');
    await writeFile(join(input, 'opengraph.html'), await page('index-page.html'));
    expect((await extractEvents({ input, output })).code).toBe(0);
    expect((await readdir(join(root, 'out', 'articles'))).sort()).toEqual(['jsonld.txt', 'notes.txt']);
  });
  it('refuses to write the texts inside the input folder, and then writes nothing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'html-inside-'));
    const input = join(root, 'articles');
    await mkdir(input);
    await writeFile(join(input, 'jsonld.html'), await page('jsonld.html'));
    const result = await extractEvents({ input, output: join(root, 'events.json') });
    expect(result.code).toBe(1);
    expect(result.stderr.at(-1)).toMatch(/inside the input folder .*nothing written$/);
    expect(await readdir(root)).toEqual(['articles']);
  });
});
