#!/usr/bin/env bash
# Prepares the word lists the benchmark corpus is generated from, under $BENCH_DATA/lexicon
# (never in the repository: their licences differ from depeches').
#   - wordfreq_fr.tsv: French word frequencies from the PyPI package `wordfreq` (code Apache-2.0,
#     data CC BY-SA 4.0), installed in a private virtualenv;
#   - french.txt: the Debian package `wfrench` (GPL-2+), /usr/share/dict/french.
# Either may be missing: depeches-gen falls back on its built-in vocabulary and generated tail.
set -euo pipefail
BENCH_DATA=${BENCH_DATA:-/work/bench-data}
out="$BENCH_DATA/lexicon"
mkdir -p "$out"
if [[ ! -s "$out/wordfreq_fr.tsv" ]]; then
    if [[ ! -x "$BENCH_DATA/venv/bin/python" ]]; then
        python3 -m venv "$BENCH_DATA/venv" && "$BENCH_DATA/venv/bin/pip" install -q wordfreq==3.1.1 || true
    fi
    if [[ -x "$BENCH_DATA/venv/bin/python" ]]; then
        "$BENCH_DATA/venv/bin/python" - "$out/wordfreq_fr.tsv" <<'PY' || rm -f "$out/wordfreq_fr.tsv"
import sys, wordfreq
freqs = wordfreq.get_frequency_dict("fr", "large")
with open(sys.argv[1], "w", encoding="utf-8") as f:
    for word, freq in sorted(freqs.items(), key=lambda kv: (-kv[1], kv[0])):
        f.write(f"{word}\t{freq:.3e}\n")
PY
    fi
fi
if [[ ! -s "$out/french.txt" ]]; then
    if [[ ! -r /usr/share/dict/french ]] && command -v apt-get >/dev/null; then
        (apt-get install -y -qq wfrench >/dev/null 2>&1 || true)
    fi
    [[ -r /usr/share/dict/french ]] && cp /usr/share/dict/french "$out/french.txt"
fi
for f in "$out"/wordfreq_fr.tsv "$out"/french.txt; do
    [[ -s "$f" ]] && echo "--lexicon $f"
done
