#!/usr/bin/env python3
"""examples.py SNAP OUTDIR: the open web sample's and open pool's judged events in the snapshot, by cause
(wrong events) and by headline fault, one file each, with the judge's note."""
import sys, os, collections
sys.path.insert(0, os.path.dirname(__file__))
from lib import *
snap, out = sys.argv[1], sys.argv[2]; os.makedirs(out, exist_ok=True)
groups = collections.defaultdict(list)
for s in ['web', 'web2', 'web3', 'web4', 'web5', 'web6', 'open', 'set2']:
    J = Judge(s)
    for e in events(snap, s):
        j, how = J.get(e)
        if not j: continue
        d = e['date']
        line = f"{s} {e['article']} | {d['start']}{'' if d['end']==d['start'] else '..'+d['end']} {d['precision']} {e.get('status','happened')}\n  title: {e['title']}\n  quote: {e.get('quote','')[:300]}\n  judge: dateOk={j['dateOk']} happening={j['happening']} headline={j['headline']} {j.get('note') or ''}\n"
        if not right(j): groups['wrong-' + (j.get('cause') or 'uncaused')].append(line)
        elif j['headline'] is not None and j['headline'] < 2 and how == 'exact': groups['headline-' + (j.get('fault') or 'unfaulted')].append(line)
for g, ls in sorted(groups.items()):
    open(os.path.join(out, g + '.txt'), 'w').write(f'# {len(ls)} events\n\n' + '\n'.join(ls))
    print(g, len(ls))
