#!/usr/bin/env python3
"""prep.py SNAP OUTDIR [sets]: every event of the snapshot no judgment covers exactly (web, web2, open, set2, set3,
set4, set5, set6), as judge items with the article path. Writes OUTDIR/all-items.json; split it with split.py."""
import sys, os, json, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *
snap, out = sys.argv[1], sys.argv[2]; sets = sys.argv[3:] or ['set5', 'set6', 'set3', 'set4', 'set2', 'open', 'web', 'web2', 'web3', 'web4', 'web5', 'web6']
C = os.environ.get('CORPUS', '../shared/dev-corpus')
def text(s, art):
    if s in ('web', 'web2', 'web3', 'web4', 'web5', 'web6', 'set5', 'set6'): st, d = art.split('~'); return f'{C}/timeline17/{st}/articles/{d}.txt'
    return glob.glob(f'{C}/tbaq/*/{art}.tml')[0]
items = []
listed = {}  # (set 2's documents are in the open pool too: an event of both is one item, judged once for both)
for s in sets:
    J = Judge(s); n = 0
    for e in events(snap, s):
        if ekey(e) in J.exact: continue
        if ekey(e) in listed:
            listed[ekey(e)].setdefault('alsoIn', []).append(s); continue
        listed[ekey(e)] = item = {'set': s, 'article': e['article'], 'title': e['title'], 'date': e['date'], 'status': e.get('status', 'happened'), 'quote': e.get('quote', ''), 'text': text(s, e['article'])}
        items.append(item); n += 1
    print(s, n)
os.makedirs(out, exist_ok=True)
for i, it in enumerate(items): it['id'] = i
json.dump(items, open(f'{out}/all-items.json', 'w'), indent=1, ensure_ascii=False)
