#!/usr/bin/env python3
"""Article body extraction: claimwatch's HTMLReader against trafilatura.

Scored with the metric of the article extraction benchmark's evaluate.py
(https://github.com/scrapinghub/article-extraction-benchmark): per page, TP/FP/FN over 4-token
shingles (tokens are ``\\w+`` matches), normalised by their sum so that long pages do not weigh more;
precision and recall are the means over pages (pages where they are undefined left out); F1 is
computed from the mean precision and mean recall.

Usage: html_extraction.py BENCHMARK_DIR CLAIMWATCH_EVAL_BINARY [ROUNDS]
       (SHOW_WORST=N in the environment lists the N pages claimwatch scores worst on.)

Both extractors get the same pages, decompressed and in memory before timing; pages/s is the median
of ROUNDS rounds over all pages on one thread.
"""
import gzip
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

# --- the benchmark's metric, as in its evaluate.py ---------------------------------------------

_TOKEN_RE = re.compile(r'\w+', re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)


def _tokenize(text):
    return _TOKEN_RE.findall(text or '')


def _ngrams(text, n):
    tokens = _tokenize(text)
    result = []
    for i in range(0, max(1, len(tokens) - n + 1)):
        shingle = tuple(tokens[i: i + n])
        if shingle:
            result.append(shingle)
    return result


def string_shingle_matching(true, pred, ngram_n=4):
    true_shingles = Counter(_ngrams(true, ngram_n))
    pred_shingles = Counter(_ngrams(pred, ngram_n))
    tp = fp = fn = 0.
    for key in (set(true_shingles) | set(pred_shingles)):
        true_count = true_shingles.get(key, 0)
        pred_count = pred_shingles.get(key, 0)
        tp += min(true_count, pred_count)
        fp += max(0, pred_count - true_count)
        fn += max(0, true_count - pred_count)
    s = tp + fp + fn
    if s > 0:
        return tp / s, fp / s, fn / s
    return tp, fp, fn


def precision_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.
    if tp == fp == 0:
        return 0.
    return tp / (tp + fp)


def recall_score(tp, fp, fn):
    if fp == fn == 0:
        return 1.
    if tp == fn == 0:
        return 0.
    return tp / (tp + fn)


def evaluate(ground_truth, prediction):
    """F1, precision, recall and accuracy (exact token match) as evaluate.py computes them."""
    tp_fp_fns = []
    accuracies = []
    for key in ground_truth:
        true = ground_truth[key].get('articleBody', '')
        pred = prediction.get(key) or ''
        tp_fp_fns.append(string_shingle_matching(true, pred))
        accuracies.append(float(_tokenize(true) == _tokenize(pred)))
    precision = statistics.mean([precision_score(*x) for x in tp_fp_fns if x[0] + x[1] > 0])
    recall = statistics.mean([recall_score(*x) for x in tp_fp_fns if x[0] + x[2] > 0])
    f1 = 2 * precision * recall / (precision + recall)
    return {'f1': f1, 'precision': precision, 'recall': recall,
            'accuracy': statistics.mean(accuracies), 'per_page': tp_fp_fns}


# --- the two extractors ----------------------------------------------------------------------------

def run_claimwatch(benchmark, binary, rounds):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / 'claimwatch.json'
        result = subprocess.run([binary, str(benchmark), str(out), str(rounds)],
                                check=True, capture_output=True, text=True)
        summary = json.loads(result.stdout.strip().splitlines()[-1])
        texts = json.loads(out.read_text(encoding='utf8'))
    return texts, summary['pages_per_second'], int(summary['errors'])


def run_trafilatura(benchmark, rounds):
    import trafilatura
    pages = {}
    for path in sorted((benchmark / 'html').glob('*.html.gz')):
        with gzip.open(path, 'rt', encoding='utf8') as f:  # as the benchmark's run_trafilatura.py
            pages[path.name.split('.')[0]] = f.read()
    durations = []
    texts = {}
    for round_index in range(rounds):
        start = time.perf_counter()
        results = {key: trafilatura.extract(html, include_comments=False) for key, html in pages.items()}
        durations.append(time.perf_counter() - start)
        if round_index == 0:
            texts = results
    median = sorted(durations)[len(durations) // 2]
    return texts, len(pages) / median, trafilatura.__version__


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    benchmark = Path(sys.argv[1])
    binary = sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) == 4 else 3
    ground_truth = json.loads((benchmark / 'ground-truth.json').read_text(encoding='utf8'))

    cw_texts, cw_speed, cw_errors = run_claimwatch(benchmark, binary, rounds)
    tr_texts, tr_speed, tr_version = run_trafilatura(benchmark, rounds)
    if set(cw_texts) != set(ground_truth):
        sys.exit('claimwatch output keys do not match the ground truth')
    cw = evaluate(ground_truth, cw_texts)
    tr = evaluate(ground_truth, tr_texts)

    print(f'article-extraction-benchmark: {len(ground_truth)} pages, median of {rounds} rounds, one thread')
    print(f'{"extractor":<22} {"F1":>6} {"prec.":>6} {"recall":>6} {"acc.":>6} {"pages/s":>9}')
    for name, m, speed in (('claimwatch', cw, cw_speed), (f'trafilatura {tr_version}', tr, tr_speed)):
        print(f'{name:<22} {m["f1"]:6.3f} {m["precision"]:6.3f} {m["recall"]:6.3f} {m["accuracy"]:6.3f} {speed:9.1f}')
    print(f'speed ratio claimwatch / trafilatura: {cw_speed / tr_speed:.1f}x')
    if cw_errors:
        print(f'claimwatch threw on {cw_errors} pages (scored as empty)')
    show_worst(ground_truth, cw, int(os.environ.get('SHOW_WORST', '0')))


def show_worst(ground_truth, metrics, count):
    """The pages claimwatch scores worst on (SHOW_WORST=N), for working on the algorithm."""
    worst = sorted(zip(ground_truth, metrics['per_page']), key=lambda kv: kv[1][0])[:count]
    for key, (tp, fp, fn) in worst:
        print(f'  {key[:16]} tp={tp:.2f} fp={fp:.2f} fn={fn:.2f}  {ground_truth[key].get("url", "")}')


if __name__ == '__main__':
    main()
