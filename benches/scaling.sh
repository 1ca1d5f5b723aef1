#!/usr/bin/env bash
# How depeches grows with its index: generates 10,000, 100,000 and 1,000,000 dispatches (about
# 0.1, 1 and 10 M passages), indexes each from scratch and measures search-bench (RUNS runs),
# `search` start to exit for every query of the file, and the peak memory of both binaries. Then
# prints the table of BENCHMARKS.md's scaling section and draws benches/scaling.svg.
#
#   benches/scaling.sh                          # all three sizes (the largest: 4.3 GB of text)
#   SIZES="10000 100000" benches/scaling.sh     # a quicker curve
#   KEEP_INDEX=1 benches/scaling.sh             # reuse indexes already built (measures queries only)
#
# Big artefacts go to $BENCH_DATA (default /work/bench-data), never into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

BENCH_DATA=${BENCH_DATA:-/work/bench-data}
SIZES=${SIZES:-10000 100000 1000000}
SEED=${SEED:-42}
RUNS=${RUNS:-3}
QUERIES=${QUERIES:-benches/queries.tsv}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}
# BIN: a directory holding the binaries to measure (search, search-index, search-bench,
# depeches-gen, search-startup, scaling-report), e.g. another version's; built here otherwise.
bin=${BIN:-$CARGO_TARGET_DIR/release}

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2), load $(cut -d' ' -f1-3 /proc/loadavg)"
[[ -n "${BIN:-}" ]] || cargo build --release --workspace --bins >/dev/null

points=()
for n in $SIZES; do
    corpus="$BENCH_DATA/scale/corpus-$n-$SEED"
    index="$BENCH_DATA/scale/index-$n-$SEED"
    out="$BENCH_DATA/scale/results-$n-$SEED"
    mkdir -p "$out"
    if [[ ! -d "$corpus" ]]; then
        echo "== generate $n dispatches"
        # shellcheck disable=SC2046
        "$bin/depeches-gen" --out "$corpus" --dispatches "$n" --seed "$SEED" $(benches/lexicon.sh)
    fi
    find "$corpus/" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.0f\n", s}' > "$out/raw.txt"
    if [[ -z "${KEEP_INDEX:-}" || ! -d "$index" ]]; then
        echo "== index $n dispatches"
        rm -rf "$index"
        /usr/bin/time -o "$out/index.time" -f "wall %e s, user %U s, sys %S s, peak RSS %M KB" \
            "$bin/search-index" --index "$index" "$corpus" >/dev/null
    fi
    echo "== search-bench, $RUNS runs"
    for i in $(seq "$RUNS"); do
        "$bin/search-bench" --index "$index" --queries "$QUERIES" --warmup 2 --repeat 5 --json \
            > "$out/sb-$i.json"
    done
    echo "== search, start to exit"
    "$bin/search-startup" --search "$bin/search" --index "$index" --queries "$QUERIES" \
        > "$out/startup.tsv"
    echo "== search, peak memory"
    grep -v '^#' "$QUERIES" | cut -f2- | while IFS= read -r query; do
        [[ -z "$query" ]] && continue
        query=${query//since:/--since }; query=${query//until:/--until }
        query=${query//by:/--by }
        # shellcheck disable=SC2086
        { /usr/bin/time -f "%M" "$bin/search" --index "$index" --color never $query >/dev/null || true; } 2>&1 | tail -1
    done | sort -n | tail -1 > "$out/rss.txt"
    points+=(--point "$out")
done
"$bin/scaling-report" "${points[@]}" --svg benches/scaling.svg
