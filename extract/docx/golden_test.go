package docx

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden reads the documents in testdata, made once with real
// producers (see testdata/README.md), in both views and compares with
// the reviewed .golden.json files. Run with -update to rewrite them, and
// review the diff: the expected labels are Word's, not LibreOffice's.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.docx"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata documents: %v", err)
	}
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]*Result{
				"accepted": read(t, data, Options{}),
				"original": read(t, data, Options{Original: true}),
			}
			out, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, '\n')
			golden := strings.TrimSuffix(name, ".docx") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(out, want) {
				t.Errorf("%s differs from the result:\n%s", golden, out)
			}
			// Reading is deterministic: same bytes in, same result out.
			again, _ := json.MarshalIndent(map[string]*Result{
				"accepted": read(t, data, Options{}),
				"original": read(t, data, Options{Original: true}),
			}, "", "  ")
			if !bytes.Equal(append(again, '\n'), out) {
				t.Error("two reads of the same document differ")
			}
		})
	}
}
