# python3 devset/timeline17-set5/choose.py <timeline17 folder>  (run from the repository's root)
# Prints the chosen files with their word counts and writes devset/timeline17-set5/documents.txt.
import hashlib, os, sys
C=sys.argv[1] if len(sys.argv) > 1 else '../shared/dev-corpus/timeline17'
HERE=os.path.dirname(os.path.abspath(__file__))
SEED='set5'
plan=[('bpoil_guardian',4),('bpoil_foxnews',3),('bpoil_washingtonpost',3),('H1N1_guardian',3),('haiti_bbc',1),('MJ_bbc',1),('Finan_washingtonpost',1)]
chosen=[];texts=set()
for story,n in plan:
    ex=set()
    d=os.path.join(HERE,'..','timeline17',story)
    if os.path.isdir(d): ex={f[:-5]+'.txt' for f in os.listdir(d)}
    files=sorted(os.listdir(f'{C}/{story}/articles'))
    files.sort(key=lambda f: hashlib.sha256(f'{SEED}:{story}/{f}'.encode()).hexdigest())
    got=0
    for f in files:
        if got==n: break
        if f in ex: continue
        t=open(f'{C}/{story}/articles/{f}').read()
        body=t.split('\n',1)[1] if t.startswith('Published:') else t
        w=len(body.split())
        if w<150 or w>1200: continue
        key=' '.join(body.split())
        if key in texts: continue
        texts.add(key); chosen.append(f'{story}/articles/{f}'); got+=1
        print(story,f,w)
open(os.path.join(HERE,'documents.txt'),'w').write('\n'.join(chosen)+'\n')
