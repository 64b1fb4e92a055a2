#!/bin/sh
# Prints, as Markdown tables, what clausecheck reports on the real contracts
# in ../shared/corpus: the version pairs (diff) and the AI providers' terms
# (check). fixtures/README.md records its output; rerun after a change.
set -e
corpus=${CORPUS:-../shared/corpus}
[ -d "$corpus" ] || { echo "no $corpus" >&2; exit 0; }
go build -o bin/clausecheck ./cmd/clausecheck
cc=bin/clausecheck

echo "| pair | similarity | substantive | cosmetic | compliance changes |"
echo "|---|---|---|---|---|"
pair() {
  out=$($cc diff --format json "$corpus/$1" "$corpus/$2") || true
  echo "$out" | python3 -c '
import json, sys
d = json.load(sys.stdin)
subst = sum(1 for c in d["changes"] if c.get("substantive"))
kinds = {}
for c in d["changes"]:
    if c.get("substantive"):
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
k = ", ".join("%d %s" % (n, x) for x, n in sorted(kinds.items()))
comp = ", ".join("%s %s→%s" % (c["id"], c["old"], c["new"]) for c in d.get("compliance") or [] if c["old"] != c["new"]) or "none"
td = " (too different)" if d.get("too_different") else ""
print("| `%s` → `%s` | %.1f%%%s | %d (%s) | %d | %s |" % (sys.argv[1], sys.argv[2], 100*d["similarity"], td, subst, k or "-", d["cosmetic"]["count"], comp))
' "$1" "$2"
}
pair aws-service-terms/aws-service-terms-2023-09-12.md aws-service-terms/aws-service-terms-2023-09-28.md
pair aws-service-terms/aws-service-terms-2024-03-15.md aws-service-terms/aws-service-terms-2024-07-23.md
pair anthropic/anthropic-commercial-terms-2025-06-17-capture-2025-11-11.md anthropic/anthropic-commercial-terms-2025-06-17-capture-2026-03-11.md
pair openai/openai-services-agreement-2025-05-31.md openai/openai-services-agreement-2025-12-01.md
pair openai/openai-dpa-2024-02-15.md openai/openai-dpa-2025-12-01.md
pair google-cloud-terms/google-cloud-terms-2023-07-12.md google-cloud-terms/google-cloud-terms-2023-11-16.md
pair commonpaper-csa/csa-v1.0.md commonpaper-csa/csa-v2.0.md
pair commonpaper-sla/sla-v1.0.md commonpaper-sla/sla-v2.0.md
pair mistral-commercial-terms/mistral-commercial-terms-2025-12-11.md mistral-commercial-terms/mistral-commercial-terms-2026-04-08.md
pair xai-enterprise-terms/xai-enterprise-terms-2025-06-27.md xai-enterprise-terms/xai-enterprise-terms-2026-05-12.md
pair berget-ai-sla/berget-ai-sla-2025-03-24.md berget-ai-sla/berget-ai-sla-2025-10-16.md
pair starlink-sla/starlink-priority-sla-2026-01-13.md starlink-sla/starlink-priority-sla-2026-04-09.md
pair bonterms-cloud-terms/cloud-terms-v1.0-2022-02-04.md bonterms-cloud-terms/Bonterms-Cloud-Terms-Version-1.0.pdf
pair cuad-edgar-hosting/cuad-egain-webhelp-hosting-agreement-2000.txt cuad-edgar-hosting/cuad-egain-webhelp-hosting-agreement-2000.pdf

echo
echo "| terms | C4 (training / residency) | evidence | other checks met |"
echo "|---|---|---|---|"
for f in anthropic/anthropic-commercial-terms-2025-06-17-capture-2026-03-11.md anthropic/anthropic-dpa-2025-02-24.md \
  openai/openai-services-agreement-2025-12-01.md openai/openai-dpa-2025-12-01.md openai/openai-terms-of-use-2023-03-14.md \
  xai-enterprise-terms/xai-enterprise-terms-2026-05-12.md mistral-commercial-terms/mistral-commercial-terms-2026-04-08.md \
  aws-service-terms/aws-service-terms-2026-08-20.md google-cloud-terms/google-cloud-terms-2023-11-16.md commonpaper-ai-addendum/ai-addendum-v1.0.md; do
  $cc check --fail-on none --format json "$corpus/$f" | python3 -c '
import json, sys
d = json.load(sys.stdin)["documents"][0]
f = {x["id"]: x for x in d["findings"]}
c4 = f["C4"]
ev = "; ".join("%s: %s" % (e["clause"], e["quote"][:90].replace("|", "/")) for e in c4["evidence"][:2]) or "-"
met = ", ".join(x["id"] for x in d["findings"] if x["status"] == "met" and x["id"] != "C4") or "-"
print("| `%s` | %s | %s | %s |" % (sys.argv[1], c4["status"], ev, met))
' "$f"
done
