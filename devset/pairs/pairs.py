#!/usr/bin/env python3
# usage: CORPUS=../shared/dev-corpus pairs.py BEFORE_DIR AFTER_DIR OUTDIR [sets...] — blind pairs for one judge: every
# event changed between two runs (same article+quote with another title/date/status, or same title+date shown from another
# source) as versions A and B in random order. BEFORE_DIR and AFTER_DIR hold <set>-events.json, each a copy of
# .tmp/judged/events.json from scripts/judged-set.ts on that set. Prints counts per set only (held-out items are not shown).
import json, random, sys, glob, os
b, a, out = sys.argv[1:4]; sets = sys.argv[4:] or ['t17s', 'web2', 'web3', 'web4', 'web5', 'web6', 'open', 'set2', 'set3', 'set4', 'set5', 'set6']
CORPUS = os.environ.get('CORPUS', '../shared/dev-corpus')
T17 = f'{CORPUS}/timeline17'
def tml(doc):
    g = glob.glob(f'{CORPUS}/tbaq/*/{doc}.tml'); return g[0] if g else None
def text(s, art): return f"{T17}/{art.split('~')[0]}/articles/{art.split('~')[1]}.txt" if s in ('t17s', 'web2', 'web3', 'web4', 'web5', 'web6', 'set5', 'set6') else tml(art)
def key(e): return (e['article'], e['title'], e['date']['start'], e.get('status', ''))
def show(e): return {'article': e['article'], 'title': e['title'], 'date': e['date'], 'status': e.get('status', 'happened'), 'quote': e['quote']}
rng = random.Random(1414); items = []
for s in sets:
    B = json.load(open(f'{b}/{s}-events.json')); A = json.load(open(f'{a}/{s}-events.json'))
    kb = {key(e) for e in B}; ka = {key(e) for e in A}
    gone = [e for e in B if key(e) not in ka]; new = [e for e in A if key(e) not in kb]
    used = set(); n = 0
    for e in gone:
        m = next((i for i, f in enumerate(new) if i not in used and ((f['article'], f['quote']) == (e['article'], e['quote']) or (f['title'], f['date']['start']) == (e['title'], e['date']['start']))), None)
        if m is None: continue
        used.add(m); f = new[m]; flip = rng.random() < 0.5
        items.append({'set': s, 'before': key(e), 'after': key(f), 'A': show(f if flip else e), 'B': show(e if flip else f), 'afterIs': 'A' if flip else 'B',
                      'textA': text(s, (f if flip else e)['article']), 'textB': text(s, (e if flip else f)['article'])}); n += 1
    print(s, 'pairs', n, 'removed', len(gone) - n, 'added', len(new) - len(used))
for i, it in enumerate(items): it['id'] = i
os.makedirs(out, exist_ok=True)
json.dump(items, open(f'{out}/all-pairs.json', 'w'), indent=1, ensure_ascii=False)
json.dump([{k: v for k, v in it.items() if k not in ('before', 'after', 'afterIs')} for it in items], open(f'{out}/items.json', 'w'), indent=1, ensure_ascii=False)
