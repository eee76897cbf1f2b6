#!/usr/bin/env python3
"""diff.py BEFORE AFTER [--held]: what changed between two snapshots on the open sets (set2, open, web, web2, web3, web4, web5, web6),
event by event, with the before-version's judgment; held-out sets: counts only (never content)."""
import sys, os, collections
sys.path.insert(0, os.path.dirname(__file__))
from lib import *
B, A = sys.argv[1], sys.argv[2]
def tag(J, e):
    j, how = J.get(e)
    if not j: return '[unjudged]'
    return f"[{'RIGHT' if right(j) else 'WRONG'} h{j['headline']} {j.get('cause') or ''}{'/'+j['fault'] if j.get('fault') else ''}{' loose' if how=='loose' else ''}]"
def show(e):
    d = e['date']; ds = d['start'] + ('' if d['end'] == d['start'] else '..' + d['end'])
    return f"{ds} {d['precision']} {e.get('status','happened')} | {e['title']}"
for s in HELD:
    b, a = events(B, s), events(A, s)
    kb = collections.Counter(ekey(e) for e in b); ka = collections.Counter(ekey(e) for e in a)
    print(f'{s} (held out): {len(b)} -> {len(a)} events; {sum((kb-ka).values())} gone, {sum((ka-kb).values())} new (counts only)')
for s in OPEN:
    J = Judge(s)
    b, a = events(B, s), events(A, s)
    kb = {ekey(e) for e in b}; ka = {ekey(e) for e in a}
    gone = [e for e in b if ekey(e) not in ka]; new = [e for e in a if ekey(e) not in kb]
    newq = collections.defaultdict(list)
    for e in new: newq[qkey(e)].append(e)
    print(f'\n##### {s}: {len(b)} -> {len(a)} events; {len(gone)} gone or changed, {len(new)} new or changed')
    c = collections.Counter()
    for e in gone:
        t = tag(J, e); c['RIGHT' in t and 'before right' or 'WRONG' in t and 'before wrong' or 'before unjudged'] += 1
        after = newq.pop(qkey(e), None)
        print(f"- {e['article']} {t}\n    was: {show(e)}")
        if after:
            for x in after: print(f"    now: {show(x)}")
        else: print('    now: (dropped)')
        print(f"    quote: {e.get('quote','')[:220]}")
    for q, xs in newq.items():
        for x in xs:
            print(f"+ {x['article']} {tag(J, x)}\n    new: {show(x)}\n    quote: {x.get('quote','')[:220]}")
    print(f'  summary {s}: {dict(c)}; added without a before: {sum(len(v) for v in newq.values())}')
