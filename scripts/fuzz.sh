#!/usr/bin/env bash
# Runs every fuzzer of the project, one after the other, each for the same
# time (default 10m), and stops at the first one that finds a crash:
#
#   scripts/fuzz.sh            # 10 minutes each
#   scripts/fuzz.sh 2m         # a quicker pass
#   scripts/fuzz.sh 30s FuzzRun FuzzLex   # some of them
#
# The fuzzers are found, not listed: every `func FuzzX(f *testing.F)` in a
# _test.go file of the module. A crash leaves its input under the package's
# testdata/fuzz/FuzzX/, where `go test` replays it from then on: fix the
# cause, keep the input as a regression seed. -parallel 1 keeps the machine
# usable (the fuzz workers would otherwise take every core).
set -euo pipefail
cd "$(dirname "$0")/.."
time=${1:-10m}
shift || true
want=" $* "
status=0
while IFS=: read -r file name; do
  [[ $# -eq 0 || $want == *" $name "* ]] || continue
  pkg=./$(dirname "$file")
  echo "== $name ($pkg) for $time"
  log=$(mktemp)
  if go test -run '^$' -fuzz "^$name\$" -fuzztime "$time" -parallel "${FUZZ_PARALLEL:-1}" "$pkg" >"$log" 2>&1; then
    grep -E '^fuzz: elapsed' "$log" | tail -1
  else
    cat "$log"
    status=1
  fi
  rm -f "$log"
  [[ $status -eq 0 ]] || break
done < <(grep -rHoE --include='*_test.go' '^func Fuzz[A-Za-z0-9_]+\(f \*testing\.F\)' . |
  sed -E 's#^\./##; s#:func (Fuzz[A-Za-z0-9_]+)\(.*#:\1#' | sort)
exit $status
