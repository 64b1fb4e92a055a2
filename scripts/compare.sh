#!/bin/sh
# Compares clausecheck with the tool a user would pick instead, on the same
# files, when it is installed: pdftotext for extraction, wdiff for the diff.
# Runs alternate (clausecheck, peer, clausecheck, peer, …) so that both see
# the same machine state; the median of 7 runs each is reported, and the
# ratio is the figure to read (absolute times vary from run to run).
# Then: time and peak memory against input size for each format, up to
# 300 pages and 200,000 lines, to show that growth is linear (GNU time,
# when installed, gives the peak RSS).
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

echo "== fixed cost and batches (the speed issue's bars: a small draft <= 60 ms; >= 5,000 drafts/min/core)"
small=fixtures/drafts/strong-deal-addendum.md
: >"$tmp/s"
for i in 1 2 3 4 5 6 7 8 9 10 11; do ms bin/clausecheck check --fail-on none "$small" >>"$tmp/s"; done
echo "check one small draft ($small): $(median <"$tmp/s") ms (median of 11)"
: >"$tmp/s"
for i in 1 2 3 4 5 6 7; do ms bin/clausecheck --version >>"$tmp/s"; done
echo "start-up (--version): $(median <"$tmp/s") ms; policies list: $(ms bin/clausecheck policies list) ms"
# a batch of 1,000 small drafts: the bundled text and Markdown drafts, in turn
mkdir "$tmp/batch"
set -- fixtures/drafts/*.md fixtures/drafts/*.txt
i=0
while [ $i -lt 1000 ]; do
  k=$((i % $# + 1)); eval "f=\${$k}"
  cp "$f" "$tmp/batch/d$i.${f##*.}"
  i=$((i + 1))
done
cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
t=$(ms bin/clausecheck check -q --fail-on none "$tmp/batch")
echo "check a batch of 1,000 small drafts (--jobs $cores): $t ms, $(awk "BEGIN{printf \"%.0f\", 1000*60000/($t*$cores)}") drafts/min/core"
t=$(ms bin/clausecheck check -q --fail-on none --jobs 1 "$tmp/batch")
echo "the same on one worker (--jobs 1): $t ms, $(awk "BEGIN{printf \"%.0f\", 1000*60000/$t}") drafts/min"
rm -rf "$tmp/batch"

echo "== recovery of damaged PDFs: 100 seeded mutants, usable when >= 90% of the words come back"
go test -count=1 -run 'TestMutant(Corpus|Recall)$' -v ./extract/pdftext | grep -E 'usable|kept' || true

echo "== growth with size: each format, generated drafts (scripts/benchgen), extract and check"
echo "   (time and peak RSS; check on Markdown to 50,000 lines, on text to 200,000, which comes"
echo "   near the policies' 30 s deadline; GROWTH_CHECK=0 skips check)"
gtime=""
[ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1 && gtime=/usr/bin/time
go build -o bin/benchgen ./scripts/benchgen
# measure CMD FILE: one line of wall time and peak memory of CMD on FILE
# (CMD is a subcommand and its flags), with its exit code when not 0 or 1
measure() {
  size=$(wc -c <"$2")
  if [ -n "$gtime" ]; then
    out=$($gtime -f "%x %e %M" bin/clausecheck $1 "$2" 2>&1 >/dev/null | tail -1)
    code=${out%% *}; out=${out#* }; secs=${out% *}; rss=${out#* }
    note=""; [ "$code" -gt 1 ] && note="  exit $code"
    printf '  %-7s %-16s %8s KiB  %7s ms  peak RSS %5s MiB (%s× the file)%s\n' "${1%% *}" "$(basename "$2")" $((size / 1024)) \
      "$(awk "BEGIN{printf \"%.0f\", $secs*1000}")" $((rss / 1024)) "$(awk "BEGIN{printf \"%.1f\", $rss*1024/$size}")" "$note"
  else
    printf '  %-7s %-16s %8s KiB  %7s ms\n' "${1%% *}" "$(basename "$2")" $((size / 1024)) "$(ms bin/clausecheck $1 "$2")"
  fi
}
for spec in text:lines:txt:25000,50000,100000,200000 markdown:lines:md:25000,50000,100000,200000 \
  pdf:pages:pdf:38,75,150,300 docx:pages:docx:38,75,150,300; do
  format=${spec%%:*}; rest=${spec#*:}; unit=${rest%%:*}; rest=${rest#*:}; ext=${rest%%:*}; sizes=${rest#*:}
  echo "$format, by $unit:"
  for n in $(echo "$sizes" | tr , ' '); do
    f="$tmp/$n-$unit.$ext"
    bin/benchgen -format "$format" -n "$n" -o "$f"
    measure extract "$f"
    if [ "${GROWTH_CHECK:-1}" != 0 ] && { [ "$format" != markdown ] || [ "$n" -le 50000 ]; }; then
      measure "check --fail-on none" "$f"
    fi
  done
done
echo "text, large (where the runtime's own footprint no longer counts):"
for n in 50 200; do
  f="$tmp/long-x$n.txt"
  i=0; while [ $i -lt $n ]; do cat "$old"; i=$((i + 1)); done >"$f"
  measure "extract --max-text-bytes 1000000000 --max-clauses 10000000" "$f"
  rm -f "$f"
done
if [ -n "$gtime" ]; then
  out=$($gtime -f "%e %M" bin/clausecheck extract "$pdf" 2>&1 >/dev/null | tail -1)
  echo "pdf, $(basename $pdf) (a real 99-page LibreOffice PDF): extract $(awk "BEGIN{printf \"%.0f\", ${out% *}*1000}") ms, peak RSS $((${out#* } / 1024)) MiB"
fi
