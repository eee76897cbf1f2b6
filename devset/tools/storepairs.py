#!/usr/bin/env python3
"""storepairs.py ROOT OUT.json PNAME...: joins ROOT/all-pairs.json with each judge's verdicts (ROOT/<P>.map.json,
ROOT/<P>/<P>.json) into the repo's stored form (pair + verdict + judge)."""
import sys, json
root, out = sys.argv[1], sys.argv[2]; pairs = {p['id']: p for p in json.load(open(f'{root}/all-pairs.json'))}
res = []
for name in sys.argv[3:]:
    ids = json.load(open(f'{root}/{name}.map.json')); vs = json.load(open(f'{root}/{name}/{name}.json'))
    assert len(vs) == len(ids), (name, len(vs), len(ids))
    for v in vs:
        p = dict(pairs[ids[v['id']]]); p.pop('textA', None); p.pop('textB', None)
        p['verdict'] = {'A': {k: v['A'][k] for k in ('dateOk', 'happening', 'headline')}, 'B': {k: v['B'][k] for k in ('dateOk', 'happening', 'headline')}, 'better': v['better'], 'note': v.get('note', '')}
        p['judge'] = name; res.append(p)
res.sort(key=lambda p: p['id'])
json.dump(res, open(out, 'w'), indent=1, ensure_ascii=False)
print(len(res))
