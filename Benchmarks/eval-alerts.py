#!/usr/bin/env python3
"""Alerts on real news, judged (issue 16): `make eval-alerts`.

Runs the real binary's pipeline (`claimwatch ingest`, the shipped config with its own data
directory) over one part of polnear-train (840 real articles of 7 US outlets) in publication
order, then reports:

- alerts raised by kind, per 1,000 articles;
- precision of each kind on a sample: the first N alerts of the kind in the order of a hash of the
  two claims' texts (a random sample that does not change with the run), judged by the labels in
  LABELS (a pair is labelled repeat, contradiction or neither by a reader who saw the two texts and
  the conventions in CONVENTIONS.md beside it, never the system's decision);
- false alerts per 1,000 articles, estimated as raised x (1 - sample precision) per kind;
- recall on quotations shared verbatim by two outlets: pairs of claims of different outlets whose
  quotations, normalised, are the same and have at least 10 words; found when both claims are in
  one cluster.

Sample alerts without a label are written to --to-label (one JSON object per line: the key, the
two texts, their outlets and article files; no kind, no score, no reasons) for a reader to label.

ECB+ (--ecbplus DIR): every document in publication order; alerts counted by what the two
documents are: the same seminal event, a syndicated copy, the topic's other seminal event (a hard
negative: none of those may be a repeat or a contradiction), or another topic.

usage: eval-alerts.py --binary B --polnear DIR --heldout FILE --part tuning|held-out|all
                      --config claimwatch.toml --labels LABELS.tsv --out DIR [--sample N]
                      [--to-label FILE]
       eval-alerts.py --binary B --ecbplus DIR --config claimwatch.toml --out DIR [--labels L] [--to-label FILE]
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time

OUTLETS = {
    "breitbart": "Breitbart", "huff-post": "HuffPost", "nyt": "The New York Times", "politico": "Politico",
    "usa-today": "USA Today", "wash-post": "The Washington Post", "west-journal": "Western Journal",
}
LABELS = ("repeat", "contradiction", "neither")


def metadata(polnear):
    rows = [line.rstrip("\n").split("\t") for line in open(os.path.join(polnear, "metadata.tsv"), encoding="utf-8")]
    header = rows[0]
    col = {name: header.index(name) for name in ("filename", "publisher", "publication_date", "title")}
    return [{k: (r[i] if i < len(r) else "") for k, i in col.items()} for r in rows[1:] if len(r) > col["publisher"]]


def article_file(info, polnear):
    """The file the daemon reads: the header eval-speakers writes (Title, Source, Published), then
    the text after its first line (the headline)."""
    text = open(os.path.join(polnear, "text", info["filename"] + ".txt"), encoding="utf-8").read()
    body = text.split("\n", 1)[1] if "\n" in text else text
    header = ""
    title = info["title"].replace("\n", " ")
    if title:
        header += f"Title: {title}\n"
    header += f"Source: {OUTLETS.get(info['publisher'], info['publisher'])}\n"
    if info["publication_date"]:
        header += f"Published: {info['publication_date']}\n"
    return header + "\n" + body


def run_config(shipped, data):
    """The shipped config with its [paths] section replaced by one data directory."""
    out, skipping = [f'[paths]\ndata = "{data}"\n\n'], False
    for line in open(shipped, encoding="utf-8"):
        if line.startswith("["):
            skipping = line.strip() == "[paths]"
        if not skipping:
            out.append(line)
    return "".join(out)


def pair_key(earlier, later):
    return hashlib.sha256((earlier + "\x1f" + later).encode()).hexdigest()[:16]


def read_labels(path):
    labels = {}
    if path and os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) >= 2 and fields[1] in LABELS:
                labels[fields[0]] = fields[1]
    return labels


WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def quote_words(text):
    return WORD.findall(text.lower().replace("\u2019", "'").replace("\u2018", "'"))


def ecbplus(a):
    """ECB+: every document in publication order (undated ones first, by name), each unknown source
    its own outlet; alerts split by what the two documents are: the same seminal event (same topic
    and subtopic), the other seminal event of the topic (a hard negative: the same kind of event,
    another event), another topic, or a syndicated copy (near_duplicates.csv)."""
    import csv
    docs = {r["doc"]: r for r in csv.DictReader(open(os.path.join(a.ecbplus, "docs.csv"), encoding="utf-8"))}
    copies = {frozenset((r["doc_a"], r["doc_b"])) for r in csv.DictReader(open(os.path.join(a.ecbplus, "near_duplicates.csv"), encoding="utf-8"))}
    order = sorted(docs.values(), key=lambda d: (d["published"] or "0000", d["doc"]))
    shutil.rmtree(a.out, ignore_errors=True)
    os.makedirs(os.path.join(a.out, "articles"))
    files, doc_of = [], {}
    for n, d in enumerate(order):
        text = open(os.path.join(a.ecbplus, "docs", d["doc"] + ".txt"), encoding="utf-8").read()
        if d["source"] == "unknown":
            text = text.replace("Source: unknown\n", f"Source: unknown-{d['doc']}\n", 1)
        path = os.path.join(a.out, "articles", f"{n:04d}_{d['doc']}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        files.append(path)
        doc_of[path] = d["doc"]
    data, seconds = ingest(a, files)
    db = sqlite3.connect(os.path.join(data, "claimwatch.sqlite"))
    path_of = {cid: p for cid, p in db.execute("SELECT claims.id, articles.path FROM claims JOIN articles ON articles.id = claims.article_id")}
    claims = db.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
    alerts = [json.loads(line) for line in open(os.path.join(data, "alerts.jsonl"), encoding="utf-8")]
    print(f"ECB+: {len(files)} documents in publication order, {claims} claims, ingested in {seconds:.1f} s")
    counts, same_event_repeats, hard_alerts = {}, [], []
    for al in alerts:
        x, y = docs[doc_of[al["article"]["path"]]], docs[doc_of[path_of[al["matched"]["claim_id"]]]]
        if frozenset((x["doc"], y["doc"])) in copies:
            relation = "syndicated copy"
        elif x["topic"] != y["topic"]:
            relation = "another topic"
        elif x["subtopic"] != y["subtopic"]:
            relation = "other seminal event (hard negative)"
            hard_alerts.append((pair_key(al["matched"]["text"], al["claim"]["text"]), al))
        else:
            relation = "same seminal event"
            if al["kind"] == "repeat":
                same_event_repeats.append((pair_key(al["matched"]["text"], al["claim"]["text"]), al))
        counts[(relation, al["kind"])] = counts.get((relation, al["kind"]), 0) + 1
    print(f"{'document pair':40}{'repeat':>8}{'contradiction':>15}")
    for relation in ("same seminal event", "syndicated copy", "other seminal event (hard negative)", "another topic"):
        print(f"{relation:40}{counts.get((relation, 'repeat'), 0):>8}{counts.get((relation, 'contradiction'), 0):>15}")
    hard = counts.get(("other seminal event (hard negative)", "repeat"), 0) + counts.get(("other seminal event (hard negative)", "contradiction"), 0)
    print(f"alerts on hard negatives: {hard} of {len(alerts)} alerts ({hard / max(1, len(alerts)):.3f}), {hard * 1000 / len(files):.1f} per 1,000 documents")
    # Repeats between documents of one seminal event, judged on a sample (the same hash order).
    labels = read_labels(a.labels)
    sample = sorted(same_event_repeats, key=lambda x: x[0])[: a.sample]
    judged = [k for k, _ in sample if k in labels]
    true = sum(1 for k in judged if labels[k] == "repeat")
    precision = f"{true / len(judged):.3f}" if judged else "-"
    print(f"same-event repeats: sample {len(sample)}, labelled {len(judged)}, true {true}, precision {precision} (labels: {a.labels})")
    # Every hard-negative alert read: two events of one kind can share a background fact ("Indonesia
    # sits on the Pacific Ring of Fire"), which a reader labels a repeat; the rest are false.
    judged_hard = [(k, al) for k, al in hard_alerts if k in labels]
    right = sum(1 for k, al in judged_hard if labels[k] == al["kind"])
    print(f"hard-negative alerts read: {len(judged_hard)} of {len(hard_alerts)} labelled, {right} the same proposition in both "
          f"documents (a fact both events share), {len(judged_hard) - right} false: "
          f"{len(judged_hard) - right} false of {len(alerts)} alerts ({(len(judged_hard) - right) / max(1, len(alerts)):.3f})")
    if a.to_label:
        with open(a.to_label, "w", encoding="utf-8") as f:
            for k, al in [x for x in sample if x[0] not in labels] + [x for x in hard_alerts if x[0] not in labels]:
                f.write(json.dumps({
                    "key": k,
                    "earlier": {"text": al["matched"]["text"], "outlet": al["matched"]["outlet"], "article": path_of[al["matched"]["claim_id"]]},
                    "later": {"text": al["claim"]["text"], "outlet": al["outlet"], "article": al["article"]["path"]},
                }) + "\n")


def ingest(a, files):
    data = os.path.join(a.out, "data")
    config = os.path.join(a.out, "claimwatch.toml")
    with open(config, "w", encoding="utf-8") as f:
        f.write(run_config(a.config, data))
    start = time.monotonic()
    ingest = subprocess.run([a.binary, "ingest", "--config", config] + files, capture_output=True, text=True)
    seconds = time.monotonic() - start
    with open(os.path.join(a.out, "ingest.out"), "w", encoding="utf-8") as f:
        f.write(ingest.stdout + ingest.stderr)
    if ingest.returncode != 0:
        sys.exit(f"eval-alerts: ingest exited {ingest.returncode}; see {a.out}/ingest.out")
    return data, seconds


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--polnear")
    ap.add_argument("--heldout")
    ap.add_argument("--part", choices=("tuning", "held-out", "all"))
    ap.add_argument("--ecbplus", help="run ECB+ (this folder) instead of polnear-train")
    ap.add_argument("--config", required=True)
    ap.add_argument("--labels")
    ap.add_argument("--out", required=True)
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--to-label")
    a = ap.parse_args()
    if a.ecbplus:
        return ecbplus(a)
    if not (a.polnear and a.heldout and a.part):
        ap.error("--polnear, --heldout and --part are needed (or --ecbplus)")

    held = {line.strip() for line in open(a.heldout, encoding="utf-8") if line.strip() and not line.startswith("#")}
    infos = [i for i in metadata(a.polnear) if a.part == "all" or (i["filename"] in held) == (a.part == "held-out")]
    infos.sort(key=lambda i: (i["publication_date"], i["filename"]))

    shutil.rmtree(a.out, ignore_errors=True)
    os.makedirs(os.path.join(a.out, "articles"))
    files = []
    for n, info in enumerate(infos):
        path = os.path.join(a.out, "articles", f"{n:04d}_{info['filename']}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(article_file(info, a.polnear))
        files.append(path)
    data, seconds = ingest(a, files)

    db = sqlite3.connect(os.path.join(data, "claimwatch.sqlite"))
    article_of = {cid: path for cid, path in db.execute("SELECT claims.id, articles.path FROM claims JOIN articles ON articles.id = claims.article_id")}
    claims = db.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
    alerts = [json.loads(line) for line in open(os.path.join(data, "alerts.jsonl"), encoding="utf-8")]
    labels = read_labels(a.labels)

    print(f"polnear-train, {a.part} part: {len(infos)} articles in publication order, {claims} claims, "
          f"ingested in {seconds:.1f} s ({len(infos) / seconds:.1f} articles/s); labels: {a.labels} ({len(labels)} pairs)")
    print(f"{'kind':15}{'raised':>8}{'per 1,000 articles':>20}{'sample':>8}{'labelled':>10}{'true':>6}{'precision':>11}{'false per 1,000':>17}")
    to_label, false_total = [], 0.0
    for kind in ("repeat", "contradiction"):
        of_kind = []
        for alert in alerts:
            if alert["kind"] != kind:
                continue
            earlier, later = alert["matched"]["text"], alert["claim"]["text"]
            of_kind.append((pair_key(earlier, later), alert))
        of_kind.sort(key=lambda x: x[0])
        sample = of_kind[: a.sample]
        judged = [(k, al) for k, al in sample if k in labels]
        true = sum(1 for k, _ in judged if labels[k] == kind)
        precision = true / len(judged) if judged else None
        # None raised: none false. Raised but none labelled: unknown.
        false = 0.0 if not of_kind else len(of_kind) * (1 - precision) if precision is not None else float("nan")
        false_total += false
        per = len(of_kind) * 1000 / len(infos)
        p = f"{precision:.3f}" if precision is not None else "-"
        print(f"{kind:15}{len(of_kind):>8}{per:>20.1f}{len(sample):>8}{len(judged):>10}{true:>6}{p:>11}{false * 1000 / len(infos):>17.1f}")
        for k, al in sample:
            if k not in labels:
                to_label.append({
                    "key": k,
                    "earlier": {"text": al["matched"]["text"], "outlet": al["matched"]["outlet"],
                                "article": article_of.get(al["matched"]["claim_id"], "")},
                    "later": {"text": al["claim"]["text"], "outlet": al["outlet"], "article": al["article"].get("path", "")},
                })
    print(f"false alerts per 1,000 articles (estimated from the samples): {false_total * 1000 / len(infos):.1f}")

    # Quotations shared verbatim (normalised, >= 10 words) by claims of different outlets.
    groups = {}
    for cid, outlet, quote, cluster in db.execute("SELECT id, outlet, quote, cluster_id FROM claims WHERE quote IS NOT NULL ORDER BY id"):
        words = quote_words(quote)
        if len(words) >= 10:
            groups.setdefault(" ".join(words), []).append((cid, outlet, cluster))
    pairs = found = 0
    for members in groups.values():
        for i, (_, oa, ca) in enumerate(members):
            for (_, ob, cb) in members[i + 1:]:
                if oa != ob:
                    pairs += 1
                    found += ca == cb
    recall = f"{found / pairs:.3f}" if pairs else "-"
    print(f"quotations of >= 10 words shared verbatim by two outlets: {pairs} pairs, {found} in one cluster (recall {recall})")

    if a.to_label:
        with open(a.to_label, "w", encoding="utf-8") as f:
            for item in to_label:
                f.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(f"{len(to_label)} sample alerts have no label: written to {a.to_label}")


if __name__ == "__main__":
    main()
