#!/usr/bin/env bash
# run.sh: side-by-side throughput of ts-fsrs 5.4.x (node) and
# factdeck/cards/srs (Go) on the same 1,000,000-review workload, plus the
# Go micro-benchmarks (Next vs. the floor of its math.Pow/math.Exp calls).
#
#   bash bench/srs/run.sh                 # N=1000000 RUNS=3
#   N=200000 RUNS=1 bash bench/srs/run.sh # quicker
#   TS_FSRS_DIR=/some/dir bash bench/srs/run.sh  # reuse an existing install
#
# ts-fsrs is installed into a temporary folder that is removed on exit;
# nothing is installed in the repository.
set -euo pipefail

N=${N:-1000000}
RUNS=${RUNS:-3}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)

if [[ -n "${TS_FSRS_DIR:-}" ]]; then
  dir=$TS_FSRS_DIR
else
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
  echo "installing ts-fsrs@5.4.x into $dir" >&2
  (cd "$dir" && npm install --no-save --no-audit --no-fund --loglevel=error ts-fsrs@5.4.x >/dev/null)
fi

echo "== ts-fsrs (node), $N reviews, best of $RUNS =="
node_out=$(cd "$dir" && node "$here/tsfsrs_bench.mjs" "$N" "$RUNS")
echo "$node_out"
echo
echo "== factdeck/cards/srs (Go), $N reviews, best of $RUNS =="
go_out=$(cd "$root" && go run ./bench/srs -n "$N" -runs "$RUNS")
echo "$go_out"
echo

get() { sed -n "s/^$1=//p" <<<"$2"; }
node_rate=$(get reviews_per_sec "$node_out")
go_rate=$(get reviews_per_sec "$go_out")
echo "== comparison =="
echo "ts-fsrs reviews/s: $node_rate"
echo "Go      reviews/s: $go_rate"
awk -v g="$go_rate" -v n="$node_rate" 'BEGIN { printf "ratio Go/ts-fsrs: %.1fx (target >= 30x)\n", g / n }'
if [[ "$(get checksum "$node_out")" == "$(get checksum "$go_out")" ]]; then
  echo "checksum: identical final decks"
else
  echo "checksum: MISMATCH, the two runs did not compute the same schedules" >&2
  exit 1
fi

echo
echo "== Go micro-benchmarks: Next per kind of review vs. the math.Pow/math.Exp floor =="
cd "$root" && go test -run '^$' -bench 'BenchmarkNext|BenchmarkMathFloor' -benchtime "${BENCHTIME:-1s}" ./cards/srs/
