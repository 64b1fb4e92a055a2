#!/bin/sh
# render-blind.sh — re-make the DOCX and PDF renderings of the blind corpus.
#
# The renderings let the evaluation (eval.TestEvalBlind) check that clausecheck
# gives the same verdicts on every rendering of a draft. About a third of the
# drafts are rendered: every draft NAME.md or NAME.txt in fixtures/blind/dev
# and fixtures/blind/test whose number (the part after "hN-") is 01, 04, 07,
# 10 or 13; and both drafts (NAME.old, NAME.new) of every version pair in
# fixtures/blind/pairs/dev and fixtures/blind/pairs/test whose number (after
# "pN-") is 01 or 04. For each, beside the draft:
#
#   NAME.docx  go run ./internal/fixturegen NAME.md|NAME.txt NAME.docx
#              (Word-native clause numbering, headings, tables; byte-for-byte
#              reproducible, see internal/fixturegen/main.go)
#   NAME.pdf   soffice --headless --convert-to pdf --outdir DIR NAME.docx
#              (LibreOffice; made with LibreOffice 7.4.7.2)
#
# LibreOffice writes its run time and a random document ID into every PDF, so
# a PDF is converted again only when its DOCX changed, when it is missing, or
# with FORCE=1. Each PDF must have a text layer (checked with pdftotext when
# it is installed).
#
# The script reads only the drafts, never their labels (*.expect.yaml,
# *.labels.yaml).
#
# Needs: Go; LibreOffice Writer (apt-get install libreoffice-writer-nogui);
# optionally poppler-utils (pdftotext).
#
# Usage (from anywhere in the repository):
#   sh scripts/render-blind.sh             # the selection above
#   sh scripts/render-blind.sh DRAFT...    # only these drafts
#   FORCE=1 sh scripts/render-blind.sh     # convert every PDF again
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

command -v soffice >/dev/null 2>&1 || { echo "render-blind: soffice (LibreOffice) not found" >&2; exit 2; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
go build -o "$tmp/fixturegen" ./internal/fixturegen

if [ $# -gt 0 ]; then
	drafts="$*"
else
	drafts=$(ls fixtures/blind/dev/*.md fixtures/blind/dev/*.txt fixtures/blind/test/*.md fixtures/blind/test/*.txt 2>/dev/null |
		grep -E '/h[0-9]+-(01|04|07|10|13)-[^/]*\.(md|txt)$' | sort
		ls fixtures/blind/pairs/dev/*.md fixtures/blind/pairs/dev/*.txt fixtures/blind/pairs/test/*.md fixtures/blind/pairs/test/*.txt 2>/dev/null |
			grep -E '/p[0-9]+-(01|04)-[^/]*\.(old|new)\.(md|txt)$' | sort)
fi

n=0
: >"$tmp/convert"
for src in $drafts; do
	case "$src" in
	*.expect.yaml) continue ;;
	*.md | *.txt) ;;
	*) echo "render-blind: $src: not a .md or .txt draft" >&2; exit 2 ;;
	esac
	base=${src%.*}
	"$tmp/fixturegen" "$src" "$tmp/new.docx"
	if [ "${FORCE:-0}" != 1 ] && [ -f "$base.pdf" ] && [ -f "$base.docx" ] && cmp -s "$tmp/new.docx" "$base.docx"; then
		: # unchanged: keep the PDF
	else
		mv "$tmp/new.docx" "$base.docx"
		echo "$base.docx" >>"$tmp/convert"
	fi
	n=$((n + 1))
done

# one LibreOffice run per directory, with a profile of its own so that a
# LibreOffice already open does not swallow the conversion
profile="file://$tmp/lo-profile"
for dir in $(sed 's|/[^/]*$||' "$tmp/convert" | sort -u); do
	grep "^$dir/[^/]*\$" "$tmp/convert" >"$tmp/list"
	# shellcheck disable=SC2046
	soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$dir" $(cat "$tmp/list") >/dev/null
done

status=0
for docx in $(cat "$tmp/convert"); do
	pdf=${docx%.docx}.pdf
	if [ ! -s "$pdf" ]; then
		echo "render-blind: $pdf was not written" >&2
		status=1
	elif command -v pdftotext >/dev/null 2>&1 && [ "$(pdftotext "$pdf" - | tr -d '[:space:]' | wc -c)" -lt 200 ]; then
		echo "render-blind: $pdf has no text layer" >&2
		status=1
	fi
done
echo "render-blind: $n drafts, $(wc -l <"$tmp/convert") converted to PDF"
exit $status
