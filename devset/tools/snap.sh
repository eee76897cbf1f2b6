#!/bin/bash
# usage: devset/tools/snap.sh OUTDIR — runs the pipeline on every judged set from the repository it is in and keeps,
# per set, the events (<set>.events.json, and <set>-events.json for devset/pairs/pairs.py, the web sample as t17s),
# the printed figures (<set>.txt), the events to judge and the missed gold happenings. CORPUS: the folder holding
# timeline17/ and tbaq/ (default ../shared/dev-corpus). Sets 3, 4, 5 and 6 are held out: read their totals only.
set -eu
O=$(realpath -m "$1"); mkdir -p "$O"
cd "$(dirname "$0")/../.."
C=$(realpath "${CORPUS:-../shared/dev-corpus}")
run() { # set corpus documents judgments gold
  rm -rf .tmp/judged
  npx tsx scripts/judged-set.ts "$2" "$3" "$4" "$5" > "$O/$1.txt" 2>&1
  cp .tmp/judged/events.json "$O/$1.events.json"
  for f in to-judge missed; do [ -f ".tmp/judged/$f.json" ] && cp ".tmp/judged/$f.json" "$O/$1.$f.json"; done
  ln -sf "$1.events.json" "$O/$([ "$1" = web ] && echo t17s || echo "$1")-events.json"
}
run set2 "$C/tbaq" devset/tbaq-judged/documents.txt devset/tbaq-judged/judgments.json devset/tbaq-judged/gold
run set3 "$C/tbaq" devset/tbaq-set3/documents.txt devset/tbaq-set3/judgments.json devset/tbaq-set3/gold
run set4 "$C/tbaq" devset/tbaq-set4/documents.txt devset/tbaq-set4/judgments.json devset/tbaq-set4/gold
run open "$C/tbaq" devset/tbaq-open/documents.txt devset/tbaq-open/judgments.json .tmp/nogold
run set5 "$C/timeline17" devset/timeline17-set5/documents.txt devset/timeline17-set5/judgments.json devset/timeline17-set5/gold
run web "$C/timeline17" devset/timeline17-web/documents.txt devset/timeline17-web/judgments.json .tmp/nogold
run web2 "$C/timeline17" devset/timeline17-web2/documents.txt devset/timeline17-web2/judgments.json .tmp/nogold
run web3 "$C/timeline17" devset/timeline17-web3/documents.txt devset/timeline17-web3/judgments.json .tmp/nogold
run web4 "$C/timeline17" devset/timeline17-web4/documents.txt devset/timeline17-web4/judgments.json .tmp/nogold
run web5 "$C/timeline17" devset/timeline17-web5/documents.txt devset/timeline17-web5/judgments.json devset/timeline17-web5/gold
run web6 "$C/timeline17" devset/timeline17-web6/documents.txt devset/timeline17-web6/judgments.json devset/timeline17-web6/gold
run set6 "$C/timeline17" devset/timeline17-set6/documents.txt devset/timeline17-set6/judgments.json .tmp/nogold
rm -rf .tmp/judged
npx tsx src/eval/main.ts --devset devset/timeline17 --corpus "$C/timeline17" --json "$O/devset.json" > "$O/devset.txt" 2>&1
[ -f .tmp/devset/headlines-to-judge.json ] && cp .tmp/devset/headlines-to-judge.json "$O/devset.to-judge.json"
echo "$O"
