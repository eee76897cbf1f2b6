// What a page declares about itself, in order of trust: JSON-LD NewsArticle/Article (also inside
// @graph and arrays), then Open Graph, article:*, Dublin Core and other sites' date meta tags, then
// microdata's datePublished and <time datetime>, then <link rel="canonical">. Dates keep the offset
// the page gave.

import { isWebAddress } from '../../core/schema';

export interface DeclaredMetadata {
  title: string | null;
  /** ISO date as declared: `2025-03-06T01:54:00+05:30`, `2025-03-06`. */
  published: string | null;
  modified: string | null;
  author: string | null;
  publisher: string | null;
  url: string | null;
}

const ARTICLE_TYPE = /^(News|Report|Analysis|Opinion|Review|Background|Scholarly|Tech|Satirical)?Article$|^(BlogPosting|LiveBlogPosting|Report)$/;

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function clean(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** A name from a string, a {name} object or an array of them, joined with commas. */
function nameOf(v: Json): string | null {
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  if (isObject(v)) return clean(v.name);
  return clean(v);
}

/** Every JSON-LD node of an article type, in document order (arrays and @graph opened). */
function articleNodes(value: Json, out: Record<string, Json>[], depth = 0): void {
  if (depth > 8) return;
  if (Array.isArray(value)) {
    for (const v of value) articleNodes(v, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  const types = ([] as Json[]).concat(value['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) out.push(value);
  if (value['@graph'] !== undefined) articleNodes(value['@graph'], out, depth + 1);
}

function fromJsonLd(document: Document): Partial<DeclaredMetadata> {
  const nodes: Record<string, Json>[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i], script[type="application/ld+json"]')) {
    try {
      articleNodes(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // A broken block declares nothing; the tags below still may.
    }
  }
  const node = nodes[0];
  if (!node) return {};
  const mainEntity = isObject(node.mainEntityOfPage) ? node.mainEntityOfPage['@id'] : node.mainEntityOfPage;
  return {
    title: clean(node.headline) ?? clean(node.name),
    published: clean(node.datePublished),
    modified: clean(node.dateModified),
    author: nameOf(node.author),
    publisher: nameOf(node.publisher),
    url: [node.url, mainEntity].find(isWebAddress) ?? null,
  };
}

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const el of document.querySelectorAll('meta')) {
      const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
      if (name === key) {
        const v = clean(el.getAttribute('content'));
        if (v) return v;
      }
    }
  }
  return null;
}

function fromTags(document: Document): Partial<DeclaredMetadata> {
  const url = meta(document, 'og:url');
  return {
    title: meta(document, 'og:title', 'twitter:title'),
    published: compactDate(
      meta(document, 'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'parsely-pub-date', 'sailthru.date'),
    ),
    modified: meta(document, 'article:modified_time', 'og:updated_time'),
    author: meta(document, 'article:author', 'author'),
    publisher: meta(document, 'og:site_name', 'publisher'),
    url: isWebAddress(url) ? url : null,
  };
}

/** "20250306" and "20250306T0154" as ISO (`2025-03-06`, `2025-03-06T01:54`), as some sites' tags write them. */
function compactDate(v: string | null): string | null {
  const m = v ? /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(?:\d{2})?)?$/.exec(v) : null;
  if (!m) return v;
  return `${m[1]}-${m[2]}-${m[3]}${m[4] ? `T${m[4]}:${m[5]}` : ''}`;
}

function fromElements(document: Document): Partial<DeclaredMetadata> {
  // <time datetime>, and microdata's datePublished on any element (`content` or `datetime`)
  const stamped = [...document.querySelectorAll('[itemprop="datePublished" i]')].map((el) => clean(el.getAttribute('content') ?? el.getAttribute('datetime')));
  const times = [...document.querySelectorAll('time[datetime]')].map((t) => clean(t.getAttribute('datetime')));
  const time = [...stamped, ...times].find((d) => d !== null && ISO_DATE.test(d));
  const canonical = [...document.querySelectorAll('link[rel]')].find((l) => (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const href = canonical?.getAttribute('href')?.trim();
  return { published: time ?? null, url: isWebAddress(href) ? href : null };
}

/** `2025-03-06`, `2025-03-06T01:54`, with seconds, fractions and `Z` or an offset. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** What the page declares, each field from the first source that gives it. */
export function readDeclared(document: Document, savedFrom: string | null): DeclaredMetadata {
  const sources = [fromJsonLd(document), fromTags(document), fromElements(document)];
  const first = <K extends keyof DeclaredMetadata>(key: K, valid: (v: string) => boolean = () => true): string | null => {
    for (const s of sources) {
      const v = s[key];
      if (typeof v === 'string' && valid(v)) return v;
    }
    return null;
  };
  const isDate = (v: string) => ISO_DATE.test(v);
  return {
    title: first('title'),
    published: first('published', isDate),
    modified: first('modified', isDate),
    author: first('author', (v) => !isWebAddress(v)),
    publisher: first('publisher'),
    url: first('url') ?? savedFrom,
  };
}
