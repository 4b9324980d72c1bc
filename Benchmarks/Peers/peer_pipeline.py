#!/usr/bin/env python3
"""The Python peer of claimwatch for `make bench`: the same job, built from the libraries a user
would reach for instead.

Per article file, in name order: read it (.txt/.md with an optional header block, .html through
trafilatura), split sentences with pysbd, keep the claims (a quotation, an attribution cue or a
number; speaker and numbers by regex), store article and claims in SQLite (WAL, one transaction per
article), look each claim up in a datasketch MinHashLSH index of every earlier claim, score the
candidates from other outlets by their MinHash Jaccard estimate, decide repeat or contradiction,
and record the matches and alerts in SQLite.

    peer_pipeline.py --corpus DIR [--prefill FILE] [--db PATH] [--limit N] [--outlet NAME] [--json]
    peer_pipeline.py --corpus DIR --emit-claims FILE      # extraction only: claims as prefill lines

The prefill file is JSON Lines, one earlier claim per line:
    {"outlet": "Atlas News", "text": "15 people were killed, Mehta said.", "speaker": "Mehta"}
("speaker" optional). Prefill claims go into SQLite and the LSH index before the clock starts.
"""

import argparse
import json
import os
import re
import resource
import sqlite3
import sys
import time

import numpy as np
import pysbd
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
LSH_THRESHOLD = 0.4      # the LSH's design threshold: candidates are likely above this Jaccard
REPEAT_MIN = 0.5         # Jaccard estimate for a repeat (numbers compatible, same polarity)
CONTRADICTION_MIN = 0.4  # Jaccard estimate for a contradiction (numbers conflict or polarity differs)
MAX_CANDIDATES = 10      # scored candidates kept per claim (the best by estimate)

TEXT_EXTENSIONS = {".txt", ".md", ".markdown", ".text"}
HTML_EXTENSIONS = {".html", ".htm"}
HEADER_KEYS = {
    "title", "source", "outlet", "publisher", "site", "url", "link", "published", "date", "author",
    "byline", "language", "lang", "charset", "encoding",
}

CUES = (
    r"said|says|say|told|tells|according to|announced|announces|denied|denies|deny|confirmed|confirms|"
    r"claimed|claims|stated|states|added|adds|reported|reports|warned|warns|insisted|insists|argued|"
    r"argues|estimated|estimates|predicted|wrote|explained|noted|alleged|alleges|accused|admitted|"
    r"acknowledged|revealed|disclosed|testified|commented|declared|stressed|suggested"
)
CUE_RE = re.compile(r"\b(?:%s)\b" % CUES, re.IGNORECASE)
QUOTE_RE = re.compile(r"[\"“”«»]|(?:^|\s)'[^']{8,}'")
NUMBER_RE = re.compile(r"(?<![\w.])[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\w)|(?<![\w.])\d+(?:\.\d+)?(?=%|bn|m\b|k\b)")
NAME = r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*"
SPEAKER_BEFORE_RE = re.compile(r"(%s)\s+(?:has\s+|had\s+|have\s+)?(?:%s)\b" % (NAME, CUES))
SPEAKER_AFTER_RE = re.compile(r"\b(?:said|says|told|added|stated|wrote|explained|noted)\s+(%s)" % NAME)
ACCORDING_RE = re.compile(r"\baccording to\s+((?:the\s+)?[^,.;:]{2,60})", re.IGNORECASE)
# "…, the civil protection agency said": a clause opening with an article or a capital, before the cue.
CLAUSE_SPEAKER_RE = re.compile(r"(?:^|,\s*)((?:[Tt]he|[Aa]n?|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,5}?)\s+(?:%s)\b" % CUES)
NOT_SPEAKERS = {"he", "she", "they", "it", "we", "i", "you", "this", "that", "there", "the", "a", "an", "but", "and",
                "in", "on", "as", "at", "if", "when", "while", "officials", "police"}
NEGATION_RE = re.compile(r"\b(?:not|no|never|none|neither|nor|without|denied|denies|deny|rejected|refused)\b|n't\b",
                         re.IGNORECASE)
WORD_RE = re.compile(r"[a-z][a-z'’-]*")
STOPWORDS = frozenset("""
a about above after again against all also am an and any are aren't as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
off on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves upon per via said says say told tells
according announced confirmed claimed stated added reported mr mrs ms dr new one two three four five six seven
eight nine ten first last year years day days week weeks month months monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october november december
""".split())


# ---------------------------------------------------------------- reading

def parse_text(raw):
    """Header block ("Key: value" lines, then a blank line) or YAML-ish front matter, then the body."""
    lines = raw.split("\n")
    fields = {}
    if lines and lines[0].strip() == "---":
        for i, line in enumerate(lines[1:], start=1):
            if line.strip() == "---":
                return fields, "\n".join(lines[i + 1:])
            key, sep, value = line.partition(":")
            if sep:
                fields[key.strip().lower()] = value.strip().strip("\"'")
        return {}, raw
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            return (fields, "\n".join(lines[i + 1:])) if i > 0 else ({}, raw)
        key, sep, value = stripped.partition(":")
        if not sep or key.strip().lower() not in HEADER_KEYS:
            return {}, raw
        fields[key.strip().lower()] = value.strip()
    return {}, raw


def url_host(url):
    m = re.match(r"https?://(?:[^/@]*@)?([^/:?#]+)", url or "")
    if not m:
        return None
    host = m.group(1).lower()
    return host[4:] if host.startswith("www.") else host


def read_article(path, corpus, default_outlet):
    """(outlet, title, url, published, body) or None when there is no text."""
    ext = os.path.splitext(path)[1].lower()
    with open(path, "rb") as f:
        data = f.read()
    html_outlet = None
    if ext in HTML_EXTENSIONS:
        import trafilatura  # imported before the clock when the corpus holds HTML (main)
        doc = trafilatura.bare_extraction(data, with_metadata=True)
        if doc is None or not getattr(doc, "text", None):
            return None
        fields = {"title": doc.title, "url": doc.url, "published": doc.date}
        html_outlet = doc.sitename
        body = doc.text
    else:
        text = data.decode("utf-8", errors="replace")
        fields, body = parse_text(text)
    body = body.strip()
    if not body:
        return None
    # Outlet: the header's Source/Outlet, the page's site name, the URL's host, the outlet
    # subfolder inside the corpus, --outlet, else the file's folder name.
    rel_dir = os.path.dirname(os.path.relpath(path, corpus))
    outlet = (fields.get("source") or fields.get("outlet") or fields.get("publisher") or fields.get("site")
              or html_outlet or url_host(fields.get("url") or fields.get("link"))
              or (os.path.basename(rel_dir) if rel_dir else None)
              or default_outlet or os.path.basename(os.path.dirname(os.path.abspath(path))) or "unknown")
    return outlet, fields.get("title"), fields.get("url"), fields.get("published") or fields.get("date"), body


def list_corpus(corpus):
    files = []
    for root, _dirs, names in os.walk(corpus):
        for name in names:
            ext = os.path.splitext(name)[1].lower()
            if ext in TEXT_EXTENSIONS or ext in HTML_EXTENSIONS:
                files.append(os.path.join(root, name))
    files.sort(key=lambda p: (os.path.basename(p), p))
    return files


# ---------------------------------------------------------------- sentences and claims

SEGMENTER = None


def sentences(body):
    """pysbd on each paragraph (line): headlines and captions without a full stop stay apart."""
    global SEGMENTER
    if SEGMENTER is None:
        SEGMENTER = pysbd.Segmenter(language="en", clean=False)
    out = []
    for para in body.split("\n"):
        para = para.strip()
        if para:
            out.extend(s.strip() for s in SEGMENTER.segment(para) if s.strip())
    return out


def numbers_of(text):
    values = []
    for m in NUMBER_RE.finditer(text):
        token = m.group(0).replace(",", "")
        try:
            value = float(token)
        except ValueError:
            continue
        values.append(int(value) if value.is_integer() else value)
    return sorted(set(values))


def speaker_of(text):
    for regex in (SPEAKER_BEFORE_RE, SPEAKER_AFTER_RE, ACCORDING_RE, CLAUSE_SPEAKER_RE):
        for m in regex.finditer(text):
            name = m.group(1).strip()
            words = name.split()
            # A sentence-initial capital ("Governor Rahul Mehta said") is kept; a bare pronoun is not.
            while words and words[0].lower() in NOT_SPEAKERS and len(words) > 1 and regex is not ACCORDING_RE:
                words = words[1:]
            if words and not (len(words) == 1 and words[0].lower() in NOT_SPEAKERS):
                return " ".join(words)
    return None


def claim_of(sentence):
    """The claim dict for a sentence, or None when it is not one."""
    has_quote = QUOTE_RE.search(sentence) is not None
    has_cue = CUE_RE.search(sentence) is not None
    nums = numbers_of(sentence)
    if not (has_quote or has_cue or nums):
        return None
    return {"text": sentence, "speaker": speaker_of(sentence) if (has_cue or has_quote) else None,
            "numbers": nums, "negated": NEGATION_RE.search(sentence) is not None}


def shingles(text):
    """Word 1-shingles: lower-cased content words, numbers and stopwords left out, a plural -s dropped."""
    out = set()
    for w in WORD_RE.findall(text.lower()):
        w = w.strip("'’-")
        if len(w) < 2 or w in STOPWORDS:
            continue
        if w.endswith("'s") or w.endswith("’s"):
            w = w[:-2]
        elif len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.add(w)
    return out


# ---------------------------------------------------------------- the pipeline

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY, path TEXT NOT NULL, outlet TEXT NOT NULL, title TEXT, url TEXT, published TEXT,
  ingested REAL NOT NULL);
CREATE TABLE IF NOT EXISTS claims (
  id INTEGER PRIMARY KEY, article_id INTEGER REFERENCES articles(id), outlet TEXT NOT NULL, text TEXT NOT NULL,
  speaker TEXT, numbers TEXT NOT NULL, negated INTEGER NOT NULL, minhash BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
CREATE TABLE IF NOT EXISTS matches (
  claim_id INTEGER NOT NULL REFERENCES claims(id), matched_id INTEGER NOT NULL REFERENCES claims(id),
  score REAL NOT NULL, kind TEXT NOT NULL, PRIMARY KEY (claim_id, matched_id));
CREATE TABLE IF NOT EXISTS alerts (
  id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL REFERENCES claims(id),
  matched_id INTEGER NOT NULL REFERENCES claims(id), kind TEXT NOT NULL, score REAL NOT NULL,
  outlet TEXT NOT NULL, matched_outlet TEXT NOT NULL, created REAL NOT NULL);
"""


class Pipeline:
    def __init__(self, db_path, synchronous="FULL"):
        if os.path.exists(db_path):
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(db_path + suffix):
                    os.remove(db_path + suffix)
        self.db = sqlite3.connect(db_path, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=%s" % synchronous)  # FULL, as claimwatch's writer: a commit is on disk
        self.db.executescript(SCHEMA)
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        self.template = MinHash(num_perm=NUM_PERM)  # its permutations are shared by every MinHash
        # In memory beside the LSH, row = claim id (SQLite's rowids run 1, 2, 3 …): the signature,
        # for the Jaccard estimate, and the outlet's code, so that candidates are filtered and scored
        # with numpy rather than one Python object at a time.
        self.signatures = np.zeros((1024, NUM_PERM), dtype=self.template.hashvalues.dtype)
        self.outlet_codes = np.full(1024, -1, dtype=np.int32)
        self.codes = {}
        self.alerts = {"repeat": 0, "contradiction": 0}

    def minhash(self, tokens):
        m = MinHash(num_perm=NUM_PERM, permutations=self.template.permutations, scheme=self.template.scheme)
        if tokens:
            m.update_batch([t.encode("utf-8") for t in tokens])
        return m

    def insert_claim(self, article_id, outlet, claim, tokens):
        m = self.minhash(tokens)
        sig = m.hashvalues  # datasketch 2's default scheme (affine32) keeps uint32 values
        cur = self.db.execute(
            "INSERT INTO claims(article_id, outlet, text, speaker, numbers, negated, minhash) VALUES (?,?,?,?,?,?,?)",
            (article_id, outlet, claim["text"], claim.get("speaker"), json.dumps(claim["numbers"]),
             int(claim["negated"]), sig.tobytes()))
        return cur.lastrowid, m, sig

    def code(self, outlet):
        return self.codes.setdefault(outlet, len(self.codes))

    def index(self, claim_id, outlet, m, sig, tokens):
        if tokens:  # an empty set's MinHash would collide with every other empty one
            self.lsh.insert(claim_id, m, check_duplication=False)
        if claim_id >= len(self.outlet_codes):
            size = max(2 * len(self.outlet_codes), claim_id + 1)
            self.signatures = np.resize(self.signatures, (size, NUM_PERM))
            grown = np.full(size, -1, dtype=np.int32)
            grown[:len(self.outlet_codes)] = self.outlet_codes
            self.outlet_codes = grown
        self.signatures[claim_id] = sig
        self.outlet_codes[claim_id] = self.code(outlet)

    def prefill(self, path):
        count = 0
        self.db.execute("BEGIN")
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                item = json.loads(line)
                text = item["text"]
                claim = {"text": text, "speaker": item.get("speaker"), "numbers": numbers_of(text),
                         "negated": NEGATION_RE.search(text) is not None}
                outlet = item.get("outlet") or "unknown"
                tokens = shingles(text)
                claim_id, m, sig = self.insert_claim(None, outlet, claim, tokens)
                self.index(claim_id, outlet, m, sig, tokens)
                count += 1
                if count % 10000 == 0:
                    self.db.execute("COMMIT")
                    self.db.execute("BEGIN")
        self.db.execute("COMMIT")
        return count

    @staticmethod
    def decide(claim, other_numbers, other_negated, score):
        a, b = set(claim["numbers"]), set(other_numbers)
        numbers_conflict = bool(a - b) and bool(b - a)  # each side has a number the other lacks
        if score >= CONTRADICTION_MIN and (numbers_conflict or claim["negated"] != bool(other_negated)):
            return "contradiction"
        if score >= REPEAT_MIN and not numbers_conflict and claim["negated"] == bool(other_negated):
            return "repeat"
        return "related"

    def process(self, path, corpus, default_outlet):
        """One article: returns its claim count (0 when unreadable or empty)."""
        article = read_article(path, corpus, default_outlet)
        if article is None:
            return 0
        outlet, title, url, published, body = article
        claims = [c for c in map(claim_of, sentences(body)) if c is not None]
        now = time.time()
        pending = []
        self.db.execute("BEGIN")
        cur = self.db.execute("INSERT INTO articles(path, outlet, title, url, published, ingested) VALUES (?,?,?,?,?,?)",
                              (path, outlet, title, url, published, now))
        article_id = cur.lastrowid
        for claim in claims:
            tokens = shingles(claim["text"])
            claim_id, m, sig = self.insert_claim(article_id, outlet, claim, tokens)
            pending.append((claim_id, m, sig, tokens))
            if not tokens:
                continue
            keys = np.fromiter(self.lsh.query(m), dtype=np.int64)
            keys = keys[self.outlet_codes[keys] != self.code(outlet)]
            if not len(keys):
                continue
            scores = (self.signatures[keys] == sig).mean(axis=1)
            order = np.argsort(-scores, kind="stable")[:MAX_CANDIDATES]
            best = [(int(keys[i]), float(scores[i])) for i in order if scores[i] >= CONTRADICTION_MIN]
            if not best:
                continue
            ids = [k for k, _ in best]
            rows = {r[0]: r[1:] for r in self.db.execute(
                "SELECT id, outlet, numbers, negated FROM claims WHERE id IN (%s)" % ",".join("?" * len(ids)), ids)}
            alert = None
            for other_id, score in best:
                other_outlet, other_numbers, other_negated = rows[other_id]
                kind = self.decide(claim, json.loads(other_numbers), other_negated, score)
                self.db.execute("INSERT OR IGNORE INTO matches(claim_id, matched_id, score, kind) VALUES (?,?,?,?)",
                                (claim_id, other_id, score, kind))
                if kind != "related" and (alert is None or (kind == "contradiction" and alert[0] == "repeat")):
                    alert = (kind, other_id, score, other_outlet)
            if alert is not None:  # one alert per claim: a contradiction before a repeat, then the best score
                kind, other_id, score, other_outlet = alert
                self.db.execute(
                    "INSERT INTO alerts(claim_id, matched_id, kind, score, outlet, matched_outlet, created) "
                    "VALUES (?,?,?,?,?,?,?)", (claim_id, other_id, kind, score, outlet, other_outlet, now))
                self.alerts[kind] += 1
        self.db.execute("COMMIT")
        # Indexed after the commit: the LSH holds only what the database holds.
        for claim_id, m, sig, tokens in pending:
            self.index(claim_id, outlet, m, sig, tokens)
        return len(claims)


def emit_claims(files, corpus, default_outlet, out_path):
    count = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for path in files:
            article = read_article(path, corpus, default_outlet)
            if article is None:
                continue
            for sentence in sentences(article[4]):
                claim = claim_of(sentence)
                if claim is not None:
                    line = {"outlet": article[0], "text": claim["text"]}
                    if claim["speaker"]:
                        line["speaker"] = claim["speaker"]
                    out.write(json.dumps(line, ensure_ascii=False) + "\n")
                    count += 1
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", required=True, help="article files (.txt/.md/.html), recursive, taken in name order")
    parser.add_argument("--prefill", help="JSON Lines of earlier claims, indexed before timing starts")
    parser.add_argument("--db", default="peer-claims.sqlite", help="the SQLite file (recreated)")
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--outlet", help="the outlet of files without one (no header, no subfolder)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--synchronous", default="FULL", choices=["FULL", "NORMAL", "OFF"],
                        help="SQLite's synchronous setting (default FULL, as claimwatch's writer)")
    parser.add_argument("--emit-claims", metavar="FILE", help="write the corpus's claims as prefill lines and stop")
    args = parser.parse_args()

    files = list_corpus(args.corpus)
    if args.limit is not None:
        files = files[:args.limit]
    if args.emit_claims:
        n = emit_claims(files, args.corpus, args.outlet, args.emit_claims)
        print(f"wrote {n} claims from {len(files)} articles to {args.emit_claims}", file=sys.stderr)
        return

    pipeline = Pipeline(args.db, args.synchronous)
    sentences("Warm-up.")  # pysbd's first call compiles its rules: not the first article's cost
    if any(os.path.splitext(f)[1].lower() in HTML_EXTENSIONS for f in files):
        import trafilatura  # noqa: F401 -- its import (lxml, justext, htmldate…) is not an article's cost
    prefill_claims, prefill_seconds = 0, 0.0
    if args.prefill:
        start = time.perf_counter()
        prefill_claims = pipeline.prefill(args.prefill)
        prefill_seconds = time.perf_counter() - start
        if not args.json:
            print(f"prefill: {prefill_claims} claims in {prefill_seconds:.2f} s", file=sys.stderr)

    articles = claims = 0
    start = time.perf_counter()
    cpu_start = time.process_time()
    for path in files:
        n = pipeline.process(path, args.corpus, args.outlet)
        articles += 1
        claims += n
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux

    result = {
        "articles": articles, "claims": claims, "seconds": round(seconds, 3),
        "articles_per_s": round(articles / seconds, 1) if seconds else None,
        "claims_per_s": round(claims / seconds, 1) if seconds else None,
        "cpu_seconds": round(cpu_seconds, 3), "prefill_claims": prefill_claims, "prefill_seconds": round(prefill_seconds, 3),
        "peak_rss_mib": round(peak, 1), "alerts": dict(pipeline.alerts),
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{articles} articles, {claims} claims in {seconds:.2f} s ({cpu_seconds:.2f} s CPU): {result['articles_per_s']} articles/s, "
              f"{result['claims_per_s']} claims/s; alerts: {pipeline.alerts['repeat']} repeat, "
              f"{pipeline.alerts['contradiction']} contradiction; peak RSS {peak:.0f} MiB")


if __name__ == "__main__":
    main()
