#!/usr/bin/env python3
# usage: pairscore.py session14-p41.json [...] — per set: how often the new or the old version was preferred, how many
# of each were judged right (date right and a real happening), and their headline sums. Totals only.
import json, sys
from collections import defaultdict
T = defaultdict(lambda: defaultdict(int))
for f in sys.argv[1:]:
    for p in json.load(open(f)):
        v = p['verdict']; new = p['afterIs']; old = 'B' if new == 'A' else 'A'; t = T[p['set']]
        ok = lambda x: bool(x['dateOk'] and x['happening'])
        t['pairs'] += 1; t['new preferred'] += v['better'] == new; t['old preferred'] += v['better'] == old; t['same'] += v['better'] == 'same'
        t['right old'] += ok(v[old]); t['right new'] += ok(v[new]); t['headline old'] += v[old]['headline']; t['headline new'] += v[new]['headline']
for s, t in T.items(): print(s, dict(t))
