// The events CLI over a folder where bad files sit beside good ones.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { watch, type Stats } from 'node:fs';
import { build } from 'esbuild';
import { chmod, copyFile, lstat, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateEventList, type EventList } from '../../src/core/schema';
import { runCli } from '../../src/pipeline/cli';
import { buildEventList, type TimexRecord } from '../../src/pipeline/pipeline';
import { readArticles } from '../../src/pipeline/read';

/** A previous run's output, which a new run may replace. */
const PREVIOUS = '{ "version": 1, "articles": [], "events": [] }\n';
const GOOD = ['01_harbour_desk.txt', '02_harbour_wire.txt', '03_us_court.txt'];
let dir: string;
let input: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'events-cli-'));
  input = join(dir, 'articles');
  await mkdir(input);
  for (const f of GOOD) await copyFile(join('tests/fixtures/articles', f), join(input, f));
  await writeFile(join(input, '00_empty.txt'), '');
  await writeFile(join(input, '07_binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  await mkdir(join(input, '08_folder.txt'));
  // Windows-1252: é (0xE9) and curly quotes (0x93, 0x94), with CRLF line endings and no BOM.
  const latin = 'Caf\xe9 owners protest rent rise\r\n\r\nPublished: 12 May 2023\r\n\r\nThe owners of the Caf\xe9 Lum\xe9 said on Thursday they would \x93keep protesting\x94 until the council listens.\r\n';
  await writeFile(join(input, '09_latin1.txt'), Buffer.from(latin, 'latin1'));
  await writeFile(join(input, '10_bom.txt'), '\uFEFFLibrary extends opening hours\r\n\r\nPublished: 2023-05-12\r\n\r\nThe library said on Wednesday that it will open on Sundays from June.\r\n');
  await writeFile(join(input, 'notes.json'), '{"ignored": true}');
});

async function runOn(args: string[]) {
  return runCli(args);
}

describe('events CLI', () => {
  it('warns about each bad file by name and still processes the good ones', async () => {
    const output = join(dir, 'out', 'events.json');
    const { code, stderr } = await runOn(['--input', input, '--output', output]);
    expect(code).toBe(0);
    const text = stderr.join('\n');
    expect(text).toMatch(/warning: "00_empty\.txt": empty file/);
    expect(text).toMatch(/warning: "07_binary\.txt": binary/);
    expect(text).toMatch(/warning: "08_folder\.txt": .*director|folder/);
    expect(text).toMatch(/warning: "09_latin1\.txt": .*Windows-1252/);
    expect(text).not.toMatch(/notes\.json/);
    const list = JSON.parse(await readFile(output, 'utf8')) as EventList;
    expect(validateEventList(list).ok).toBe(true);
    expect(list.articles.map((a) => a.file)).toEqual([...GOOD, '09_latin1.txt', '10_bom.txt']);
    const latinQuote = list.events.flatMap((e) => e.sources).find((s) => s.article === '09_latin1');
    expect(latinQuote?.quote).toContain('Caf\u00e9 Lum\u00e9 said on Thursday they would \u201ckeep protesting\u201d');
    const bom = list.events.flatMap((e) => e.sources).find((s) => s.article === '10_bom');
    expect(bom?.timex.value).toBe('2023-05-10');
    expect(stderr.at(-1)).toMatch(/^events: 5 articles, \d+ events \(\d+ merged across sources\), \d+ warnings? -> /);
  });

  it('is deterministic: two runs give byte-identical output, whatever the order of the input', async () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    await runOn(['--input', input, '--output', a]);
    await runOn(['--input', input, '--output', b]);
    expect(await readFile(a, 'utf8')).toBe(await readFile(b, 'utf8'));
    const { articles } = await readArticles(input);
    expect(JSON.stringify(buildEventList([...articles].reverse()).eventList)).toBe(JSON.stringify(buildEventList(articles).eventList));
  });

  it('writes every temporal expression with --timexes', async () => {
    const timexes = join(dir, 'timexes.json');
    const { code } = await runOn(['--input', input, '--output', join(dir, 'c.json'), '--timexes', timexes]);
    expect(code).toBe(0);
    const records = JSON.parse(await readFile(timexes, 'utf8')) as TimexRecord[];
    const court = records.filter((r) => r.article === '03_us_court');
    expect(court).toContainEqual(expect.objectContaining({ text: expect.stringMatching(/November/), type: 'DATE', value: '2018-11' }));
    for (const r of records) expect(Object.keys(r)).toEqual(['article', 'text', 'start', 'end', 'type', 'value']);
  });

  it.each([
    { name: 'a missing input folder', args: () => ['--input', join(dir, 'nope')], reason: /input folder ".*nope" does not exist/ },
    { name: 'the input folder as the output', args: () => ['--input', input, '--output', input], reason: /is inside the input folder/ },
    { name: 'an unknown option', args: () => ['--bogus'], reason: /Unknown option/ },
  ])('fails with a one-line reason on $name and leaves earlier output untouched', async ({ args, reason }) => {
    const output = join(dir, 'kept.json');
    await writeFile(output, PREVIOUS);
    const argv = args();
    const { code, stderr } = await runOn(argv.includes('--output') ? argv : [...argv, '--output', output]);
    expect(code).not.toBe(0);
    expect(stderr.some((l) => reason.test(l))).toBe(true);
    expect(await readFile(output, 'utf8')).toBe(PREVIOUS);
  });

  it('--strict turns warnings into a failure and writes nothing', async () => {
    const output = join(dir, 'strict.json');
    await writeFile(output, PREVIOUS);
    const { code, stderr } = await runOn(['--input', input, '--output', output, '--strict']);
    expect(code).toBe(1);
    expect(stderr.at(-1)).toMatch(/--strict: \d+ warnings; nothing written/);
    expect(await readFile(output, 'utf8')).toBe(PREVIOUS);
  });
});

describe('events CLI with a curation file', () => {
  async function folderWith(curation: string) {
    const folder = await mkdtemp(join(tmpdir(), 'events-curation-'));
    for (const f of GOOD) await copyFile(join('tests/fixtures/articles', f), join(folder, f));
    await writeFile(join(folder, 'curation.json'), curation);
    return folder;
  }

  it('applies corrections after extraction and names a stale id in a warning', async () => {
    const plain = join(dir, 'plain.json');
    await runOn(['--input', input, '--output', plain]);
    const target = (JSON.parse(await readFile(plain, 'utf8')) as EventList).events.find((e) => e.sources.some((s) => s.article === '03_us_court'))!;
    const folder = await folderWith(JSON.stringify({ entries: [
      { retitle: target.id, title: 'Appeals court steps in' },
      { hide: ['000000000000'] },
    ] }));
    const output = join(folder, '..', `${basename(folder)}.json`);
    const { code, stderr } = await runOn(['--input', folder, '--output', output]);
    expect(code).toBe(0);
    expect(stderr.join('\n')).toMatch(/warning: "curation\.json": entries\[1\] \(hide "000000000000"\): no event with this id/);
    const list = JSON.parse(await readFile(output, 'utf8')) as EventList;
    const edited = list.events.find((e) => e.id === target.id)!;
    expect(edited.title).toBe('Appeals court steps in');
    expect(edited.edited).toEqual(['title']);
    expect(edited.sources).toEqual(target.sources);
  });

  it('writes nothing when the curation file has errors, and says where', async () => {
    const folder = await folderWith('{ "entries": [ { "redate": "abc", "date": { "start": "2024-04", "precision": "era" } } ] }');
    const output = join(folder, '..', `${basename(folder)}.json`);
    const { code, stderr } = await runOn(['--input', folder, '--output', output]);
    expect(code).toBe(1);
    expect(stderr.join('\n')).toMatch(/"curation\.json": entries\[0\]\.date\.precision: expected one of/);
    await expect(readFile(output, 'utf8')).rejects.toThrow();
  });
});

// What the command refuses and how it fails (issue 11): as the user running the tests (root in CI),
// in-process; the cases where being root changes what the file system allows run again below as
// another user, in a separate process.
describe('events CLI: nothing lost, nothing leaked', () => {
  const PRIOR_TIMEXES = '[]\n';
  let base: string;
  let articles: string;
  const court = () => readFile(join(articles, '03_us_court.txt'), 'utf8');
  let courtText: string;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'events-refuse-'));
    articles = join(base, 'articles');
    await mkdir(articles);
    for (const f of GOOD) await copyFile(join('tests/fixtures/articles', f), join(articles, f));
    courtText = await court();
  });

  it.each([
    { name: 'an article as the output', args: () => ['--output', join(articles, '03_us_court.txt')], option: '--output' },
    { name: 'a new file inside the input folder', args: () => ['--output', join(articles, 'events.json')], option: '--output' },
    { name: 'an article as the timexes', args: () => ['--output', join(base, 'ok.json'), '--timexes', join(articles, '03_us_court.txt')], option: '--timexes' },
    { name: 'a path into the folder through ..', args: () => ['--output', join(base, 'x', '..', 'articles', '01_harbour_desk.txt')], option: '--output' },
  ])('refuses $name and leaves every article as it was', async ({ args, option }) => {
    const { code, stderr } = await runCli(['--input', articles, ...args()]);
    expect(code).toBe(1);
    expect(stderr[0]).toMatch(new RegExp(`^events: ${option} ".*": is inside the input folder`));
    expect(stderr.at(-1)).toBe('events: nothing written');
    expect(await court()).toBe(courtText);
    await expect(readFile(join(articles, 'events.json'))).rejects.toThrow(/ENOENT/);
  });

  it('refuses the same file for --output and --timexes', async () => {
    const same = join(base, 'same.json');
    const { code, stderr } = await runCli(['--input', articles, '--output', same, '--timexes', join(base, '.', 'same.json')]);
    expect(code).toBe(1);
    expect(stderr[0]).toMatch(/^events: --timexes ".*same\.json": is the same file as --output/);
    await expect(readFile(same)).rejects.toThrow(/ENOENT/);
  });

  it.each([
    { name: 'a memo', content: 'Board memo: do not publish.\n', refused: true },
    { name: 'JSON that is not an event list', content: '{"version": 1, "items": []}', refused: true },
    { name: 'a previous event list', content: PREVIOUS, refused: false },
    { name: 'an empty file', content: '', refused: false },
  ])('replaces an existing file only if it is a previous event list or empty: $name', async ({ content, refused }) => {
    const output = join(base, `existing-${randomBytes(4).toString('hex')}.json`);
    await writeFile(output, content);
    const { code, stderr } = await runCli(['--input', articles, '--output', output]);
    if (refused) {
      expect(code).toBe(1);
      expect(stderr[0]).toMatch(/: exists and is not a previous event list; not replaced/);
      expect(await readFile(output, 'utf8')).toBe(content);
    } else {
      expect(code).toBe(0);
      expect(validateEventList(JSON.parse(await readFile(output, 'utf8'))).ok).toBe(true);
    }
  });

  it('replaces a previous timex list, and refuses an event list as --timexes', async () => {
    const timexes = join(base, 'timexes-prior.json');
    await writeFile(timexes, PRIOR_TIMEXES);
    expect((await runCli(['--input', articles, '--output', join(base, 't1.json'), '--timexes', timexes])).code).toBe(0);
    const list = join(base, 't1.json');
    const { code, stderr } = await runCli(['--input', articles, '--output', join(base, 't2.json'), '--timexes', list]);
    expect(code).toBe(1);
    expect(stderr[0]).toMatch(/--timexes ".*t1\.json": exists and is not a previous timex list/);
  });

  it.each([
    { name: 'a named pipe', make: async (p: string) => execFileSync('mkfifo', [p]), type: /is a named pipe/, still: (s: Stats) => s.isFIFO() },
    { name: 'a folder', make: (p: string) => mkdir(p), type: /is a folder/, still: (s: Stats) => s.isDirectory() },
    { name: 'a link to /dev/null', make: (p: string) => symlink('/dev/null', p), type: /is a character device/, still: (s: Stats) => s.isSymbolicLink() },
  ])('never renames over $name: it is refused and left as it was', async ({ make, type, still }) => {
    const output = join(base, `special-${randomBytes(4).toString('hex')}`);
    await make(output);
    const { code, stderr } = await runCli(['--input', articles, '--output', output]);
    expect(code).toBe(1);
    expect(stderr[0]).toMatch(type);
    expect(still(await lstat(output))).toBe(true);
  });

  it('follows a link to a previous event list: the list is replaced and the link stays a link', async () => {
    const real = join(base, 'real-list.json');
    await writeFile(real, PREVIOUS);
    const linked = join(base, 'linked-list.json');
    await symlink(real, linked);
    expect((await runCli(['--input', articles, '--output', linked])).code).toBe(0);
    expect((await lstat(linked)).isSymbolicLink()).toBe(true);
    expect((JSON.parse(await readFile(real, 'utf8')) as EventList).events.length).toBeGreaterThan(0);
  });

  it('writes both files or neither: when --timexes cannot be written, --output keeps its previous list', async () => {
    const output = join(base, 'both.json');
    await writeFile(output, PREVIOUS);
    const blocker = join(base, 'a-file');
    await writeFile(blocker, 'not a folder');
    const { code, stderr } = await runCli(['--input', articles, '--output', output, '--timexes', join(blocker, 'timexes.json')]);
    expect(await readFile(output, 'utf8')).toBe(PREVIOUS);
    expect(code).toBe(1);
    expect(stderr.at(-1)).toMatch(/^events: cannot write output: .*; nothing written$/);
  });

  it('never reads a link out of the input folder (a memo elsewhere stays private); a link inside it is read', async () => {
    const folder = join(base, `links-${randomBytes(4).toString('hex')}`);
    await mkdir(folder);
    await copyFile(join(articles, '03_us_court.txt'), join(folder, '03_us_court.txt'));
    const memo = join(base, 'private-memo.txt');
    await writeFile(memo, 'Private memo\n\nPublished: 2024-05-16\n\nThe board agreed on 3 May 2024 to sell the printing works in secret.\n');
    await symlink(memo, join(folder, '20_memo.txt'));
    await symlink('03_us_court.txt', join(folder, '21_court_again.txt'));
    const output = join(base, `${basename(folder)}.json`);
    const { code, stderr } = await runCli(['--input', folder, '--output', output]);
    const text = await readFile(output, 'utf8');
    expect(text).not.toMatch(/printing works|20_memo/);
    expect(code).toBe(0);
    expect(stderr).toContain('warning: "20_memo.txt": a link to a file outside the input folder; not read');
    expect((JSON.parse(text) as EventList).articles.map((a) => a.file)).toEqual(['03_us_court.txt', '21_court_again.txt']);
  });

  it('writes no temporary file into the output folder, and removes stale ones a killed run left there', async () => {
    const outDir = join(base, `public-${randomBytes(4).toString('hex')}`, 'data');
    await mkdir(outDir, { recursive: true });
    // A pid above any the kernel hands out: no process is writing these.
    const stale = ['.events-4194999999-0a1b2c3d.tmp', '.events.json.4194999999.tmp'];
    for (const name of stale) await writeFile(join(outDir, name), '{"version": 1, "artic');
    await writeFile(join(outDir, '.events-4194999999-zzzz.tmp'), 'not our naming: kept');
    const seen = new Set<string>();
    const watcher = watch(outDir, (_event, name) => name && seen.add(String(name)));
    try {
      expect((await runCli(['--input', articles, '--output', join(outDir, 'events.json')])).code).toBe(0);
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      watcher.close();
    }
    expect([...seen].filter((n) => n !== 'events.json' && !stale.includes(n))).toEqual([]);
    expect((await readdir(outDir)).sort()).toEqual(['.events-4194999999-zzzz.tmp', 'events.json']);
  });

  it('writes an output whose name is 255 bytes long (the longest a file name can be)', async () => {
    const output = join(base, `${'e'.repeat(250)}.json`);
    const { code, stderr } = await runCli(['--input', articles, '--output', output]);
    expect(stderr.at(-1)).toMatch(/^events: 3 articles/);
    expect(code).toBe(0);
  });

  it('quotes file names: a name with a newline and a terminal escape can neither forge a line nor reach the terminal', async () => {
    const folder = join(base, `names-${randomBytes(4).toString('hex')}`);
    await mkdir(folder);
    await copyFile(join(articles, '03_us_court.txt'), join(folder, '03_us_court.txt'));
    const evil = 'x.txt\nevents: 0 articles, 0 events (0 merged across sources), 0 warnings -> ok\x1b[2J\x1b]0;owned\x07.txt';
    await writeFile(join(folder, evil), '');
    const { code, stderr } = await runCli(['--input', folder, '--output', join(base, `${basename(folder)}.json`)]);
    expect(code).toBe(0);
    expect(stderr).toHaveLength(2);
    expect(stderr[0]).toBe('warning: "x.txt\\nevents: 0 articles, 0 events (0 merged across sources), 0 warnings -> ok\\u001b[2J\\u001b]0;owned\\u0007.txt": empty file');
    for (const line of stderr) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('prints at most 20 of a million bad curation entries, then how many more there were', async () => {
    const folder = join(base, `curation-${randomBytes(4).toString('hex')}`);
    await mkdir(folder);
    await copyFile(join(articles, '03_us_court.txt'), join(folder, '03_us_court.txt'));
    await writeFile(join(folder, 'curation.json'), `{"entries": [${Array(1_000_000).fill('{"hide": 1}').join(',')}]}`);
    const { code, stderr } = await runCli(['--input', folder, '--output', join(base, `${basename(folder)}.json`)]);
    expect(code).toBe(1);
    expect(stderr.length).toBeLessThanOrEqual(23);
    expect(stderr[0]).toMatch(/^events: "curation\.json": entries: 1,000,000 entries; a curation file holds at most 10,000/);
    expect(stderr).toContain('events: "curation.json": 9981 more errors not shown');
    expect(stderr.at(-1)).toBe('events: the curation file has errors; nothing written');
  });
});

// The same command as a separate process: how it ends on a signal, and the data-loss cases as a
// user other than root (CI and this session run as root, which the file system lets do more).
// As root the command runs as `nobody` through setpriv, from a bundle in a temporary folder that
// user can read (a clean clone may sit in a folder only root can enter); as anyone else it runs as
// that user.
describe('events CLI as a process', () => {
  const isRoot = process.getuid?.() === 0;
  let work: string;
  let bundle: string;
  let uid: number;
  let gid: number;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'events-process-'));
    await chmod(work, 0o755);
    bundle = join(work, 'events.mjs');
    await build({
      entryPoints: ['src/pipeline/main.ts'],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: bundle,
      logLevel: 'warning',
      // The bundled CommonJS dependencies call require.
      banner: { js: "import { createRequire as __createRequireForBundle } from 'node:module'; const require = __createRequireForBundle(import.meta.url);" },
    });
    await chmod(bundle, 0o644);
    uid = isRoot ? Number(execFileSync('id', ['-u', 'nobody']).toString()) : process.getuid!();
    gid = isRoot ? Number(execFileSync('id', ['-g', 'nobody']).toString()) : process.getgid!();
  }, 60_000);

  /** A folder the other user owns, with the good articles in `articles/`. */
  async function userFolder(): Promise<{ dir: string; input: string }> {
    const dir = await mkdtemp(join(work, 'case-'));
    const input = join(dir, 'articles');
    await mkdir(input);
    for (const f of GOOD) await copyFile(join('tests/fixtures/articles', f), join(input, f));
    execFileSync('chown', ['-R', `${uid}:${gid}`, dir]);
    return { dir, input };
  }

  /** Runs the command as the other user; resolves with its exit code and stderr lines. */
  function runAsOtherUser(args: string[]): Promise<{ code: number | null; stderr: string[] }> {
    const [file, argv] = isRoot
      ? ['setpriv', ['--reuid', String(uid), '--regid', String(gid), '--clear-groups', process.execPath, bundle, ...args]]
      : [process.execPath, [bundle, ...args]];
    return new Promise((done, fail) => {
      const child = spawn(file, argv, { cwd: work, stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (chunk) => (err += chunk));
      child.on('error', fail);
      child.on('close', (code) => done({ code, stderr: err.split('\n').filter((l) => l !== '') }));
    });
  }

  it('runs as another user', async () => {
    const { dir, input } = await userFolder();
    const { code, stderr } = await runAsOtherUser(['--input', input, '--output', join(dir, 'events.json')]);
    expect(stderr.at(-1)).toMatch(/^events: 3 articles/);
    expect(code).toBe(0);
    expect((await lstat(join(dir, 'events.json'))).uid).toBe(uid);
  });

  it('gives the one-line reason for an input folder it cannot list', async () => {
    const { dir, input } = await userFolder();
    await chmod(input, 0o000);
    const { code, stderr } = await runAsOtherUser(['--input', input, '--output', join(dir, 'events.json')]);
    expect(stderr).toEqual([`events: input folder ${JSON.stringify(input)} cannot be listed (permission denied); nothing written`]);
    expect(code).toBe(1);
  });

  it('refuses an output inside the input folder', async () => {
    const { dir, input } = await userFolder();
    const article = join(input, '03_us_court.txt');
    const before = await readFile(article, 'utf8');
    const { code } = await runAsOtherUser(['--input', input, '--output', article]);
    expect(await readFile(article, 'utf8')).toBe(before);
    expect(code).toBe(1);
    void dir;
  });

  it('writes both files or neither: a --timexes folder it may not write to leaves --output as it was', async () => {
    const { dir, input } = await userFolder();
    const output = join(dir, 'events.json');
    await writeFile(output, PREVIOUS);
    execFileSync('chown', [`${uid}:${gid}`, output]);
    const locked = join(dir, 'locked');
    await mkdir(locked);
    // Root's and read-only: the other user can look in but not write.
    await chmod(locked, 0o555);
    if (isRoot) execFileSync('chown', ['0:0', locked]);
    const { code, stderr } = await runAsOtherUser(['--input', input, '--output', output, '--timexes', join(locked, 'timexes.json')]);
    expect(await readFile(output, 'utf8')).toBe(PREVIOUS);
    expect(stderr.at(-1)).toMatch(/^events: cannot write output: EACCES .*; nothing written$/);
    expect(code).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['articles', 'events.json', 'locked']);
  });

  it('never reads a link out of the input folder', async () => {
    const { dir, input } = await userFolder();
    const memo = join(dir, 'memo.txt');
    await writeFile(memo, 'Private memo\n\nPublished: 2024-05-16\n\nThe board agreed on 3 May 2024 to sell the printing works in secret.\n');
    await chmod(memo, 0o644);
    await symlink(memo, join(input, '20_memo.txt'));
    const { code, stderr } = await runAsOtherUser(['--input', input, '--output', join(dir, 'events.json')]);
    expect(await readFile(join(dir, 'events.json'), 'utf8')).not.toMatch(/printing works/);
    expect(stderr).toContain('warning: "20_memo.txt": a link to a file outside the input folder; not read');
    expect(code).toBe(0);
  });

  it('never renames over a named pipe', async () => {
    const { dir, input } = await userFolder();
    const pipe = join(dir, 'events.json');
    execFileSync('mkfifo', [pipe]);
    execFileSync('chown', [`${uid}:${gid}`, pipe]);
    const { code, stderr } = await runAsOtherUser(['--input', input, '--output', pipe]);
    expect((await lstat(pipe)).isFIFO()).toBe(true);
    expect(stderr[0]).toMatch(/is a named pipe; only a regular file is written/);
    expect(code).toBe(1);
  });

  it('stopping `npm run events` with SIGTERM stops the process doing the work too', async () => {
    const { dir, input } = await userFolder();
    const marker = join(dir, 'watched-by-signal-test');
    await mkdir(marker);
    for (const f of GOOD) await copyFile(join(input, f), join(marker, f));
    const npm = spawn('npm', ['run', 'events', '--', '--watch', '--input', marker, '--output', join(dir, 'signal.json')], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    npm.stderr.on('data', (chunk) => (err += chunk));
    const deadline = Date.now() + 60_000;
    while (!err.includes('events: watching') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(err).toContain('events: watching');
    npm.kill('SIGTERM');
    /** Processes whose command line names the marker folder. */
    const workers = async () => {
      const pids = (await readdir('/proc')).filter((p) => /^\d+$/.test(p));
      const lines = await Promise.all(pids.map((p) => readFile(`/proc/${p}/cmdline`, 'utf8').catch(() => '')));
      return pids.filter((_, i) => lines[i].includes(marker));
    };
    const until = Date.now() + 5_000;
    while ((await workers()).length > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    const left = await workers();
    for (const pid of left) process.kill(Number(pid), 'SIGKILL');
    expect(left).toEqual([]);
  }, 90_000);
});
