#!/bin/sh
# The held-out split of polnear-train (issue 15), made from the file names alone, never from the
# articles: for each of the 7 publishers, the 24 articles whose SHA-256 of the name is smallest.
#
#   make-heldout.sh POLNEAR_DIR            print the list (what heldout.txt holds)
#   make-heldout.sh POLNEAR_DIR --check    exit 0 when heldout.txt beside this script is exactly that list
#
# The name is the `filename` column of POLNEAR_DIR/metadata.tsv (the text file's name without
# `.txt`), hashed as its UTF-8 bytes with no newline (`printf %s NAME | sha256sum`); the publisher is
# the `publisher` column. Hex digests are compared as strings (the same order as the numbers).
set -eu
dir=${1:?usage: make-heldout.sh POLNEAR_DIR [--check]}
here=$(cd "$(dirname "$0")" && pwd)
per_publisher=24

generate() {
    cat <<'HEADER'
# polnear-train held-out split (issue 15): 168 of the 840 articles, 24 per publisher.
# Made from the file names alone, before any article was read: for each publisher, the 24 names
# (metadata.tsv `filename`, without `.txt`) with the smallest SHA-256 of the name's UTF-8 bytes.
# Regenerate and check: Tests/ClaimwatchCoreTests/Fixtures/polnear/make-heldout.sh DIR --check
# (also PolnearSplitTests and `claimwatch-eval-speakers`).
# NEVER tune a rule, threshold, lexicon or model on these articles, and never print their errors:
# they measure; the other 672 are for developing on.
HEADER
    awk -F'\t' 'NR > 1 { print $5 "\t" $2 }' "$dir/metadata.tsv" |
    while IFS="$(printf '\t')" read -r publisher name; do
        digest=$(printf %s "$name" | sha256sum | cut -d' ' -f1)
        printf '%s\t%s\t%s\n' "$publisher" "$digest" "$name"
    done |
    LC_ALL=C sort -t "$(printf '\t')" -k1,1 -k2,2 |
    awk -F'\t' -v n="$per_publisher" '{ if (++seen[$1] <= n) print $3 }' |
    LC_ALL=C sort
}

if [ "${2:-}" = "--check" ]; then
    if generate | cmp -s - "$here/heldout.txt"; then
        echo "heldout.txt matches the hash rule ($(grep -vc '^#' "$here/heldout.txt") articles)"
    else
        echo "heldout.txt does NOT match the hash rule on $dir:" >&2
        generate | diff - "$here/heldout.txt" >&2 || true
        exit 1
    fi
else
    generate
fi
