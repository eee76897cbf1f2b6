#!/usr/bin/env python3
"""apply.py ROOT JNAME...: ROOT holds all-items.json, <J>.map.json and <J>/<J>.json; appends each verdict to
devset/<set>/judgments.json (replacing a judgment of the same key)."""
import sys, json, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import JUDG, REPO, jkey
root = sys.argv[1]; items = {it['id']: it for it in json.load(open(f'{root}/all-items.json'))}
add = {}
for name in sys.argv[2:]:
    ids = json.load(open(f'{root}/{name}.map.json')); vs = json.load(open(f'{root}/{name}/{name}.json'))
    assert len(vs) == len(ids), (name, len(vs), len(ids))
    for v in vs:
        it = items[ids[v['id']]]
        j = {'article': it['article'], 'title': it['title'], 'date': it['date']['start']}
        if it['status'] == 'planned': j['status'] = 'planned'
        j.update({'dateOk': bool(v['dateOk']), 'happening': bool(v['happening']), 'headline': int(v['headline']), 'judge': name,
                  'note': v.get('note') or '', 'quote': it['quote'][:160]})
        if v.get('cause'): j['cause'] = v['cause']
        if v.get('fault'): j['fault'] = v['fault']
        for s in [it['set'], *it.get('alsoIn', [])]: add.setdefault(s, []).append(j)
for s, js in add.items():
    f = f'{REPO}/devset/{JUDG[s]}/judgments.json'; old = json.load(open(f))
    keys = {jkey(j) for j in js}
    kept = [j for j in old if jkey(j) not in keys]
    json.dump(kept + js, open(f, 'w'), indent=2, ensure_ascii=False); open(f, 'a').write('\n')
    print(s, 'added', len(js), 'replaced', len(old) - len(kept))
