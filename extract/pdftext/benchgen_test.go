package pdftext

import (
	"flag"
	"fmt"
	"html"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The benchmark fixture fixtures/bench/long.pdf is made in two steps:
//
//	go test ./extract/pdftext -run TestGenerateBenchSource -genbench
//	soffice --headless --convert-to pdf --outdir fixtures/bench fixtures/bench/long.fodt
//
// The first writes long.txt (the committed plain-text source) and long.fodt
// (a flat OpenDocument file with a running header and a "Page N of M"
// footer, not committed); the second renders the PDF.
var genbench = flagBool("genbench", "write fixtures/bench/long.txt and long.fodt")

func flagBool(name, usage string) *bool { return flag.Bool(name, false, usage) }

var (
	benchSubjects = []string{"Customer", "Provider", "Each party", "The Reseller", "AWS", "The Supplier"}
	benchVerbs    = []string{"shall", "will", "may", "must not", "shall promptly", "will use commercially reasonable efforts to"}
	benchObjects  = []string{
		"notify the other party in writing of any Security Incident affecting Customer Content",
		"maintain appropriate technical and organizational measures for the Bedrock Services",
		"pay the Fees set out in the applicable Order within thirty (30) days of the invoice date",
		"process Customer Content only in the AWS Regions selected by Customer",
		"refrain from using Customer Content, prompts or completions to train foundation models",
		"provide Service Credits where the Monthly Uptime Percentage falls below 99.9%",
		"keep confidential all pricing and discount information under the Enterprise Discount Program",
		"retain model invocation logs for no longer than thirty (30) days unless Customer enables logging",
		"indemnify and hold harmless the other party from third-party claims arising from its breach",
		"comply with the Acceptable Use Policy and the Responsible AI Policy as amended from time to time",
	}
	benchTails = []string{
		"", ", subject to Section %d.%d", ", except as otherwise agreed in writing", " without undue delay",
		", provided that such obligation survives termination for a period of two (2) years",
		" in accordance with the Documentation and applicable Data Protection Laws",
	}
	benchHeadings = []string{"Definitions", "Scope of the Addendum", "Bedrock Services", "Commitment and Discounts",
		"Fees and Payment", "Data Protection", "Model Training", "Security", "Service Levels", "Confidentiality",
		"Intellectual Property", "Indemnification", "Limitation of Liability", "Term and Termination",
		"Suspension", "Audit Rights", "Subprocessors", "Export Controls", "Notices", "Governing Law",
		"Dispute Resolution", "Assignment", "Force Majeure", "Miscellaneous"}
)

func benchSentence(rng *rand.Rand) string {
	tail := benchTails[rng.Intn(len(benchTails))]
	if strings.Contains(tail, "%d") {
		tail = fmt.Sprintf(tail, 1+rng.Intn(24), 1+rng.Intn(9))
	}
	return benchSubjects[rng.Intn(len(benchSubjects))] + " " + benchVerbs[rng.Intn(len(benchVerbs))] + " " +
		benchObjects[rng.Intn(len(benchObjects))] + tail + "."
}

func benchPara(rng *rand.Rand, n int) string {
	s := make([]string, n)
	for i := range s {
		s[i] = benchSentence(rng)
	}
	return strings.Join(s, " ")
}

// TestGenerateBenchSource writes the benchmark source files when -genbench is set.
func TestGenerateBenchSource(t *testing.T) {
	if !*genbench {
		t.Skip("run with -genbench to regenerate fixtures/bench/long.txt and long.fodt")
	}
	rng := rand.New(rand.NewSource(42))
	var txt strings.Builder
	type para struct{ style, text string }
	var paras []para
	add := func(style, text string) {
		paras = append(paras, para{style, text})
		txt.WriteString(text + "\n\n")
	}
	add("Title", "BEDROCK ADDENDUM TO THE AWS ENTERPRISE DISCOUNT PROGRAM AGREEMENT")
	add("Body", "This Addendum is entered into between Amazon Web Services, Inc. (\"AWS\") and Example Customer Ltd (\"Customer\") and forms part of the Enterprise Discount Program agreement between them.")
	for a := 1; a <= 24; a++ {
		add("Heading", fmt.Sprintf("%d.\t%s", a, benchHeadings[a-1]))
		for c := 1; c <= 13+rng.Intn(6); c++ {
			add("Body", fmt.Sprintf("%d.%d\t%s", a, c, benchPara(rng, 4+rng.Intn(5))))
			if rng.Intn(3) == 0 {
				for k := 0; k < 2+rng.Intn(3); k++ {
					add("Item", fmt.Sprintf("(%c)\t%s", 'a'+k, benchPara(rng, 1+rng.Intn(2))))
				}
			}
		}
	}
	dir := filepath.Join("..", "..", "fixtures", "bench")
	if err := os.WriteFile(filepath.Join(dir, "long.txt"), []byte(txt.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	var body strings.Builder
	for _, p := range paras {
		text := html.EscapeString(p.text)
		text = strings.Replace(text, "\t", "<text:tab/>", 1)
		fmt.Fprintf(&body, "<text:p text:style-name=%q>%s</text:p>\n", p.style, text)
	}
	fodt := strings.Replace(fodtTemplate, "BODY", body.String(), 1)
	if err := os.WriteFile(filepath.Join(dir, "long.fodt"), []byte(fodt), 0o644); err != nil {
		t.Fatal(err)
	}
}

const fodtTemplate = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <style:style style:name="Standard" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.08in" fo:text-align="justify"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-family="'Liberation Serif'" fo:font-size="11pt" fo:language="en" fo:country="US" fo:hyphenate="true"/>
 </style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="0.5in" fo:text-indent="-0.5in">
   <style:tab-stops><style:tab-stop style:position="0in"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Item" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-left="1in" fo:text-indent="-0.5in">
   <style:tab-stops><style:tab-stop style:position="0in"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.12in" fo:text-align="start" fo:keep-with-next="always">
   <style:tab-stops><style:tab-stop style:position="0.5in"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="HF" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="9pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="0.6in" fo:margin-bottom="0.6in" fo:margin-left="1in" fo:margin-right="1in"/>
  <style:header-style><style:header-footer-properties fo:min-height="0in" fo:margin-bottom="0.3in"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0in" fo:margin-top="0.3in"/></style:footer-style>
 </style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="HF">CONFIDENTIAL — Bedrock Addendum (Draft for discussion)</text:p></style:header>
  <style:footer><text:p text:style-name="HF">Page <text:page-number text:select-page="current"/> of <text:page-count/></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body>
<office:text>
BODY</office:text>
</office:body>
</office:document>
`
