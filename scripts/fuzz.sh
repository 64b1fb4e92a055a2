#!/bin/sh
# Runs every fuzz target of the module for a short time each:
#   sh scripts/fuzz.sh [FUZZTIME]   (default 15s a target)
# Targets are found by their "func FuzzX(f *testing.F)" lines, so no test
# binary is built only to list them. Each harness fails an input that takes
# longer, or allocates more, than internal/fuzzdeadline allows, so a stall or a
# memory bomb is a failure with its
# input kept under testdata/fuzz, not a slow run. Stops at the first failure.
set -e
t=${1:-15s}
cd "$(dirname "$0")/.."
targets=$(grep -rl --include='*_test.go' '^func Fuzz[A-Za-z0-9_]*(f \*testing.F)' . | sort | while read -r file; do
  dir=$(dirname "$file")
  sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(f \*testing.F).*/\1/p' "$file" | while read -r name; do
    echo "$dir:$name"
  done
done)
n=$(echo "$targets" | grep -c . || true)
echo "fuzzing $n targets for $t each"
for tg in $targets; do
  dir=${tg%%:*}; name=${tg#*:}
  echo "== $dir $name ($t)"
  # -fuzzminimizetime bounds the minimisation of each new interesting
  # input: by default up to 60 s, which on a seed of a whole draft looks
  # like a stall (no executions counted)
  out=$(mktemp)
  if go test -run '^$' -fuzz "^$name\$" -fuzztime "$t" -fuzzminimizetime 5s "$dir" >"$out" 2>&1; then
    cat "$out"
  elif grep -q 'context deadline exceeded' "$out" && ! grep -q 'Failing input written' "$out"; then
    # the fuzz time ran out while the engine was minimising a new
    # interesting input: Go reports its own deadline, not a failing
    # input (a real failure always writes one under testdata/fuzz)
    cat "$out"
    echo "fuzz: $name: the time ran out while minimising; no failing input"
  else
    cat "$out"
    rm -f "$out"
    exit 1
  fi
  rm -f "$out"
done
echo "fuzz: $n passed, 0 failed"
