package interpret

import (
	"slices"
	"strings"
	"testing"
)

// Where the other language's version prevails, an English figure its
// counterpart states otherwise is read as the counterpart states it, in
// the same clause or in a twin clause under the same number; where English
// prevails, the English figure stands.
func TestPrevailingLanguage(t *testing.T) {
	levels := func(rg *Reading) []float64 {
		var out []float64
		for _, s := range rg.Frames().PTSLA {
			if s.InForce {
				out = append(out, s.Levels...)
			}
		}
		return out
	}
	same := "# Term Sheet\n\n6.1 AWS는 고객의 PT에 대하여 월간 가동률 99.9%(구십구점구 퍼센트) 이상을 보장한다. (EN) AWS guarantees a Monthly Uptime Percentage of at least 99.5% (ninety-nine point five percent) for Customer's Provisioned Throughput.\n\n"
	twin := "# Avenant\n\n7.01 AWS s'engage à ce que le Débit provisionné offre une disponibilité mensuelle d'au moins quatre-vingt-dix-neuf virgule neuf pour cent (99,9 %).\n\n" +
		"7.01 AWS commits that Provisioned Throughput will achieve a monthly availability of at least 99.5%.\n\n"
	for _, tc := range []struct {
		name, draft, language string
		want                  float64
	}{
		{"Korean prevails, same clause", same, "the Korean text prevails", 99.9},
		{"English prevails, same clause", same, "the English text prevails", 99.5},
		{"French prevails, twin clause", twin, "the French version shall prevail", 99.9},
		{"no clause says", twin, "", 99.5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			draft := tc.draft
			if tc.language != "" {
				draft += "12.1 This document is made in two languages; in case of any inconsistency, " + tc.language + ".\n"
			}
			rg := read(t, draft)
			if got := levels(rg); !slices.Contains(got, tc.want) || len(got) == 0 {
				t.Errorf("levels %v, want %v (notices %v)", got, tc.want, rg.Notices)
			}
			if tc.want == 99.9 && !slices.ContainsFunc(rg.Notices, func(n string) bool { return strings.Contains(n, "prevails") }) {
				t.Errorf("no notice says which version was read: %v", rg.Notices)
			}
		})
	}
}

// A period the prevailing version states otherwise is read as it states
// it, in the sentence and in the items that read the sentence as their
// lead-in; a date of the other language ("7月1日") is no period.
func TestPrevailingLanguagePeriods(t *testing.T) {
	rg := read(t, "# Addendum\n\n1.9 承诺年度为自每年7月1日起的十二个月期间。\n\n1.9 A Commitment Year is each twelve-month period starting on 1 July.\n\n"+
		"5.2 发生以下任一情形时，客户有权提前六十（60）日向AWS发出书面通知，取消受影响的PT承诺：\n\n"+
		"5.2 Customer may cancel an affected Provisioned Throughput commitment on ninety (90) days' prior written notice on either of the following events:\n\n"+
		"(a) the Foundation Model is deprecated; or\n\n(b) Customer moves the workload to another Foundation Model on Bedrock.\n\n"+
		"12.1 If there is any inconsistency between the two versions, the Chinese version prevails.\n")
	for _, c := range rg.Frames().PTCancellation {
		if c.Kind == "right" && c.NoticeDays != 60 {
			t.Errorf("%s: notice %v days, want the Chinese 60", c.Clause, c.NoticeDays)
		}
	}
	for _, n := range rg.Notices {
		if strings.Contains(n, "1.9") {
			t.Errorf("a date read as a period: %s", n)
		}
	}
}

// A draft that gives the English clauses in one block and the prevailing
// Arabic ones in another: each English clause is read against its twin
// under the same number, wherever it stands.
func TestPrevailingArabicBlock(t *testing.T) {
	rg := read(t, "# Addendum\n\n## English text\n\n6.1 PT is charged per model unit hour.\n\n"+
		"6.3 The First Party may cancel any Provisioned Throughput commitment by written notice of sixty (60) days if the model is deprecated or the First Party moves the workload to another Bedrock model.\n\n"+
		"## النص العربي\n\n6.1 تُحتسب رسوم السعة المحجوزة بالساعة لكل وحدة نموذج.\n\n"+
		"6.3 يجوز للطرف الأول إلغاء أي التزام بالسعة المحجوزة بموجب إخطار كتابي قبل تسعين (90) يوماً.\n\n"+
		"## 15. Language\n\n15.1 In the event of any discrepancy between the two texts, the Arabic text shall prevail.\n")
	for _, c := range rg.Frames().PTCancellation {
		if c.Kind == "right" && c.NoticeDays != 90 {
			t.Errorf("%s: notice %v days, want the Arabic 90", c.Clause, c.NoticeDays)
		}
	}
}

// "sechzig (60) Geschäftstage" in the prevailing German version are
// business days, whatever the English "60 days" says.
func TestPrevailingGermanBusinessDays(t *testing.T) {
	rg := read(t, "# Nachtrag\n\n§ 1 (1) Bei Widersprüchen geht die deutsche Fassung vor. In case of inconsistency, the German version prevails.\n\n"+
		"§ 6 (1) Der Kunde kann eine PT-Verpflichtung mit einer Frist von sechzig (60) Geschäftstagen kündigen, wenn das Modell eingestellt wird.\n\n"+
		"§ 6 (1) Customer may cancel a PT commitment on sixty (60) days' notice if the model is deprecated.\n")
	found := false
	for _, c := range rg.Frames().PTCancellation {
		if c.Kind == "right" && c.NoticeDays > 0 {
			found = true
			if c.NoticeDays <= 60 && !c.Business {
				t.Errorf("%+v: the German notice is sixty business days, over the limit", c)
			}
		}
	}
	if !found {
		t.Errorf("no cancellation right with a notice: %+v", rg.Frames().PTCancellation)
	}
}

// A Dutch version that prevails is read for its periods ("negentig (90)
// dagen"); an original quoted in brackets after the English sentence
// prevails over it, also where the bracketed original of the paragraph
// before closes its line and the next paragraph's sentence follows.
func TestPrevailingDutchAndBracketedOriginal(t *testing.T) {
	rg := read(t, "# Nevenbrief\n\n## Nederlandse tekst\n\n5.1 Klant kan een verplichting voor Provisioned Throughput opzeggen met een opzegtermijn van negentig (90) dagen, indien het model wordt uitgefaseerd.\n\n"+
		"## English text\n\n5.1 Customer may cancel a Provisioned Throughput commitment on sixty (60) days' notice if the model is deprecated.\n\n"+
		"## 9. Language\n\n9.1 In the event of any discrepancy between the two texts, the Dutch text prevails.\n")
	for _, c := range rg.Frames().PTCancellation {
		if c.Kind == "right" && c.NoticeDays != 90 {
			t.Errorf("%s: notice %v days, want the Dutch 90 (notices %v)", c.Clause, c.NoticeDays, rg.Notices)
		}
	}
	rg = read(t, "# Agreement\n\n## Art. 6 Provisioned Throughput\n\n"+
		"**2** The Customer may terminate a Provisioned Throughput commitment with 30 days' notice:\n\n"+
		"a. if the model is deprecated;\n\nb. if the Customer moves the workload to another model available in Amazon Bedrock.\n\n"+
		"Each of the grounds under lit. a and lit. b suffices on its own. Fees for the terminated capacity cease at the end of the notice period. [German original: «Der Kunde kann eine Provisioned-Throughput-Verpflichtung mit einer Frist von 30 Tagen kündigen»]\n\n"+
		"**3** AWS guarantees a monthly availability of Provisioned Throughput of at least 99.9 %. [German original: «Die Anbieterin gewährleistet eine monatliche Verfügbarkeit von mindestens 99,5 %.»]\n\n"+
		"## Art. 12 Language\n\n**1** In the event of discrepancies between the German version and the English translation, the German version prevails.\n")
	var levels []float64
	for _, s := range rg.Frames().PTSLA {
		if s.InForce {
			levels = append(levels, s.Levels...)
		}
	}
	if !slices.Equal(levels, []float64{99.5}) {
		t.Errorf("levels %v, want the German original's 99.5 (notices %v)", levels, rg.Notices)
	}
}

// A bracketed note that closes its line after a sentence ends the
// sentence: the next line's paragraph is a sentence of its own, not one
// with the note's quoted original in it. A bracket that closes a wrapped
// line mid-sentence does not.
func TestBracketedNoteEndsSentence(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"Fees cease at the end of the notice period. [German original: «Die Gebühren entfallen»]\n3 AWS guarantees an availability of at least 99.9 %.", 3},
		{"[Note: agreed on the call]\nAWS guarantees an availability of at least 99.9 %.", 2},
		{"Customer receives the service credits in [Schedule 2]\nfor each month below the level.", 1},
	} {
		if got := len(splitSentences(c.text)); got != c.want {
			t.Errorf("%q: %d sentences, want %d", c.text, got, c.want)
		}
	}
}
