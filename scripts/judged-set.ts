// `npx tsx scripts/judged-set.ts [corpus folder] [documents.txt] [judgments.json] [gold folder]`: the second
// development measure (devset/tbaq-judged/README.md). Converts the listed TimeML documents to plain
// articles (a listed `.txt` article, as Timeline17's, is taken as it is, named story~stem) in a temporary
// folder outside the repository, runs the pipeline on that folder, writes every output event to
// .tmp/judged/events.json, matches them with the judgments and prints the
// figures; events nobody has judged go to .tmp/judged/to-judge.json. It never guesses a judgment.
// Recall is measured against the gold files (<gold folder>/<document name>.json, the development
// set's form); gold happenings no event tells go to .tmp/judged/missed.json.
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { type GoldArticle, readGoldArticle } from '../src/eval/devset/gold';
import { JUDGED_STORY, judgedSummary, parseJudgments, recallSummary, scoreJudged, scoreRecall, timemlToArticle, toJudgedEvents, type Judgment } from '../src/eval/judged-set';
import { readArticleFolder, runRankedPipeline } from '../src/eval/pipeline-adapter';
import { writeAtomic } from '../src/eval/write';

const [
  corpus = '../shared/dev-corpus/tbaq',
  listFile = 'devset/tbaq-judged/documents.txt',
  judgmentsFile = 'devset/tbaq-judged/judgments.json',
  goldDir = 'devset/tbaq-judged/gold',
] = process.argv.slice(2);
const OUT = '.tmp/judged';

/** Every .tml and .txt file under `dir` by relative path. */
async function articleFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await readdir(join(dir, prefix), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await articleFiles(dir, rel)));
    else if (/\.(?:tml|txt)$/.test(e.name)) out.push(rel);
  }
  return out;
}

/** A list line is a path under the folder (`AQUAINT/APW19980807.0261`, `H1N1_bbc/articles/2009-04-27_1.txt`) or a bare TimeML name found anywhere in it. */
function resolve(line: string, files: string[]): string {
  if (line.endsWith('.txt')) {
    if (!files.includes(line)) throw new Error(`${listFile}: no ${line} under ${corpus}`);
    return line;
  }
  const want = line.replace(/\.tml$/, '');
  const hits = files.filter((f) => f.endsWith('.tml') && (f.replace(/\.tml$/, '') === want || (!want.includes('/') && basename(f, '.tml') === want)));
  if (hits.length === 0) throw new Error(`${listFile}: no ${want}.tml under ${corpus}`);
  if (hits.length > 1) throw new Error(`${listFile}: ${want} is ambiguous (${hits.join(', ')}); give the folder`);
  return hits[0];
}

const files = await articleFiles(corpus);
const names = (await readFile(listFile, 'utf8'))
  .split('\n')
  .map((l) => l.replace(/#.*/, '').trim())
  .filter(Boolean);
/** The gold file of each document that has one; a document without one is left out of recall. */
async function readGold(texts: Map<string, string>): Promise<{ gold: GoldArticle[]; warnings: string[]; without: string[] }> {
  const gold: GoldArticle[] = [];
  const warnings: string[] = [];
  const without: string[] = [];
  for (const [name, text] of texts) {
    let json: string;
    try {
      json = await readFile(join(goldDir, `${name}.json`), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      without.push(name);
      continue;
    }
    const { article, warnings: w } = readGoldArticle(json, join(goldDir, `${name}.json`), JUDGED_STORY, (file) => (file === `${name}.txt` ? text : null));
    gold.push(article);
    warnings.push(...w);
  }
  return { gold, warnings, without };
}

const dir = await mkdtemp(join(tmpdir(), 'judged-set-'));
try {
  const texts = new Map<string, string>();
  for (const line of names) {
    const rel = resolve(line, files);
    const source = await readFile(join(corpus, rel), 'utf8');
    const article = rel.endsWith('.txt') ? { name: rel.replace(/\.txt$/, '').replace('/articles/', '/').replaceAll('/', '~'), text: source } : timemlToArticle(source, basename(rel, '.tml'));
    await writeFile(join(dir, `${article.name}.txt`), article.text);
    texts.set(article.name, article.text);
  }
  const { articles, unreadable } = await readArticleFolder(dir);
  if (unreadable.length) console.error(`unreadable: ${unreadable.join('; ')}`);
  const { eventList } = runRankedPipeline(articles);
  const nameOf = new Map(eventList.articles.map((a) => [a.id, a.file.replace(/\.txt$/, '')]));
  const events = toJudgedEvents(eventList.events, (id) => nameOf.get(id) ?? id);
  const misread = eventList.articles.filter((a) => a.published === null).map((a) => a.file);
  if (misread.length) console.error(`no publication date read for: ${misread.join(', ')}`);

  let judgments: Judgment[] = [];
  try {
    judgments = parseJudgments(await readFile(judgmentsFile, 'utf8'), judgmentsFile);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    console.error(`no judgments yet (${judgmentsFile}); every event is unjudged`);
  }
  const report = scoreJudged(events, judgments);
  await mkdir(OUT, { recursive: true });
  await writeAtomic(join(OUT, 'events.json'), JSON.stringify(events, null, 2) + '\n');
  await writeAtomic(join(OUT, 'to-judge.json'), JSON.stringify(report.unjudged, null, 2) + '\n');
  console.log(`${names.length} documents\n${judgedSummary(report)}`);
  if (report.stale.length) await writeAtomic(join(OUT, 'stale.json'), JSON.stringify(report.stale, null, 2) + '\n');

  const { gold, warnings, without } = await readGold(texts);
  const recall = gold.length ? scoreRecall(gold, eventList.events, (id) => nameOf.get(id) ?? id, judgments) : null;
  if (recall) {
    console.log(`${recallSummary(recall)} (gold for ${gold.length} of ${names.length} documents)`);
    await writeAtomic(join(OUT, 'missed.json'), JSON.stringify(recall.missed, null, 2) + '\n');
  } else console.log(`recall     - (no gold files in ${goldDir})`);
  if (without.length && gold.length) console.error(`no gold file for: ${without.join(', ')}`);
  for (const w of warnings) console.error(`warning: ${w}`);
  console.log(`\nEvery event: ${OUT}/events.json; to judge: ${OUT}/to-judge.json${report.stale.length ? `; stale: ${OUT}/stale.json` : ''}${recall ? `; missed: ${OUT}/missed.json` : ''}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
