// `npm run eval` on a corpus in the form of TempEval-3's TBAQ (TimeBank + AQUAINT): documents in
// subfolders, the DCT a TIMEX3 with functionInDocument="CREATION_TIME", no TITLE in TimeBank's,
// EXTRAINFO before TEXT, EVENT tags inline, and one document shipped twice. Written for this test.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/eval/cli';
import { parseTimeML } from '../../../src/eval/timeml';
import { renderDocument } from '../../../src/eval/render';

const timebank = `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">

<DOCID>XYZ19980108.1830.0001</DOCID>

<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>

<EXTRAINFO>
XYZ19980108.1830.0001 NEWS STORY
</EXTRAINFO>

<TEXT>
The harbour board <EVENT eid="e1" class="OCCURRENCE">approved</EVENT> the new pier <TIMEX3 tid="t1" type="DATE" value="1998-01-06" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Tuesday</TIMEX3>, <TIMEX3 tid="t2" type="DURATION" value="P2Y" temporalFunction="false" functionInDocument="NONE">two years</TIMEX3> after the storm. Work <EVENT eid="e2" class="OCCURRENCE">begins</EVENT> in <TIMEX3 tid="t3" type="DATE" value="1998-03" temporalFunction="false" functionInDocument="NONE">March 1998</TIMEX3>.
</TEXT>
</TimeML>
`;

const aquaint = `<?xml version="1.0" ?>
<TimeML>
<DOCID>ABC19980807.0261</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18:00" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TITLE>Ferry service resumes after strike</TITLE>
<EXTRAINFO>
ABC19980807.0261  NEWS STORY  08/07/1998 06:18:00
</EXTRAINFO>
<TEXT>

PORTSEA (AP) _

Ferries <EVENT eid="e1" class="OCCURRENCE">sailed</EVENT> again <TIMEX3 tid="t1" type="DATE" value="1998-08-07" temporalFunction="true" functionInDocument="NONE" anchorTimeID="t0">Friday</TIMEX3> after a strike that began on <TIMEX3 tid="t2" type="DATE" value="1998-07-20" temporalFunction="false" functionInDocument="NONE">July 20, 1998</TIMEX3>.

</TEXT>
</TimeML>
`;

async function corpus(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'tbaq-'));
  await mkdir(join(root, 'TimeBank'));
  await mkdir(join(root, 'AQUAINT'));
  await mkdir(join(root, 'copy'));
  await writeFile(join(root, 'TimeBank', 'XYZ19980108.1830.0001.tml'), timebank);
  await writeFile(join(root, 'AQUAINT', 'ABC19980807.0261.tml'), aquaint);
  await writeFile(join(root, 'copy', 'XYZ19980108.1830.0001.tml'), timebank);
  return root;
}

async function run(args: string[]): Promise<{ code: number; printed: string; errors: string }> {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const err = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const code = await main(args);
    return { code, printed: out.mock.calls.map((c) => String(c[0])).join(''), errors: err.mock.calls.map((c) => String(c[0])).join('\n') };
  } finally {
    out.mockRestore();
    log.mockRestore();
    err.mockRestore();
  }
}

describe('TBAQ-form TimeML', () => {
  it('reads the CREATION_TIME DCT as the document date and renders it as an unscored date line when there is no TITLE', () => {
    const d = parseTimeML(timebank, 'x');
    expect(d.dctValue).toBe('1998-01-08');
    expect(d.title).toBe('');
    const r = renderDocument(d);
    expect(r.text.startsWith('1998-01-08\n\nThe harbour board approved the new pier Tuesday')).toBe(true);
    expect(r.gold.map((g) => [g.text, g.type, g.value])).toEqual([['Tuesday', 'DATE', '1998-01-06'], ['two years', 'DURATION', 'P2Y'], ['March 1998', 'DATE', '1998-03']]);
    expect(r.gold.every((g) => g.start >= r.textStart)).toBe(true);
  });

  it('reads a DCT typed TIME with a time of day as its day', () => {
    expect(renderDocument(parseTimeML(aquaint, 'y')).dct).toBe('1998-08-07');
  });

  it('npm run eval scores every subfolder, a document shipped twice once, and reports DATE/TIME value and relaxed extent F1', async () => {
    const root = await corpus();
    const { code, printed } = await run([root, '--quiet', '--misses', join(root, 'misses.txt'), '--json', join(root, 'figures.json')]);
    expect(code).toBe(0);
    expect(printed).toMatch(/^2 documents\./);
    expect(printed).toMatch(/copy\/XYZ19980108\.1830\.0001\.tml is the same file as TimeBank\/XYZ19980108\.1830\.0001\.tml; scored once/);
    const figures = JSON.parse(await readFile(join(root, 'figures.json'), 'utf8'));
    expect(figures.documents).toBe(2);
    // Gold DATE/TIME: Tuesday, March 1998 (TimeBank); Friday, July 20, 1998 (AQUAINT). All types add two years.
    expect(figures.dateTime.counts.gold).toBe(4);
    expect(figures.all.counts.gold).toBe(5);
    // Four plain expressions a news reader finds: the figures are there and high.
    expect(printed).toMatch(/DATE and TIME expressions/);
    expect(figures.dateTime.relaxed.f1).toBeGreaterThanOrEqual(0.85);
    expect(figures.dateTime.value.f1).toBeGreaterThanOrEqual(0.75);
    // The DCT is the publication date the pipeline reads, so no document warns about it.
    expect(figures.warnings.filter((w: string) => /publication date/.test(w))).toEqual([]);
    expect(figures.perDocument.map((d: { published: string }) => d.published?.slice(0, 10))).toEqual(['1998-08-07', '1998-01-08']);
  });

  it('refuses two different documents with one DOCID', async () => {
    const root = await corpus();
    await writeFile(join(root, 'copy', 'XYZ19980108.1830.0001.tml'), timebank.replace('new pier', 'old pier'));
    const { code, errors } = await run([root, '--misses', join(root, 'misses.txt')]);
    expect(code).toBe(1);
    expect(errors).toMatch(/same DOCID "XYZ19980108\.1830\.0001" but different content/);
  });
});
