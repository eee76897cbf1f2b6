#!/usr/bin/env python3
"""draw.py SEED N OUT EXCLUDED...: N Timeline17 articles per story drawn in the order of sha256("SEED:<story>/<file>"),
skipping every article listed in an EXCLUDED documents.txt, every article the development set annotates
(../timeline17/<story>/<stem>.json) and an exact duplicate (whitespace-normalised) of a body already drawn. Writes
OUT (one path under the Timeline17 folder per line) and prints only counts, so a held-out draw shows no article."""
import sys, os, hashlib, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import REPO
seed, n, out, excluded = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]
C = os.environ.get('CORPUS', os.path.join(REPO, '../shared/dev-corpus'))
skip = set()
for f in excluded:
    skip |= {l.strip() for l in open(f) if l.strip()}
bodies, chosen = set(), []
for story in sorted(os.listdir(f'{C}/timeline17')):
    files = sorted(os.listdir(f'{C}/timeline17/{story}/articles'), key=lambda f: hashlib.sha256(f'{seed}:{story}/{f}'.encode()).hexdigest())
    took = 0
    for f in files:
        path = f'{story}/articles/{f}'
        if took == n: break
        if path in skip or os.path.exists(f'{REPO}/devset/timeline17/{story}/{f[:-4]}.json'): continue
        body = ' '.join(open(f'{C}/timeline17/{path}').read().split())
        if body in bodies: continue
        bodies.add(body); chosen.append(path); took += 1
    print(story, took)
open(out, 'w').write(''.join(p + '\n' for p in chosen))
print(len(chosen), 'articles written to', out)
