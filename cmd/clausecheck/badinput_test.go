package main

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/clausecheck/clausecheck/app"
	"github.com/clausecheck/clausecheck/internal/testpdf"
)

// badInput is one generated hostile or damaged input: the files it needs,
// the command line, and what must come of it.
type badInput struct {
	name  string
	files map[string][]byte // written into a fresh directory
	setup func(t *testing.T, dir string)
	args  []string // "$D" is replaced by the directory
	code  int      // expected exit code
	msg   []string // words the error must contain (the file and the cause)
}

// TestBadInputSuite runs every generated bad input through the CLI: each
// gets the expected exit code and one message naming the file and the
// cause; none passes, none panics, none changes a file it was given.
func TestBadInputSuite(t *testing.T) {
	suite := badInputs(t)
	if len(suite) < 60 {
		t.Fatalf("the suite has %d inputs, want at least 60", len(suite))
	}
	for _, bi := range suite {
		t.Run(bi.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, data := range bi.files {
				p := filepath.Join(dir, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if bi.setup != nil {
				bi.setup(t, dir)
			}
			before := snapshot(t, dir)
			args := make([]string, len(bi.args))
			for i, a := range bi.args {
				args[i] = strings.ReplaceAll(a, "$D", dir)
			}
			_, err := execCLI(args)
			if code := app.ExitCode(err); code != bi.code {
				t.Fatalf("exit %d, want %d (err: %v)", code, bi.code, err)
			}
			if bi.code == 2 {
				msg := err.Error()
				if strings.Count(msg, "\n") > 0 {
					t.Errorf("message is more than one line: %q", msg)
				}
				for _, w := range bi.msg {
					if !strings.Contains(strings.ToLower(msg), strings.ToLower(strings.ReplaceAll(w, "$D", dir))) {
						t.Errorf("message %q does not say %q", msg, w)
					}
				}
			}
			if after := snapshot(t, dir); after != before {
				t.Errorf("an input was modified")
			}
		})
	}
}

// snapshot fingerprints the regular files of dir (names and contents).
func snapshot(t *testing.T, dir string) string {
	var b strings.Builder
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		data, _ := os.ReadFile(p)
		fmt.Fprintf(&b, "%s %x\n", p, sha256.Sum256(data))
		return nil
	})
	return b.String()
}

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "fixtures", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func docxOf(t *testing.T, parts map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	names := []string{"[Content_Types].xml", "word/document.xml", "word/numbering.xml", "word/styles.xml"}
	for _, n := range names {
		if data, ok := parts[n]; ok {
			f, err := w.Create(n)
			if err != nil {
				t.Fatal(err)
			}
			f.Write([]byte(data))
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const ctXML = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`

func wordDoc(body string) string {
	return `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`
}

func badInputs(t *testing.T) []badInput {
	pdf := readFixture(t, "drafts/strong-deal-addendum.pdf")
	md := readFixture(t, "drafts/strong-deal-addendum.md")
	docx := readFixture(t, "drafts/strong-deal-addendum.docx")
	check := func(file string) []string { return []string{"check", "$D/" + file} }
	var s []badInput
	add := func(name string, files map[string][]byte, args []string, code int, msg ...string) {
		s = append(s, badInput{name: name, files: files, args: args, code: code, msg: msg})
	}
	one := func(file string, data []byte) map[string][]byte { return map[string][]byte{file: data} }

	// text and Markdown
	add("empty text", one("d.txt", nil), check("d.txt"), 2, "d.txt", "empty")
	add("blank markdown", one("d.md", []byte(" \n\t\n")), check("d.md"), 2, "d.md", "empty")
	add("latin-1 text", one("d.txt", []byte("1. Fees \xe9\xe8\n")), check("d.txt"), 2, "d.txt", "UTF-8")
	add("NUL bytes", one("d.txt", []byte("1. Fees\x00\x00\x00 are due\n")), check("d.txt"), 2, "d.txt", "binary")
	add("control bytes", one("d.txt", bytes.Repeat([]byte{1, 2, 3, 4, 5, 6}, 100)), check("d.txt"), 2, "d.txt", "binary")
	add("PNG named .md", one("d.md", append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 64)...)), check("d.md"), 2, "d.md", "format")
	add("text named .pdf", one("d.pdf", []byte("1. The parties agree.\n")), check("d.pdf"), 2, "d.pdf", "not a PDF")
	add("text named .docx", one("d.docx", []byte("1. The parties agree.\n")), check("d.docx"), 2, "d.docx", "not a Word")
	add("missing file", nil, check("nope.md"), 2, "nope.md", "no such file")
	add("directory without drafts", map[string][]byte{"sub/notes.bin": []byte("x")}, check("sub"), 2, "sub", "no draft")
	add("text over the size limit", one("d.txt", bytes.Repeat([]byte("1. The parties agree.\n"), (32<<20)/22+2)), check("d.txt"), 2, "d.txt", "too large")
	add("only a heading", one("d.md", []byte("#\n")), check("d.md"), 2, "d.md", "empty")

	// PDF
	for _, frac := range []int{5, 20, 40, 60, 80} {
		add(fmt.Sprintf("PDF truncated at %d%%", frac), one("d.pdf", pdf[:len(pdf)*frac/100]), check("d.pdf"), 2, "d.pdf")
	}
	add("PDF header only", one("d.pdf", []byte("%PDF-1.7\n")), check("d.pdf"), 2, "d.pdf")
	add("PDF header then zeros", one("d.pdf", append([]byte("%PDF-1.4\n"), make([]byte, 4096)...)), check("d.pdf"), 2, "d.pdf")
	add("PDF header then garbage", one("d.pdf", append([]byte("%PDF-1.4\n"), bytes.Repeat([]byte("garbage obj <<>> "), 200)...)), check("d.pdf"), 2, "d.pdf")
	add("PDF without pages", one("d.pdf", testpdf.Minimal("<< /Type /Pages /Kids [] /Count 0 >>", "")), check("d.pdf"), 2, "d.pdf")
	add("PDF scanned (no text layer)", one("d.pdf", testpdf.Minimal("", "0 0 m 300 300 l S")), check("d.pdf"), 2, "d.pdf", "no text")
	add("PDF glyph bomb", one("d.pdf", testpdf.Minimal("", "BT /F1 12 Tf 72 720 Td ("+strings.Repeat("A", 300_000)+") Tj ET")), check("d.pdf"), 2, "d.pdf", "max-page-glyphs")
	add("PDF damaged page", one("d.pdf", damageTextStream(pdf, 2)), check("d.pdf"), 2, "d.pdf", "page 2 damaged")
	add("PDF damaged first page", one("d.pdf", damageTextStream(pdf, 1)), check("d.pdf"), 2, "d.pdf", "page 1")
	add("PDF huge /Size", one("d.pdf", bytes.Replace(pdf, []byte("/Size "), []byte("/Size 99999999"), 1)), check("d.pdf"), 0)
	for _, enc := range []string{"enc-aes-256.pdf", "enc-user-password.pdf", "enc-rc4-40.pdf"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "extract", "pdftext", "testdata", enc))
		if err != nil {
			t.Fatal(err)
		}
		add("PDF "+enc, one("d.pdf", data), check("d.pdf"), 2, "d.pdf", "encrypt")
	}
	// recovered, as pdftotext recovers it: read whole, so checked
	add("PDF without endstream", one("d.pdf", bytes.ReplaceAll(pdf, []byte("endstream"), []byte("xxxxxxxxx"))), check("d.pdf"), 0)
	add("PDF with every stream emptied", one("d.pdf", emptyStreams(pdf)), check("d.pdf"), 2, "d.pdf")

	// DOCX
	add("DOCX not a zip", one("d.docx", []byte("PK\x03\x04 not really a zip")), check("d.docx"), 2, "d.docx")
	add("DOCX without document.xml", one("d.docx", docxOf(t, map[string]string{"[Content_Types].xml": ctXML})), check("d.docx"), 2, "d.docx")
	add("DOCX malformed XML", one("d.docx", docxOf(t, map[string]string{"[Content_Types].xml": ctXML, "word/document.xml": "<w:document><w:body><w:p>"})), check("d.docx"), 2, "d.docx")
	add("DOCX empty body", one("d.docx", docxOf(t, map[string]string{"[Content_Types].xml": ctXML, "word/document.xml": wordDoc("")})), check("d.docx"), 2, "d.docx", "empty")
	add("DOCX entity expansion", one("d.docx", docxOf(t, map[string]string{"[Content_Types].xml": ctXML, "word/document.xml": `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`})), check("d.docx"), 2, "d.docx")
	add("DOCX zip bomb", one("d.docx", docxOf(t, map[string]string{"[Content_Types].xml": ctXML, "word/document.xml": wordDoc("<w:p><w:r><w:t>" + strings.Repeat(" ", 80<<20) + "</w:t></w:r></w:p>")})), check("d.docx"), 2, "d.docx", "large")
	add("DOCX OLE (encrypted or .doc)", one("d.docx", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...)), check("d.docx"), 2, "d.docx")
	add("DOCX truncated", one("d.docx", docx[:len(docx)/2]), check("d.docx"), 2, "d.docx")
	add("DOCX only whitespace runs", one("d.docx", docxOf(t, map[string]string{"[Content_Types].xml": ctXML, "word/document.xml": wordDoc("<w:p><w:r><w:t>   </w:t></w:r></w:p>")})), check("d.docx"), 2, "d.docx", "empty")

	// configs
	good := map[string][]byte{"d.md": md}
	with := func(extra map[string][]byte) map[string][]byte {
		m := map[string][]byte{"d.md": md}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	cfg := func(file string) []string { return []string{"check", "--config", "$D/" + file, "$D/d.md"} }
	add("config: two YAML documents", with(one("c.yaml", []byte("disabled: []\n---\ndisabled: [C1]\n"))), cfg("c.yaml"), 2, "c.yaml", "more than one YAML document")
	add("config: NaN threshold", with(one("c.yaml", []byte("thresholds: {pt_sla_percent: .nan}\n"))), cfg("c.yaml"), 2, "c.yaml", "not a number")
	add("config: negative threshold", with(one("c.yaml", []byte("thresholds: {pt_cancel_notice_days: -5}\n"))), cfg("c.yaml"), 2, "c.yaml", "negative")
	add("config: percentage over 100", with(one("c.yaml", []byte("thresholds: {pt_sla_percent: 999}\n"))), cfg("c.yaml"), 2, "c.yaml", "more than 100%")
	add("config: unknown key", with(one("c.yaml", []byte("thresolds: {}\n"))), cfg("c.yaml"), 2, "c.yaml")
	add("config: unknown check", with(one("c.yaml", []byte("disabled: [C99]\n"))), cfg("c.yaml"), 2, "c.yaml", "C99")
	add("config: bad severity", with(one("c.yaml", []byte("severities: {C1: fatal}\n"))), cfg("c.yaml"), 2, "c.yaml", "fatal")
	add("config: waiver without reason", with(one("c.yaml", []byte("waivers:\n  - {check: C1, path: d.md}\n"))), cfg("c.yaml"), 2, "c.yaml", "reason")
	add("config: bad waiver date", with(one("c.yaml", []byte("waivers:\n  - {check: C1, path: d.md, reason: r, expires: 30/06/2026}\n"))), cfg("c.yaml"), 2, "c.yaml")
	add("config: not YAML", with(one("c.yaml", []byte("{{{{ ::: \n"))), cfg("c.yaml"), 2, "c.yaml")
	add("config: missing", good, cfg("none.yaml"), 2, "none.yaml")
	add("config: a directory", with(map[string][]byte{"cdir/x": []byte("x")}), cfg("cdir"), 2, "cdir")
	add("config discovered: broken", with(one(".clausecheck.yaml", []byte("disabled: [C99]\n"))), check("d.md"), 2, ".clausecheck.yaml", "C99")
	add("config: output over the config", with(one("c.yaml", []byte("disabled: []\n"))), []string{"check", "--config", "$D/c.yaml", "-o", "$D/c.yaml", "$D/d.md"}, 2, "c.yaml", "refusing")
	add("output over the draft", good, []string{"check", "-o", "$D/d.md", "$D/d.md"}, 2, "d.md", "refusing")

	// rules
	rules := func(src string) map[string][]byte { return with(one("rules/r.yaml", []byte(src))) }
	ruleArgs := []string{"check", "--rules", "$D/rules", "$D/d.md"}
	add("rules: not YAML", rules("{{{"), ruleArgs, 2, "r.yaml")
	add("rules: unknown key", rules("vocabulary_typo: {}\n"), ruleArgs, 2, "r.yaml")
	add("rules: two documents", rules("extends: bedrock\n---\nextends: none\n"), ruleArgs, 2, "more than one YAML document")
	add("rules: empty directory", with(map[string][]byte{"rules/readme.txt": []byte("x")}), ruleArgs, 2, "no .yaml")

	// policies
	pol := func(src string) map[string][]byte { return with(one("pol/p.rego", []byte(src))) }
	polArgs := []string{"check", "--policies", "$D/pol", "$D/d.md"}
	head := "# METADATA\n# title: T\n# custom:\n#   id: X1\n#   severity: warning\npackage clausecheck.pol.x1\n\nimport rego.v1\n\n"
	add("policy: syntax error", pol("package clausecheck.pol.x1\nfinding := {"), polArgs, 2, "p.rego")
	add("policy: http.send", pol(head+`finding := {"status": "met", "reason": sprintf("%v", [http.send({"method": "GET", "url": "http://x.invalid"})]), "evidence": [], "facts": {}}`+"\n"), polArgs, 2, "http.send")
	add("policy: clock", pol(head+`finding := {"status": "met", "reason": sprintf("%v", [time.now_ns()]), "evidence": [], "facts": {}}`+"\n"), polArgs, 2, "time.now_ns")
	add("policy: JWT verification reads the clock", pol(head+`finding := {"status": "met", "reason": sprintf("%v", [io.jwt.decode_verify("a.b.c", {"secret": "s"})]), "evidence": [], "facts": {}}`+"\n"), polArgs, 2, "io.jwt.decode_verify")
	add("policy: no METADATA", pol("package clausecheck.pol.x1\n\nimport rego.v1\n\nfinding := {\"status\": \"met\", \"reason\": \"\", \"evidence\": [], \"facts\": {}}\n"), polArgs, 2, "METADATA")
	add("policy: bad severity", pol(strings.Replace(head, "warning", "fatal", 1)+`finding := {"status": "met", "reason": "", "evidence": [], "facts": {}}`+"\n"), polArgs, 2, "severity")
	add("policy: bad status", pol(head+`finding := {"status": "great", "reason": "", "evidence": [], "facts": {}}`+"\n"), polArgs, 2, "great")
	add("policy: empty directory", with(map[string][]byte{"pol/readme.txt": []byte("x")}), polArgs, 2, "no .rego")
	add("policy tests: two type errors (one line)", with(one("pol/a_test.rego", []byte("package clausecheck.pol.a_test\n\nimport rego.v1\n\ntest_a if { undefined_one(1) }\n\ntest_b if { undefined_two(1) }\n"))),
		[]string{"policies", "test", "$D/pol"}, 2, "a_test.rego", "undefined_one", "undefined_two")
	add("policy: conflicting values (one line)", pol(head+`finding := {"status": "met", "reason": "a", "evidence": [], "facts": {}} if { true }`+"\n"+
		`finding := {"status": "missing", "reason": "b", "evidence": [], "facts": {}} if { true }`+"\n"), polArgs, 2, "p.rego", "conflicting values")

	// usage
	add("usage: unknown format", good, []string{"check", "--format", "pdf", "$D/d.md"}, 2, "unknown format")
	add("usage: unknown gate", good, []string{"check", "--fail-on", "sometimes", "$D/d.md"}, 2, "sometimes")
	add("usage: no draft", good, []string{"check"}, 2)
	add("usage: unknown flag", good, []string{"check", "--frobnicate", "$D/d.md"}, 2, "frobnicate")

	// special files (not on every system)
	if runtime.GOOS != "windows" {
		s = append(s,
			badInput{name: "named pipe as draft", setup: func(t *testing.T, dir string) {
				if err := syscall.Mkfifo(filepath.Join(dir, "p.md"), 0o600); err != nil {
					t.Skip(err)
				}
			}, args: check("p.md"), code: 2, msg: []string{"p.md", "named pipe"}},
			badInput{name: "symlink to /dev/zero as draft", setup: func(t *testing.T, dir string) {
				if err := os.Symlink("/dev/zero", filepath.Join(dir, "z.txt")); err != nil {
					t.Skip(err)
				}
			}, args: check("z.txt"), code: 2, msg: []string{"z.txt", "not a regular file"}},
			badInput{name: "symlink to /dev/zero as config", files: good, setup: func(t *testing.T, dir string) {
				if err := os.Symlink("/dev/zero", filepath.Join(dir, "c.yaml")); err != nil {
					t.Skip(err)
				}
			}, args: cfg("c.yaml"), code: 2, msg: []string{"c.yaml", "not a regular file"}},
			badInput{name: "symlink to /dev/zero as rules directory", files: good, setup: func(t *testing.T, dir string) {
				if err := os.Symlink("/dev/zero", filepath.Join(dir, "r")); err != nil {
					t.Skip(err)
				}
			}, args: []string{"check", "--rules", "$D/r", "$D/d.md"}, code: 2, msg: []string{"r", "not a directory"}},
			badInput{name: "symlink to /dev/zero as policies directory", files: good, setup: func(t *testing.T, dir string) {
				if err := os.Symlink("/dev/zero", filepath.Join(dir, "p")); err != nil {
					t.Skip(err)
				}
			}, args: []string{"check", "--policies", "$D/p", "$D/d.md"}, code: 2, msg: []string{"p", "not a directory or a .rego file"}},
		)
	}
	return s
}

// emptyStreams blanks the data of every stream, keeping all offsets.
func emptyStreams(data []byte) []byte {
	out := append([]byte{}, data...)
	testpdf.Streams(out, func(start, end int) {
		for k := start; k < end; k++ {
			out[k] = ' '
		}
	})
	return out
}
