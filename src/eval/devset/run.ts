// `npm run eval -- --devset devset/timeline17 --corpus <Timeline17 folder>`: runs the pipeline on
// exactly the annotated articles, one run per story family (bpoil_bbc and bpoil_reuters together,
// so merging across articles happens as in real use), and scores it against the gold files.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomic } from '../write';
import { pipelineArticleIds, readArticleFolder, runRankedPipeline, type ScoredEvent, type SourceText } from '../pipeline-adapter';
import { type GoldArticle, readGoldArticle } from './gold';
import { type DevsetScore, type HeadlineJudgment, type HeadlineScore, readJudgments, scoreDevset, scoreHeadlines } from './score';

export interface DevsetOptions {
  gold: string;
  corpus: string;
  json?: string;
  out: string;
  judgments: string;
}

/** Stories of one family share gold ids (`bpoil_bbc`, `bpoil_reuters` -> `bpoil`). */
export const storyFamily = (story: string) => story.split('_')[0].toLowerCase();

/** The name the pipeline gets for an article: story and file, so two stories' `2010-06-04_100.txt` stay apart. */
export const pipelineFileName = (story: string, file: string) => `${story}__${file}`;

export interface DevsetRun {
  gold: GoldArticle[];
  events: ScoredEvent[];
  score: DevsetScore;
  /** Articles whose publication day the pipeline read as the annotator did, of those the annotator gave one. */
  published: { right: number; total: number; wrong: { article: string; gold: string; read: string | null }[] };
  warnings: string[];
}

/** Reads the gold folder and the articles it names, runs the pipeline and scores it. */
export async function scoreGoldFolder(goldDir: string, corpus: string): Promise<DevsetRun> {
  const warnings: string[] = [];
  const stories = (await readdir(goldDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const gold: GoldArticle[] = [];
  const sourcesByFamily = new Map<string, SourceText[]>();
  const keyOfFile = new Map<string, string>();
  for (const story of stories) {
    const files = (await readdir(join(goldDir, story))).filter((f) => f.endsWith('.json')).sort();
    if (files.length === 0) continue;
    const { articles } = await readArticleFolder(join(corpus, story, 'articles'));
    const byFile = new Map(articles.map((a) => [a.file, a]));
    for (const f of files) {
      const where = `${story}/${f}`;
      const { article, warnings: w } = readGoldArticle(await readFile(join(goldDir, story, f), 'utf8'), where, story, (file) => byFile.get(file)?.text ?? null);
      warnings.push(...w);
      gold.push(article);
      const source = byFile.get(article.file)!;
      const name = pipelineFileName(story, article.file);
      keyOfFile.set(name, article.key);
      const family = storyFamily(story);
      sourcesByFamily.set(family, [...(sourcesByFamily.get(family) ?? []), { ...source, file: name }]);
    }
  }
  if (gold.length === 0) throw new Error(`no gold files (<story>/<stem>.json) in "${goldDir}"`);
  const events: ScoredEvent[] = [];
  const articleKey = new Map<string, string>();
  const readPublished = new Map<string, string | null>();
  for (const family of [...sourcesByFamily.keys()].sort()) {
    const sources = sourcesByFamily.get(family)!;
    const ids = pipelineArticleIds(sources.map((s) => s.file));
    for (const [file, id] of ids) articleKey.set(id, keyOfFile.get(file)!);
    const { eventList } = runRankedPipeline(sources);
    for (const e of eventList.events) events.push(e);
    for (const a of eventList.articles) readPublished.set(articleKey.get(a.id) ?? a.id, a.published?.slice(0, 10) ?? null);
  }
  const withDate = gold.filter((a) => a.published !== null);
  const wrong = withDate.filter((a) => readPublished.get(a.key) !== a.published).map((a) => ({ article: a.key, gold: a.published!, read: readPublished.get(a.key) ?? null }));
  return { gold, events, score: scoreDevset(gold, events, articleKey), published: { right: withDate.length - wrong.length, total: withDate.length, wrong }, warnings };
}

const pct = (r: { value: number | null }) => (r.value === null ? '  -  ' : (100 * r.value).toFixed(1).padStart(5));
const frac = (r: { hits: number; total: number }) => `${r.hits}/${r.total}`;

export function devsetSummary(run: DevsetRun, headlines: HeadlineScore): string {
  const s = run.score;
  const happenings = run.gold.reduce((n, a) => n + a.happenings.length, 0);
  const lines = [
    `Development set: ${run.gold.length} articles, ${happenings} gold happenings; ${run.events.length} output events.`,
    `precision (right date, real happening)  ${pct(s.precision)}%  ${frac(s.precision)}${s.statusChecked ? '' : '  (events carry no status: status not compared)'}`,
    `recall (gold happenings found)          ${pct(s.recall)}%  ${frac(s.recall)}   story-wide ids: ${pct(s.recallIds)}% ${frac(s.recallIds)}`,
    `headline score (0-2)                    ${headlines.mean === null ? '  -  ' : headlines.mean.toFixed(2).padStart(5)}   judged ${headlines.judged}, unjudged ${headlines.unjudged}${headlines.meanCorrect === null ? '' : `; correct events only ${headlines.meanCorrect.toFixed(2)}`}`,
    `publication dates read                  ${run.published.right} of ${run.published.total}${run.published.wrong.map((w) => `; ${w.article} read as ${w.read ?? 'nothing'}, gold ${w.gold}`).join('')}`,
    `merges: wrong ${s.wrongMerges.length}, missed ${s.missedMerges.length} (gold ids told by two or more events; ${s.missedMerges.reduce((n, m) => n + m.events.length - 1, 0)} extra events)`,
    '',
    'by precision     events correct      gold found',
  ];
  for (const p of s.byPrecision) lines.push(`${p.precision.padEnd(10)} ${pct(p.events)}% ${frac(p.events).padStart(9)}   ${pct(p.gold)}% ${frac(p.gold).padStart(9)}`);
  const verdicts = new Map<string, number>();
  for (const e of s.events) verdicts.set(e.verdict, (verdicts.get(e.verdict) ?? 0) + 1);
  lines.push('', `verdicts: ${[...verdicts].map(([v, n]) => `${v} ${n}`).join(', ')}`);
  for (const w of run.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n') + '\n';
}

export async function runDevset(options: DevsetOptions): Promise<number> {
  let run: DevsetRun;
  try {
    run = await scoreGoldFolder(options.gold, options.corpus);
  } catch (err) {
    console.error(`eval: ${(err as Error).message}`);
    return 1;
  }
  let judgments: HeadlineJudgment[] = [];
  try {
    judgments = readJudgments(await readFile(options.judgments, 'utf8'), options.judgments);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      console.error(`eval: ${(err as Error).message}`);
      return 1;
    }
  }
  const headlines = scoreHeadlines(run.score.events, judgments);
  process.stdout.write(devsetSummary(run, headlines));
  const eventsFile = join(options.out, 'events.json');
  const toJudgeFile = join(options.out, 'headlines-to-judge.json');
  await writeAtomic(eventsFile, JSON.stringify({ events: run.score.events, missed: run.score.missed, missedMerges: run.score.missedMerges }, null, 2) + '\n');
  await writeAtomic(toJudgeFile, JSON.stringify(headlines.toJudge, null, 2) + '\n');
  console.log(`\nEvery output event with its verdict: ${eventsFile}\nHeadlines to judge (${headlines.unjudged}): ${toJudgeFile}; add {article, headline, score, judge} entries to ${options.judgments}`);
  if (options.json) {
    const { events: _events, ...figures } = run.score;
    await writeAtomic(options.json, JSON.stringify({ ...figures, published: run.published, headlines: { judged: headlines.judged, unjudged: headlines.unjudged, mean: headlines.mean, meanCorrect: headlines.meanCorrect }, warnings: run.warnings }, null, 2) + '\n');
  }
  return 0;
}
