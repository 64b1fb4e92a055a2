package app

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

var updateSums = flag.Bool("update-sums", false, "rewrite "+sumsFile+" with the outputs of this build")

// sumsFile holds, for every draft in the fixtures (and in the shared
// corpus when it is beside the repository), the SHA-256 of what extract
// and check write for it, and of what diff writes for each version pair.
const sumsFile = "../fixtures/golden/outputs.sha256"

// TestOutputsUnchanged holds the outputs byte for byte: a change made for
// speed (or any change not meant to change a verdict, a quote or a
// redline) must leave every digest as it was. A change meant to alter
// outputs is recorded with -update-sums, and the golden and eval tests
// say what it altered. Entries for the shared corpus are compared only
// when it is there.
func TestOutputsUnchanged(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every fixture draft; skipped with -short")
	}
	got := map[string]string{}
	shared := true
	var roots []string
	roots = append(roots, "../fixtures")
	if _, err := os.Stat("../../shared/corpus"); err == nil {
		roots = append(roots, "../../shared/corpus")
	} else {
		shared = false
		t.Log("the shared corpus is not beside the repository: its entries are not compared")
	}
	var drafts []string
	pairs := map[string][]string{} // directory → its old/new drafts
	for _, root := range roots {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !draftExts[strings.ToLower(filepath.Ext(p))] || strings.Contains(p, "/golden/") {
				return nil
			}
			if filepath.Base(p) == "README.md" || filepath.Dir(p) == "../fixtures" {
				return nil // the fixtures' documentation, no draft
			}
			if base := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)); base == "old" || base == "new" {
				pairs[filepath.Dir(p)] = append(pairs[filepath.Dir(p)], p)
			}
			drafts = append(drafts, p)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	// check: one batch per directory, each draft's report hashed apart
	byDir := map[string][]string{}
	for _, p := range drafts {
		byDir[filepath.Dir(p)] = append(byDir[filepath.Dir(p)], p)
	}
	for _, dir := range slices.Sorted(maps.Keys(byDir)) {
		var out bytes.Buffer
		err := Check(ctx, CheckOptions{Paths: byDir[dir], Format: "json", AcceptPartial: true, Playbook: Playbook{NoConfigDiscovery: true}}, &out, &bytes.Buffer{})
		if err != nil && !errors.Is(err, ErrGateFailed) && out.Len() == 0 {
			t.Fatalf("check %s: %v", dir, err)
		}
		var rep struct {
			Documents []json.RawMessage `json:"documents"`
			Errors    []struct {
				Path    string `json:"path"`
				Message string `json:"message"`
			} `json:"errors"`
		}
		if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
			t.Fatalf("check %s: %v", dir, err)
		}
		for _, d := range rep.Documents {
			var id struct {
				Path string `json:"path"`
			}
			if err := json.Unmarshal(d, &id); err != nil {
				t.Fatal(err)
			}
			got["check "+id.Path] = digest(d)
		}
		for _, e := range rep.Errors {
			got["check "+e.Path] = digest([]byte("error: " + e.Message))
		}
	}
	for _, p := range drafts {
		var out bytes.Buffer
		err := Extract(ExtractOptions{Path: p}, &out)
		if err != nil {
			got["extract "+p] = digest([]byte("error: " + err.Error()))
			continue
		}
		got["extract "+p] = digest(out.Bytes())
	}
	// diff: each fixture pair (old and new in one directory), the
	// benchmark's two long drafts, and the shared corpus's versions of one
	// document, each against the next
	type pair struct{ name, old, new string }
	var ps []pair
	for _, dir := range slices.Sorted(maps.Keys(pairs)) {
		if fs := pairs[dir]; len(fs) == 2 {
			sort.Strings(fs) // new…, old…
			ps = append(ps, pair{dir, fs[1], fs[0]})
		}
	}
	ps = append(ps, pair{"../fixtures/bench/long.txt", "../fixtures/bench/long.txt", "../fixtures/bench/long-v2.txt"})
	for _, dir := range slices.Sorted(maps.Keys(byDir)) {
		if !strings.Contains(dir, "/shared/corpus/") {
			continue
		}
		var mds []string
		for _, p := range byDir[dir] {
			if strings.HasSuffix(p, ".md") {
				mds = append(mds, p)
			}
		}
		sort.Strings(mds)
		for i := 1; i < len(mds); i++ {
			ps = append(ps, pair{mds[i-1] + " " + filepath.Base(mds[i]), mds[i-1], mds[i]})
		}
	}
	for _, p := range ps {
		for _, f := range []string{"json", "text"} {
			var out bytes.Buffer
			err := Diff(ctx, DiffOptions{Old: p.old, New: p.new, Format: f, Playbook: Playbook{NoConfigDiscovery: true}}, &out)
			if err != nil {
				t.Fatalf("diff %s: %v", p.name, err)
			}
			got["diff-"+f+" "+p.name] = digest(out.Bytes())
		}
	}
	if *updateSums {
		var b strings.Builder
		for _, k := range slices.Sorted(maps.Keys(got)) {
			fmt.Fprintf(&b, "%s  %s\n", got[k], k)
		}
		if err := os.WriteFile(sumsFile, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %d digests", len(got))
		return
	}
	want := readSums(t)
	changed := 0
	for _, k := range slices.Sorted(maps.Keys(want)) {
		if !shared && strings.Contains(k, "/shared/corpus/") {
			continue
		}
		g, ok := got[k]
		switch {
		case !ok:
			t.Errorf("%s: no longer produced", k)
		case g != want[k]:
			changed++
			if changed <= 20 {
				t.Errorf("%s: output changed", k)
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(got)) {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: new, not in %s (record it with -update-sums)", k, sumsFile)
		}
	}
	if changed > 0 {
		t.Errorf("%d outputs changed of %d; if meant, record them with go test ./app -run TestOutputsUnchanged -update-sums", changed, len(want))
	}
	if len(got) < 1000 {
		t.Errorf("only %d outputs compared: the fixtures were not found", len(got))
	}
}

func digest(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func readSums(t *testing.T) map[string]string {
	t.Helper()
	f, err := os.Open(sumsFile)
	if err != nil {
		t.Fatalf("%v (record it with -update-sums)", err)
	}
	defer f.Close()
	m := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		sum, key, ok := strings.Cut(sc.Text(), "  ")
		if !ok {
			t.Fatalf("%s: bad line %q", sumsFile, sc.Text())
		}
		m[key] = sum
	}
	return m
}
