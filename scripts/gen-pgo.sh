#!/usr/bin/env bash
# Regenerates cmd/asyncscript/default.pgo, the CPU profile Go's compiler
# uses for profile-guided optimization of the interpreter (go build and
# go run pick it up automatically). Run it after changes to the dispatch
# loop or the object model: a stale profile only means less optimization.
set -euo pipefail
cd "$(dirname "$0")/.."
bench=../shared/bench
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
GOFLAGS=-pgo=off go build -tags profile -o "$tmp/asyncscript" ./cmd/asyncscript
for b in fib loops objects strings task_churn gather_tree queue_pipeline; do
  cp "$bench/$b.py" "$tmp/$b.as"
  ASYNCSCRIPT_CPUPROFILE="$tmp/$b.prof" "$tmp/asyncscript" "$tmp/$b.as" >/dev/null
done
go tool pprof -proto "$tmp"/*.prof > cmd/asyncscript/default.pgo
echo "wrote cmd/asyncscript/default.pgo"
