// `npx tsx scripts/devset-check.ts [devset/timeline17] [../shared/dev-corpus/timeline17]`: checks the
// development set's gold files without running the pipeline: every file parses, every evidence
// string is in its article verbatim, and a gold id used in several articles keeps one day.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readGoldArticle } from '../src/eval/devset/gold';
import { readArticleFolder } from '../src/eval/pipeline-adapter';

const [goldDir = 'devset/timeline17', corpus = '../shared/dev-corpus/timeline17'] = process.argv.slice(2);
const problems: string[] = [];
const dates = new Map<string, Map<string, string[]>>(); // id -> date -> articles
const annotators = new Map<string, number>();
let articles = 0;
let happenings = 0;
for (const story of (await readdir(goldDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  const files = (await readdir(join(goldDir, story))).filter((n) => n.endsWith('.json')).sort();
  if (files.length === 0) continue;
  // The texts exactly as the pipeline reads them (decoded, BOM removed).
  const texts = new Map((await readArticleFolder(join(corpus, story, 'articles'))).articles.map((a) => [a.file, a.text]));
  for (const f of files) {
    const where = `${story}/${f}`;
    try {
      const { article, warnings } = readGoldArticle(await readFile(join(goldDir, story, f), 'utf8'), where, story, (file) => texts.get(file) ?? null);
      problems.push(...warnings);
      articles++;
      happenings += article.happenings.length;
      annotators.set(article.annotator, (annotators.get(article.annotator) ?? 0) + 1);
      for (const h of article.happenings) {
        const byDate = dates.get(h.id) ?? new Map<string, string[]>();
        byDate.set(`${h.date} (${h.precision})`, [...(byDate.get(`${h.date} (${h.precision})`) ?? []), article.key]);
        dates.set(h.id, byDate);
      }
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
}
// Articles may give one happening at different precisions (a day in one, its month in another);
// two different days for one id are worth a second look.
const split = [...dates].filter(([, byDate]) => new Set([...byDate.keys()].filter((d) => /\((day|minute)\)$/.test(d)).map((d) => d.slice(0, 10))).size > 1);
console.log(`${articles} gold files, ${happenings} happenings, ${dates.size} ids; annotators: ${[...annotators].map(([a, n]) => `${a} ${n}`).join(', ')}`);
for (const p of problems) console.log(`problem: ${p}`);
for (const [id, byDate] of split) console.log(`note: ${id} has two different days: ${[...byDate].map(([d, arts]) => `${d} in ${arts.join(', ')}`).join('; ')}`);
process.exitCode = problems.length ? 1 : 0;
