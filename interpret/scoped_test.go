package interpret

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Two amendments of an addendum the draft does not hold: the first
// restates its sections, the second changes the restated wording.
const restatedAmendments = `AMENDMENT No. 1 TO THE AMAZON BEDROCK ADDENDUM

This Amendment No. 1 is made between Amazon Web Services, Inc. ("AWS") and
Pemberton Freight, Inc. ("Customer").

The parties agree as follows:

1. Section 5 of the Addendum is deleted in its entirety and replaced with
   the following:

   "5. Provisioned Throughput.

   5.1 PT Commitments. Customer may purchase Provisioned Throughput for a
   committed term of one month or six months (a "PT Commitment").

   5.2 Cancellation. Customer may cancel a PT Commitment, in whole or in
   part, on sixty (60) days' written notice to AWS if (a) the model to
   which the PT Commitment relates is deprecated or materially changed; or
   (b) Customer moves the workload served by that PT Commitment to another
   model available on Amazon Bedrock. Each of (a) and (b) is an
   independent ground for cancellation."

2. The following is inserted as a new Section 9 of the Addendum:

   "9. Model Retirement. AWS will give Customer at least one hundred and
   eighty (180) days' written notice before retiring any model, and will
   issue a migration credit equal to three (3) months of Customer's
   average monthly charges for the retired model."

3. Section 7 of the Addendum is not amended.

AMENDMENT No. 2 TO THE AMAZON BEDROCK ADDENDUM

This Amendment No. 2 is made between AWS and Customer.

The parties agree as follows:

1. In Section 5.2 of the Addendum (as restated by Amendment No. 1):

   (a) the word "or" at the end of clause (a) is deleted;

   (b) clause (b) is deleted in its entirety; and

   (c) the final sentence ("Each of (a) and (b) is an independent ground
       for cancellation.") is deleted.

2. Section 9 of the Addendum (Model Retirement), as inserted by Amendment
   No. 1, is deleted in its entirety and replaced with the following:

   "9. [Intentionally Omitted.]"
`

func TestAmendmentsOfRestatedSections(t *testing.T) {
	rg := readText(t, restatedAmendments)
	f := rg.Frames()
	c := inForce(f.PTCancellation, func(x PTCancellation) Base { return x.Base })
	if len(c) != 1 || c[0].NoticeDays != 60 || strings.Join(c[0].Triggers, ",") != "deprecation" {
		t.Errorf("the restated 5.2 loses its second trigger: %+v (notices %v)", c, rg.Notices)
	}
	if m := inForce(f.ModelLifecycle, func(x ModelLifecycle) Base { return x.Base }); len(m) != 0 {
		t.Errorf("the inserted Section 9 is replaced by a reserved marker, yet counts: %+v", m)
	}
	if u := rg.UnresolvedChecks(); len(u) != 0 {
		t.Errorf("every change was applied, yet %v (notices %v)", u, rg.Notices)
	}
	// the amendment's own clauses are no sections of the Addendum it
	// amends: "Section 5 of the Addendum" is not its item 5 or its "5.1"
	for _, st := range rg.Statements {
		if strings.Contains(st.Text, "not amended") && st.Amended != "" {
			t.Errorf("an instruction of the amendment was overwritten by another: %+v", st)
		}
	}
}

func TestScopedItemThatCannotBeApplied(t *testing.T) {
	draft := strings.Replace(restatedAmendments, `(b) clause (b) is deleted in its entirety; and`, `(b) clause (f) is deleted in its entirety; and`, 1)
	rg := readText(t, draft)
	if u := rg.UnresolvedChecks(); len(u["C3"]) == 0 {
		t.Errorf("a change to the restated 5.2 that finds no clause (f) leaves it unknown: %v (notices %v)", u, rg.Notices)
	}
}

func TestAmendmentWordingThatIsNoInstruction(t *testing.T) {
	cases := []struct {
		name, text string
		noNotice   bool
	}{
		{"a participle after as describes the text", `# DEED OF VARIATION

## IT IS AGREED as follows:

### 1. DEFINITIONS AND INTERPRETATION

1.1 Words and expressions defined in the EDP Addendum have the same meanings in this Deed unless the context otherwise requires. In this Deed:

**"Bedrock Commitment"** has the meaning given in clause 14.2(b)(i) of the EDP Addendum (as varied by this Deed);

**"Commitment Year"** means each successive period of twelve months beginning on the Variation Date or an anniversary of it;

**"Custom Model"** means any model derived from a Foundation Model by fine-tuning, continued pre-training or distillation carried out by or for the Customer, and any model imported under clause 14.7;

**"Customer Content"** has the meaning given in the AWS Customer Agreement and includes Inputs and Outputs;

**"Foundation Model"** means a base model made available on Amazon Bedrock by AWS or by a Model Provider;

**"Inputs"** means the prompts submitted by or on behalf of the Customer to Amazon Bedrock, including system prompts, few-shot examples and retrieved context inserted into a prompt, but does not include Outputs;

### 2. VARIATIONS

2.1 The Customer shall incur charges for Amazon Bedrock of not less than US$6,400,000 in each Commitment Year.
`, true},
		{"words added to another document's section are the draft's own", `# Addendum

## Article 7 Cancellation of Provisioned Throughput

1. Section 50.6.2 of the Service Terms is amended by adding the following Paragraphs 2 and 3 of this Article at the end.

2. Customer may cancel any Provisioned Throughput commitment on sixty (60) days' written notice where the model is deprecated or Customer moves the workload to another model.

3. Upon cancellation, prepaid charges for the period after that date are credited to Customer.
`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rg := read(t, c.text)
			if u := rg.UnresolvedChecks(); len(u) != 0 {
				t.Errorf("nothing is left unknown: %v (notices %v)", u, rg.Notices)
			}
			if c.noNotice && len(rg.Notices) != 0 {
				t.Errorf("no amendment to apply, yet %v", rg.Notices)
			}
		})
	}
}

func TestReplacedSectionWithLongCaption(t *testing.T) {
	rg := read(t, `# DEED OF VARIATION

## 2. Variations

2.4 The existing clause 14.5 (which provides that all Provisioned Throughput commitments are non-cancellable and non-refundable) shall be deleted in its entirety and replaced with the following:

> "14.5 (a) The Customer may cancel all or part of a PT commitment by giving AWS not less than sixty (60) days' written notice where the Foundation Model has been deprecated or the Customer has moved the workload to another Foundation Model.
>
> (b) Save as set out in this clause 14.5, PT commitments may not be cancelled."
`)
	for _, x := range inForce(rg.Frames().PTCancellation, func(x PTCancellation) Base { return x.Base }) {
		if x.Kind == "denial" && !x.Qualified {
			t.Errorf("what the replaced clause provided is no term of the draft: %+v", x)
		}
	}
}

// A column the draft keeps "for the record only" binds nobody, however
// long the clause that says so and holds the table.
func TestColumnKeptForTheRecord(t *testing.T) {
	var rows strings.Builder
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&rows, "%d. Invoicing item %d | Separate invoice line for cost centre %d, with a breakdown by Region and tag. | Supported as standard through the billing console. | Agreed\n", 20+i, i, i)
	}
	draft := `ISSUES LIST

HOW TO READ THIS LIST

A. This list records the parties' positions on the Amazon Bedrock terms.

B. Only rows with Status "Agreed" are binding. The "Customer ask" column is kept for the record only.

--------------------------------------------------------------
Issue | Customer ask | AWS response | Status
--------------------------------------------------------------
3. PT pre-purchase credits | PT pre-purchase credits in three tiers at 35%, 45% and 50% below the standalone PT hourly rate. | Customer may pre-purchase PT credits at a single discount of 40% below the standalone PT hourly rate. | Agreed
` + rows.String() + "--------------------------------------------------------------\n"
	rg := readText(t, draft)
	for _, p := range inForce(rg.Frames().PTPrepurchase, func(x PTPrepurchase) Base { return x.Base }) {
		if slices.Contains(p.Discounts, 35) {
			t.Errorf("the customer's ask is read as a term: tiered %v discounts %v (%s)", p.Tiered, p.Discounts, p.Quote)
		}
	}
}
