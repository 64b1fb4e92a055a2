#!/bin/sh
# Compares clausecheck with the tool a user would pick instead, on the same
# files, when it is installed: pdftotext for extraction, wdiff for the diff.
# Runs alternate (clausecheck, peer, clausecheck, peer, …) so that both see
# the same machine state; the median of 7 runs each is reported, and the
# ratio is the figure to read (absolute times vary from run to run).
# Then: time and peak memory against input size, to show that growth is
# linear (GNU time, when installed, gives the peak RSS).
set -e
go build -o bin/clausecheck ./cmd/clausecheck
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ms() { # wall time of "$@" in ms
  s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
  echo $(( (e - s) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# alternate NAME PEERNAME -- CMD... -- PEER...: prints one result line
alternate() {
  label=$1; shift
  a=""; b=""; cmd=""; peer=""; part=1
  for arg in "$@"; do
    if [ "$arg" = "--" ]; then part=2; continue; fi
    if [ $part = 1 ]; then cmd="$cmd '$arg'"; else peer="$peer '$arg'"; fi
  done
  : >"$tmp/a"; : >"$tmp/b"
  for i in 1 2 3 4 5 6 7; do
    eval "ms $cmd" >>"$tmp/a"
    eval "ms $peer" >>"$tmp/b"
  done
  ma=$(median <"$tmp/a"); mb=$(median <"$tmp/b")
  echo "$label: clausecheck ${ma} ms, peer ${mb} ms, ratio $(awk "BEGIN{printf \"%.2f\", $ma/($mb>0?$mb:1)}")"
}

pdf=fixtures/bench/long.pdf
old=fixtures/bench/long.txt
new=fixtures/bench/long-v2.txt
echo "== against the tool a user would pick instead (median of 7 alternating runs)"
if command -v pdftotext >/dev/null 2>&1; then
  alternate "extract $pdf vs pdftotext -layout" bin/clausecheck extract "$pdf" -- pdftotext -layout "$pdf" -
  alternate "check $pdf vs pdftotext -layout" bin/clausecheck check --fail-on none "$pdf" -- pdftotext -layout "$pdf" -
else
  echo "pdftotext not installed: extraction comparison skipped"
fi
if command -v wdiff >/dev/null 2>&1; then
  alternate "diff --no-compliance $old $new vs wdiff" bin/clausecheck diff --no-compliance "$old" "$new" -- wdiff "$old" "$new"
  alternate "diff (with compliance delta) vs wdiff" bin/clausecheck diff "$old" "$new" -- wdiff "$old" "$new"
else
  echo "wdiff not installed: diff comparison skipped"
fi

echo "== recovery of damaged PDFs: 100 seeded mutants, usable when >= 90% of the words come back"
go test -count=1 -run 'TestMutant(Corpus|Recall)$' -v ./extract/pdftext | grep -E 'usable|kept' || true

echo "== growth with size (extract; peak RSS needs GNU time)"
gtime=""
[ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1 && gtime=/usr/bin/time
measure() { # measure LABEL FILE: time and peak memory of extracting FILE
  size=$(wc -c <"$2")
  if [ -n "$gtime" ]; then
    out=$($gtime -f "%e %M" bin/clausecheck extract "$2" 2>&1 >/dev/null | tail -1)
    secs=${out% *}; rss=${out#* }
    echo "$1 ($((size / 1024)) KiB): $(awk "BEGIN{printf \"%.0f\", $secs*1000}") ms, peak RSS $((rss / 1024)) MiB ($(awk "BEGIN{printf \"%.1f\", $rss*1024/$size}")× the file)"
  else
    echo "$1 ($((size / 1024)) KiB): $(ms bin/clausecheck extract "$2") ms"
  fi
}
: >"$tmp/acc.txt"
for n in 1 2 4 8; do
  while [ "$(grep -c . "$tmp/acc.txt")" -lt $((n * $(grep -c . "$old"))) ]; do cat "$old" >>"$tmp/acc.txt"; done
  cp "$tmp/acc.txt" "$tmp/copies-$n.txt"
  measure "text, $n × $(basename $old)" "$tmp/copies-$n.txt"
done
for n in 50000 100000 200000; do
  awk -v n=$n 'BEGIN{print "1. Terms"; for (i = 0; i < n; i++) print "line " i " of a long wrapped paragraph"}' >"$tmp/lines-$n.txt"
  measure "text, $n short lines" "$tmp/lines-$n.txt"
done
if [ -n "$gtime" ]; then
  out=$($gtime -f "%e %M" bin/clausecheck extract "$pdf" 2>&1 >/dev/null | tail -1)
  echo "pdf, $(basename $pdf): $(awk "BEGIN{printf \"%.0f\", ${out% *}*1000}") ms, peak RSS $((${out#* } / 1024)) MiB"
fi
