# clausecheck — make help lists the targets.
GO      ?= go
PKGS    := ./...
DRAFT   ?= fixtures/drafts/bedrock-edp-addendum.md

.PHONY: help build run test lint bench fuzz eval update-golden clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  %-14s %s\n", $$1, $$2}'

build: ## build bin/clausecheck
	$(GO) build -o bin/clausecheck ./cmd/clausecheck

run: ## check the bundled draft with the embedded Bedrock playbook
	$(GO) run ./cmd/clausecheck check $(DRAFT)

test: ## run every test: unit, golden, CLI scripts, Rego policies, eval gate, short fuzz seeds
	$(GO) vet $(PKGS)
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) test -count=1 $(PKGS)

lint: ## go vet and gofmt
	$(GO) vet $(PKGS)
	@out=$$(gofmt -l .); test -z "$$out" || { echo "gofmt needed:"; echo "$$out"; exit 1; }

bench: ## benchmarks (extraction, check, diff) and comparisons with pdftotext / wdiff when installed
	$(GO) test -run '^$$' -bench . -benchmem ./extract/... ./check/... ./diff/...
	@sh scripts/compare.sh

fuzz: ## run every fuzz target for a short while each (FUZZTIME, default 15s; CI runs 6s)
	@sh scripts/fuzz.sh $${FUZZTIME:-15s}

eval: ## accuracy of the playbook on the labelled drafts (confusion table per check)
	$(GO) test -count=1 -run TestEval -v ./eval/

update-golden: ## rewrite golden files and the README quick-start output after an intended change (review the diff!)
	$(GO) test ./extract/ ./extract/docx/ ./render/ ./diffrender/ -update
	$(GO) test ./cmd/clausecheck/ -run Readme -u

clean: ## remove build output
	rm -rf bin
