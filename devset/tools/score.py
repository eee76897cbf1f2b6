#!/usr/bin/env python3
"""score.py SNAP...: one line per snapshot: each set's precision (exact judgments as judged-set prints),
the loose precision (quote+date fallback) for open/web, headline means, held-out recall, devset figures."""
import sys, re, os
sys.path.insert(0, os.path.dirname(__file__))
from lib import *
def grab(path, pat):
    t = open(path).read() if os.path.exists(path) else ''
    m = re.search(pat, t, re.M)
    return m.group(1) if m else '-'
for snap in sys.argv[1:]:
    print('==', snap)
    for s in ['set5', 'set6', 'set3', 'set4', 'set2', 'open', 'web', 'web2', 'web3', 'web4', 'web5', 'web6']:
        f = os.path.join(snap, s + '.txt')
        p = grab(f, r'^precision\s+(.*?) judged'); h = grab(f, r'^headline\s+(\S+)')
        rr = re.search(r'^recall\s+\d+/\d+ \((\S+)\).*?; \d+/\d+ \((\S+)\)', open(f).read() if os.path.exists(f) else '', re.M)
        extra = ''
        if s in ('open', 'web', 'web2', 'web3', 'web4', 'web5', 'web6'):
            J = Judge(s); ev = events(snap, s); n = ok = 0
            for e in ev:
                j, how = J.get(e)
                if j: n += 1; ok += right(j)
            extra = f' loose {ok}/{n} {100*ok/max(n,1):.1f}% of {len(ev)}'
        print(f'{s:5} prec {p + ")":23} head {h:5} recall {rr.group(1)+" / "+rr.group(2) if rr else "-":16}{extra}')
    d = os.path.join(snap, 'devset.txt')
    print('devset', grab(d, r'^precision.*?(\d+\.\d+%\s+\d+/\d+)'), '| recall', grab(d, r'^recall \(gold.*?(\d+\.\d+%\s+\d+/\d+)'), '| headline', grab(d, r'^headline score \(0-2\)\s+(\S+)'), '|', grab(d, r'^(merges:.*)'))
