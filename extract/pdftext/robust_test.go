package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func checkBase(t *testing.T, data []byte) *Result {
	t.Helper()
	res, err := Extract(data)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	var got [][]string
	for _, p := range res.Pages {
		got = append(got, pageTexts(p))
	}
	if !reflect.DeepEqual(got, baseWant) {
		t.Errorf("pages = %q, want %q", got, baseWant)
	}
	return res
}

func TestEncryption(t *testing.T) {
	tests := []struct {
		file    string
		wantErr string // "" means the text must come out
	}{
		{"base.pdf", ""},
		{"enc-rc4-128.pdf", ""},
		{"enc-aes-128.pdf", ""},
		{"enc-aes-256.pdf", "AES-256"},
		{"enc-rc4-40.pdf", "cannot decrypt"},
		{"enc-user-password.pdf", "needs a password"},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			data := readTestdata(t, tc.file)
			if tc.wantErr == "" {
				checkBase(t, data)
				return
			}
			_, err := Extract(data)
			if !errors.Is(err, ErrEncrypted) || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("err = %v, want ErrEncrypted mentioning %q", err, tc.wantErr)
			}
		})
	}
}

// TestRepair feeds damaged copies of base.pdf (classic xref table) and
// objstm.pdf (xref and object streams) that pdftotext opens.
func TestRepair(t *testing.T) {
	mutations := []struct {
		name string
		f    func([]byte) []byte
	}{
		{"unchanged", func(b []byte) []byte { return b }},
		{"PDF 2.0 header", func(b []byte) []byte {
			return append([]byte("%PDF-2.0"), b[8:]...)
		}},
		{"junk before header", func(b []byte) []byte {
			return append(bytes.Repeat([]byte("junk\r\n"), 150), b...)
		}},
		{"junk after EOF", func(b []byte) []byte {
			return append(append([]byte{}, b...), bytes.Repeat([]byte("\x00garbage "), 45)...)
		}},
		{"broken startxref", func(b []byte) []byte {
			return startxrefRe.ReplaceAll(b, []byte("startxref\n999999"))
		}},
		{"no startxref", func(b []byte) []byte {
			return startxrefRe.ReplaceAll(b, []byte("          "))
		}},
		{"objects shifted (stale xref)", func(b []byte) []byte {
			i := bytes.IndexByte(b, '\n')
			return append(append(append([]byte{}, b[:i+1]...), []byte("%               padding\n")...), b[i+1:]...)
		}},
		{"xref chain loops back on itself", func(b []byte) []byte {
			// an update section whose /Prev points at itself: the
			// library would follow it forever
			off := len(b)
			sec := fmt.Sprintf("xref\n0 0\ntrailer\n<< /Size 1 /Prev %d >>\nstartxref\n%d\n%%%%EOF\n", off, off)
			return append(append([]byte{}, b...), sec...)
		}},
		{"every endobj removed", func(b []byte) []byte {
			return bytes.ReplaceAll(b, []byte("endobj"), nil)
		}},
		{"every endobj damaged", func(b []byte) []byte {
			return bytes.ReplaceAll(b, []byte("endobj"), []byte("end\xa0bj"))
		}},
		{"stray bytes between tokens", func(b []byte) []byte {
			return bytes.ReplaceAll(b, []byte("/Type"), []byte("\x01/Type"))
		}},
		{"every stream /Length too short", func(b []byte) []byte {
			return regexp.MustCompile(`/Length (\d+)`).ReplaceAllFunc(b, func(m []byte) []byte {
				n, _ := strconv.Atoi(string(m[len("/Length "):]))
				return []byte(fmt.Sprintf("/Length %d", n/2))
			})
		}},
		{"all at once", func(b []byte) []byte {
			b = startxrefRe.ReplaceAll(b, []byte("startxref\n12"))
			b = append([]byte("%PDF-2.0"), b[8:]...)
			b = append([]byte("MIME junk\n"), b...)
			return append(b, []byte("trailing junk after the end")...)
		}},
	}
	for _, file := range []string{"base.pdf", "objstm.pdf", "enc-aes-128.pdf"} {
		for _, m := range mutations {
			if file == "enc-aes-128.pdf" && strings.HasPrefix(m.name, "every ") {
				continue // damaged object syntax in an encrypted file is not repaired
			}
			t.Run(file+"/"+m.name, func(t *testing.T) {
				checkBase(t, m.f(readTestdata(t, file)))
			})
		}
	}
}

func TestRepairWarns(t *testing.T) {
	data := append([]byte("junk\n"), readTestdata(t, "base.pdf")...)
	res := checkBase(t, data)
	if !hasWarning(res, "repaired: ignored 5 bytes before the %PDF header") || !hasWarning(res, "rebuilt the cross-reference table") {
		t.Errorf("warnings = %q", res.Warnings)
	}
}

func TestCorrupt(t *testing.T) {
	for name, in := range map[string][]byte{
		"header only":     []byte("%PDF-1.7\n%%EOF\n"),
		"truncated":       readTestdata(t, "base.pdf")[:300],
		"no catalog":      []byte("%PDF-1.4\n1 0 obj\n<< /Type /Font >>\nendobj\n%%EOF\n"),
		"page tree cycle": []byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [2 0 R 2 0 R] /Count 2 >>\nendobj\ntrailer\n<< /Root 1 0 R /Size 3 >>\n%%EOF\n"),
	} {
		t.Run(name, func(t *testing.T) {
			res, err := Extract(in)
			if !errors.Is(err, ErrCorrupt) {
				t.Errorf("err = %v (result %v), want ErrCorrupt", err, res)
			}
		})
	}
}
