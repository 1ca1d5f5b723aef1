#!/usr/bin/env bash
# Load on search-serve: the query mix of a query file sent to /api/search over the loopback by
# wrk (Debian's package), then the server's memory over 100,000 more requests. Bounded: each wrk
# run lasts DURATION; the memory phase stops after 100,000 requests or 60 runs of 10 s.
#
#   INDEX=/work/bench-data/index-100000-42 benches/serve-load.sh
#   CONNECTIONS=16 DURATION=60s benches/serve-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

INDEX=${INDEX:-${BENCH_DATA:-/work/bench-data}/index-100000-42}
QUERIES=${QUERIES:-benches/queries.tsv}
CONNECTIONS=${CONNECTIONS:-8}
DURATION=${DURATION:-30s}
SERVE=${SERVE:-target/release/search-serve}
PORT=${PORT:-7799}
command -v wrk >/dev/null || { echo "serve-load.sh: wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -x "$SERVE" ] || { echo "serve-load.sh: build it first: cargo build --release" >&2; exit 2; }

log=$(mktemp)
"$SERVE" --index "$INDEX" --addr "127.0.0.1:$PORT" 2>"$log" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q "open http" "$log" && break; sleep 0.2; done
grep "open http" "$log"
rss() { awk '/VmRSS/ {print $2 / 1024 " MB"}' "/proc/$pid/status"; }
# The machine may be shared: every figure is printed with the load average of the moment
# (over 2 on these 2 cores, the figures are those of a loaded machine).
load() { echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"; }

# Warm-up: every query once, and the speaker list the server computes at start.
curl -s "http://127.0.0.1:$PORT/api/speakers?prefix=a" >/dev/null
wrk -t1 -c1 -d5s -s benches/serve-load.lua "http://127.0.0.1:$PORT" -- "$QUERIES" >/dev/null
echo "RSS after warm-up: $(rss); $(load)"

echo "== $CONNECTIONS connections, $DURATION, query mix of $QUERIES; $(load)"
wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -s benches/serve-load.lua \
  "http://127.0.0.1:$PORT" -- "$QUERIES"
echo "RSS: $(rss); $(load)"

echo "== memory over 100,000 more requests (10 s runs)"
total=0
for run in $(seq 60); do
  n=$(wrk -t1 -c"$CONNECTIONS" -d10s -s benches/serve-load.lua "http://127.0.0.1:$PORT" -- "$QUERIES" \
    | awk '/requests in/ {print $1}')
  total=$((total + n))
  echo "run $run: $total requests, RSS $(rss); $(load)"
  if [ "$total" -ge 100000 ]; then break; fi
done
[ "$total" -ge 100000 ] || echo "stopped after $run runs, short of 100,000 requests"
