#!/bin/sh
# Builds the libFuzzer targets in Fuzz/Targets against ClaimwatchCore and runs each for a bounded time.
#   Fuzz/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default 60 s; targets: txt json jsonl html sentences)
# ClaimwatchCore is compiled on its own with swiftc -sanitize=fuzzer,address into .build-fuzz/ (about
# 1.5 minutes, redone only when a source changes), so `swift build` and `swift test` are untouched.
# Each target starts from its seed corpus Fuzz/Corpus/TARGET; what it finds goes to .build-fuzz/corpus/TARGET,
# crashing inputs to .build-fuzz/crashes/. Exits 1 if any target crashed, timed out or ran out of memory.
#
# FUZZ_RUNS=N (make fuzz-ci): a deterministic run instead, -seed=1 and -runs=N per target (the seconds
# argument is ignored), without address randomisation, over a temporary copy of Fuzz/Corpus/TARGET that
# is deleted afterwards, so the committed corpus and .build-fuzz/corpus stay as they are; logs go to
# .build-fuzz/logs-ci/.
set -eu
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-60}
[ $# -gt 0 ] && shift
TARGETS=${*:-txt json jsonl html sentences}
SWIFTC=${SWIFTC:-swiftc}
OUT=.build-fuzz
FLAGS="-O -g -swift-version 6 -parse-as-library -sanitize=fuzzer,address"
C_MODULES="-I Sources/CLibXML2 -I Sources/CStemmer $(pkg-config --cflags libxml-2.0 | sed 's/-I/-Xcc -I/g')"
RUNS=${FUZZ_RUNS:-}
LOGS=$OUT/logs
LAUNCH=""
if [ -n "$RUNS" ]; then
    LOGS=$OUT/logs-ci
    # Repeatable runs: Swift seeds its hashing per process (Set and Dictionary order), and
    # libFuzzer's comparison tracing sees pointer values, which move with address randomisation.
    export SWIFT_DETERMINISTIC_HASHING=1
    if setarch "$(uname -m)" -R true 2>/dev/null; then LAUNCH="setarch $(uname -m) -R"
    else echo "fuzz: setarch -R is not allowed here; the runs are bounded but not exactly repeatable"; fi
fi
mkdir -p $LOGS $OUT/crashes

# The library, once: rebuilt when a ClaimwatchCore source or this script is newer than it.
if [ ! -e $OUT/libClaimwatchCore.a ] || [ -n "$(find Sources/ClaimwatchCore Fuzz/fuzz.sh -newer $OUT/libClaimwatchCore.a -print -quit)" ]; then
    echo "fuzz: compiling ClaimwatchCore with -sanitize=fuzzer,address"
    $SWIFTC $FLAGS $C_MODULES -module-name ClaimwatchCore -emit-library -static -emit-module \
        -emit-module-path $OUT/ClaimwatchCore.swiftmodule -o $OUT/libClaimwatchCore.a \
        $(find Sources/ClaimwatchCore -name '*.swift' | sort)
fi

for target in $TARGETS; do
    # gold warns about ASan's local symbols: harmless, filtered out.
    $SWIFTC $FLAGS $C_MODULES -I $OUT -L $OUT -lClaimwatchCore -lxml2 -lstemmer \
        Fuzz/Targets/$target.swift -o $OUT/fuzz-$target 2>&1 | grep -v "Cannot export local symbol" || true
    [ -x $OUT/fuzz-$target ] || { echo "fuzz: $target did not build"; exit 1; }
done

failed=""
printf '\n%-10s %8s %10s %8s %7s  %s\n' target seconds execs execs/s corpus result
for target in $TARGETS; do
    log=$LOGS/$target.log
    status=0
    if [ -n "$RUNS" ]; then
        corpus=$(mktemp -d)
        cp -R Fuzz/Corpus/$target/. "$corpus"
        bound="-runs=$RUNS -seed=1"
        corpora=$corpus
    else
        corpus=$OUT/corpus/$target
        mkdir -p "$corpus"
        bound="-max_total_time=$SECONDS_PER_TARGET"
        corpora="$corpus Fuzz/Corpus/$target"
    fi
    started=$(date +%s)
    # -timeout: one input taking over 10 s is a hang; -rss_limit_mb: 2 GiB per run is a memory blow-up.
    # Swift's own backtracer would fight ASan over the crashing thread: libFuzzer reports instead.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 $LAUNCH $OUT/fuzz-$target $bound -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix=$OUT/crashes/$target- \
        $corpora >"$log" 2>&1 || status=$?
    seconds=$(( $(date +%s) - started ))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    size=$(ls "$corpus" | wc -l)
    [ -n "$RUNS" ] && rm -rf "$corpus"
    result=ok
    if [ $status -ne 0 ]; then
        result="CRASH, see $log and $(grep -o "$OUT/crashes/[^ ]*" "$log" | tail -1)"
        failed="$failed $target"
    fi
    printf '%-10s %8s %10s %8s %7s  %s\n' $target "$seconds" "${runs:-?}" "${rate:-?}" $size "$result"
done
[ -z "$failed" ] || { echo "fuzz: crashes in:$failed"; exit 1; }
