#!/bin/bash
# Ingests FILES (in the order given) with BINARY into a new data directory under OUTDIR, and dumps
# what was decided, timestamps taken out and JSON keys sorted: claims, matches, alerts, clusters,
# articles (with removed lines) as TSV, and both alert logs. Run it with two binaries (a build of
# an earlier commit in a `git worktree`, and this one) on the same files and `cmp` the outputs
# file by file, to show that a change decides the same.
# usage: compare-decisions.sh BINARY OUTDIR FILES...
B=$1; O=$2; shift 2
rm -rf $O; mkdir -p $O/data
printf '[paths]\ndata = "%s/data"\n' $O > $O/c.toml
$B ingest --config $O/c.toml "$@" > $O/ingest.out 2>&1
python3 - $O <<'PY'
import sqlite3, sys, json, re
o=sys.argv[1]; db=sqlite3.connect(o+'/data/claimwatch.sqlite')
def norm(j):
    try: return json.dumps(json.loads(j), sort_keys=True)
    except Exception: return j
def dump(name, sql, jsoncols=()):
    cur=db.execute(sql); cols=[d[0] for d in cur.description]
    with open(f'{o}/{name}.tsv','w') as f:
        for row in cur:
            f.write('\t'.join(str(norm(v) if c in jsoncols and v else v) for c,v in zip(cols,row))+'\n')
dump('claims','SELECT id,article_id,outlet,sentence_index,text,speaker,cue,quantities,cluster_id,quote,content,speaker_role,dates,entities,polarity,modality,checkworthiness FROM claims ORDER BY id',('quantities','dates','entities'))
dump('matches','SELECT claim_id,matched_claim_id,kind,score,reasons,conflict FROM matches ORDER BY claim_id,matched_claim_id,kind',('reasons','conflict'))
dump('alerts','SELECT id,kind,outlet,claim_id,cluster_id,line FROM alerts ORDER BY id')
dump('articles','SELECT id,outlet,title,language,claims_note,removed FROM articles ORDER BY id',('removed',))
dump('clusters','SELECT cluster_id,COUNT(*),COUNT(DISTINCT outlet) FROM claims GROUP BY cluster_id ORDER BY cluster_id')
t=re.compile(r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ')
for name in ('alerts',):
    p=f'{o}/{name}.tsv'; text=open(p).read(); open(p,'w').write(t.sub('T',text))
for log in ('alerts.jsonl','alerts.log'):
    s=open(f'{o}/data/{log}').read()
    if log.endswith('jsonl'): s='\n'.join(norm(l) for l in s.splitlines())+'\n'
    open(f'{o}/{log}.norm','w').write(t.sub('T',s))
PY
for f in claims matches alerts clusters articles; do printf "%s %s; " $f $(wc -l < $O/$f.tsv); done; echo
