#!/usr/bin/env python3
"""split.py ALL.json OUTROOT NAME1 NAME2 ...: split items (or pair items without afterIs/before/after) evenly into
OUTROOT/<NAME>/items.json, ids renumbered from 0; OUTROOT/<NAME>.map.json keeps the original ids, outside the judge's folder."""
import sys, json, os
items = json.load(open(sys.argv[1])); root = sys.argv[2]; names = sys.argv[3:]
k = len(names)
for n, name in enumerate(names):
    part = items[n::k]; d = f'{root}/{name}'; os.makedirs(d, exist_ok=True)
    json.dump([it['id'] for it in part], open(f'{root}/{name}.map.json', 'w'))
    shown = []
    for i, it in enumerate(part):
        x = {kk: v for kk, v in it.items() if kk not in ('afterIs', 'before', 'after')}; x['id'] = i; shown.append(x)
    json.dump(shown, open(f'{d}/items.json', 'w'), indent=1, ensure_ascii=False)
    print(name, len(part))
