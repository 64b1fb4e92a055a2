#!/bin/sh
# Compares clausecheck with reference tools on the same inputs, when they are
# installed: pdftotext for extraction, wdiff for the diff. Wall time, best of 5.
set -e
go build -o bin/clausecheck ./cmd/clausecheck
pdf=fixtures/bench/long.pdf
best() { # best wall time in ms of 5 runs of "$@"
  b=999999
  for i in 1 2 3 4 5; do
    s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
    t=$(( (e - s) / 1000000 )); [ $t -lt $b ] && b=$t
  done
  echo $b
}
if command -v pdftotext >/dev/null 2>&1 && [ -f $pdf ]; then
  a=$(best bin/clausecheck extract $pdf); p=$(best pdftotext -layout $pdf -)
  echo "extract $pdf: clausecheck ${a} ms, pdftotext -layout ${p} ms, ratio $(awk "BEGIN{printf \"%.2f\\n\", $a/($p>0?$p:1)}")"
else
  echo "pdftotext not installed: extraction comparison skipped"
fi
old=fixtures/bench/long.txt; new=fixtures/bench/long-v2.txt
if command -v wdiff >/dev/null 2>&1 && [ -f $new ]; then
  a=$(best bin/clausecheck diff --no-compliance $old $new); w=$(best wdiff $old $new)
  echo "diff $old $new: clausecheck ${a} ms, wdiff ${w} ms, ratio $(awk "BEGIN{printf \"%.2f\\n\", $a/($w>0?$w:1)}")"
else
  echo "wdiff or $new missing: diff comparison skipped"
fi
