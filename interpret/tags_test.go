package interpret

import "testing"

// Sections tagged "[BINDING]" bind, those tagged "[INDICATIVE ONLY]" do
// not, and the note that explains the tags does not make the whole term
// sheet non-binding.
func TestSectionsTaggedBindingOrNot(t *testing.T) {
	rg := readText(t, `TERM SHEET - AMAZON BEDROCK COMMERCIAL TERMS

HOW TO READ THIS TERM SHEET

Items tagged [INDICATIVE ONLY] record present expectations. They are not
binding and create no obligation on either party.

------------------------------------------------------------
1. PARTIES                                          [BINDING]
------------------------------------------------------------

Halvorsen Freight Group AS ("Customer") and Amazon Web Services EMEA SARL ("AWS").

------------------------------------------------------------
2. CUSTOM MODEL IMPORT                              [BINDING]
------------------------------------------------------------

Customer may import open-weight models into Amazon Bedrock. A one-time fee of $4,000 applies to each imported model.

------------------------------------------------------------
3. PT AVAILABILITY                          [INDICATIVE ONLY]
------------------------------------------------------------

AWS will make Provisioned Throughput available 99.9% of each month, with service credits.

------------------------------------------------------------
4. LAW                                              [BINDING]
------------------------------------------------------------

This term sheet is governed by Norwegian law.
`)
	if rg.NonBinding {
		t.Fatal("the note on the tags made the whole term sheet non-binding")
	}
	f := rg.Frames()
	if imp := inForce(f.CustomImport, func(x CustomImport) Base { return x.Base }); len(imp) == 0 {
		t.Errorf("the [BINDING] import section is not in force: %+v", f.CustomImport)
	}
	if sla := inForce(f.PTSLA, func(x PTSLA) Base { return x.Base }); len(sla) != 0 {
		t.Errorf("the [INDICATIVE ONLY] SLA binds: %+v", sla)
	}
}
