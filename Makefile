# clausecheck — make help lists the targets.
GO      ?= go
PKGS    := ./...
# the quick start's drafts: one passes the gate, one fails it (exit 1)
DRAFT   ?= fixtures/drafts/strong-deal-addendum.md fixtures/drafts/bedrock-edp-addendum.md
# VERSION is the version --version and the reports say: by default what git
# describes (a tag, or the commit, "-dirty" with uncommitted changes); empty
# outside a git checkout, and then the build's own (dev+COMMIT, or dev)
VERSION ?= $(shell git describe --tags --always --dirty --abbrev=12 2>/dev/null)

.PHONY: help build run test lint bench fuzz eval update-golden clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  %-14s %s\n", $$1, $$2}'

build: ## build bin/clausecheck, its version from git (VERSION=v1.2.3 to set another)
	$(GO) build $(if $(VERSION),-ldflags "-X main.version=$(VERSION)") -o bin/clausecheck ./cmd/clausecheck

run: ## check the quick start's drafts with the embedded Bedrock playbook, and say what the exit code means
	@$(GO) run ./cmd/clausecheck check $(DRAFT); code=$$?; \
	case $$code in \
	0) echo "exit 0: every draft passed the gate" ;; \
	1) echo "exit 1: a draft failed the gate (a critical check is missing, in conflict or unknown, or the draft was not read whole; see its FAIL above)" ;; \
	*) echo "exit $$code: trouble (a draft could not be read, or a bad option; see the error above)" ;; \
	esac; exit $$code

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
