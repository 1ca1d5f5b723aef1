#!/usr/bin/env bash
# Reproduces BENCHMARKS.md: generates the corpus, indexes it, measures depeches (search-bench,
# `search` start-to-exit and peak memory) and compares it with SQLite FTS5 and ripgrep in one
# run (depeches and FTS5 alternating round by round).
#
#   benches/compare.sh                      # 100,000 dispatches, seed 42
#   DISPATCHES=20000 SEED=7 benches/compare.sh
#   QUERIES=my-queries.tsv CORPUS=/data/my-dispatches benches/compare.sh   # your own corpus
#
# Big artefacts go to $BENCH_DATA (default /work/bench-data), never into the repository.
# ripgrep and hyperfine are used when installed (apt-get install ripgrep hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DATA=${BENCH_DATA:-/work/bench-data}
DISPATCHES=${DISPATCHES:-100000}
SEED=${SEED:-42}
RUNS=${RUNS:-3}
REPEAT=${REPEAT:-10}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
bin="$CARGO_TARGET_DIR/release"
mkdir -p "$BENCH_DATA"
tag="$DISPATCHES-$SEED"
results="$BENCH_DATA/results-$tag"
mkdir -p "$results"

echo "== machine"
echo "nproc: $(nproc)"
grep -m1 'model name' /proc/cpuinfo || true
uptime

echo "== build"
cargo build --release --workspace --bins >/dev/null

if [[ -z "${CORPUS:-}" ]]; then
    CORPUS="$BENCH_DATA/corpus-$tag"
    if [[ ! -d "$CORPUS" ]]; then
        echo "== generate $DISPATCHES dispatches (seed $SEED)"
        # shellcheck disable=SC2046
        "$bin/depeches-gen" --out "$CORPUS" --dispatches "$DISPATCHES" --seed "$SEED" \
            $(benches/lexicon.sh) --queries "$BENCH_DATA/queries-$tag.tsv"
    fi
    QUERIES=${QUERIES:-$BENCH_DATA/queries-$tag.tsv}
else
    tag="custom-$(basename "$CORPUS")"
    QUERIES=${QUERIES:-benches/queries.tsv}
fi
INDEX="$BENCH_DATA/index-$tag"
raw=$(find "$CORPUS" -type f \( -name '*.txt' -o -name '*.ndjson' -o -name '*.jsonl' \) -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "corpus: $CORPUS, $raw bytes"

echo "== index (from scratch)"
rm -rf "$INDEX"
/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KB" \
    "$bin/search-index" --index "$INDEX" "$CORPUS" 2>&1 | tail -2 | tee "$results/index.txt"
wall=$(awk '/^wall/ {print $2}' "$results/index.txt")
idx=$(du -sb "$INDEX" | cut -f1)
awk -v r="$raw" -v w="$wall" -v i="$idx" 'BEGIN {
    printf "indexing: %.1f MB/s of raw text; index %.1f MB = %.2f x raw\n", r/1e6/w, i/1e6, i/r }' \
    | tee -a "$results/index.txt"

echo "== search-bench ($RUNS runs)"
for i in $(seq "$RUNS"); do
    "$bin/search-bench" --index "$INDEX" --queries "$QUERIES" --warmup 2 --repeat "$REPEAT" \
        | tee "$results/search-bench-$i.txt" | tail -10
done

echo "== search, start to exit"
q=$(grep -v '^#' "$QUERIES" | grep -v 'since:\|until:' | head -1 | cut -f2)
if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 5 --runs 50 --export-json "$results/startup.json" \
        "$bin/search --index $INDEX --color never $q" | tee "$results/startup.txt"
else
    for i in $(seq 50); do
        s=$(date +%s%N); "$bin/search" --index "$INDEX" "$q" >/dev/null; e=$(date +%s%N)
        echo $(((e - s) / 1000))
    done | sort -n | awk '{a[NR]=$1} END {printf "median %.2f ms over %d runs\n", a[int((NR+1)/2)]/1000, NR}' \
        | tee "$results/startup.txt"
fi

echo "== search, peak memory"
while IFS=$'\t' read -r _ query; do
    [[ -z "$query" || "$query" == \#* ]] && continue
    query=${query//since:/--since }; query=${query//until:/--until }
    # search joins its words back with spaces, so splitting "a phrase" here is harmless; it
    # exits 1 when nothing matches, which is not a failure here.
    # shellcheck disable=SC2086
    { /usr/bin/time -f "%M" "$bin/search" --index "$INDEX" --color never $query >/dev/null || true; } 2>&1 | tail -1
done < "$QUERIES" | sort -n | tail -1 | awk '{printf "peak RSS over the query file: %.1f MB\n", $1/1024}' \
    | tee "$results/rss.txt"

echo "== depeches vs SQLite FTS5 vs ripgrep (alternating round by round)"
"$bin/compare-engines" --corpus "$CORPUS" --index "$INDEX" --sqlite "$BENCH_DATA/fts5-$tag.db" \
    --queries "$QUERIES" --warmup 2 --repeat "$REPEAT" --rg-repeat 1 | tee "$results/compare.txt"
echo "results in $results"
