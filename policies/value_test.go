package policies

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

type valueBase struct {
	Clause string  `json:"clause"`
	Page   int     `json:"page,omitempty"`
	Shadow string  `json:"name"`
	Score  float64 `json:"score"`
}

type valueFrame struct {
	valueBase
	*valuePtrBase
	Name     string             `json:"name"` // wins over the embedded one
	Levels   []float64          `json:"levels"`
	Nil      []string           `json:"nil"`
	Empty    []string           `json:"empty"`
	Omitted  []string           `json:"omitted,omitempty"`
	Flag     bool               `json:"flag,omitempty"`
	Skip     string             `json:"-"`
	private  string             //nolint:unused // never written
	Untagged string             // the Go name
	ByKey    map[string]float64 `json:"by_key"`
	NilMap   map[string]bool    `json:"nil_map"`
	Any      any                `json:"any"`
	Ptr      *valueBase         `json:"ptr"`
	Small    float32            `json:"small"`
	Count    uint8              `json:"count"`
}

type valuePtrBase struct {
	Extra string `json:"extra"`
}

// valueOf gives the value that encoding the Go value as JSON and decoding
// it gives, field for field and number for number.
func TestValueOfIsTheJSONValue(t *testing.T) {
	for _, x := range []any{
		valueFrame{},
		&valueFrame{valueBase: valueBase{Clause: "5.1", Page: 3, Shadow: "hidden", Score: 99.9}, Name: "C3",
			Levels: []float64{99.9, 99.5, 0, -1, 1e-7, 1e21, 123456789.125, 0.1}, Empty: []string{},
			Omitted: []string{"x"}, Flag: true, Skip: "no", private: "no", Untagged: "u",
			ByKey: map[string]float64{"b": 2, "a": 1.5}, Any: []any{"s", 1.0, nil, map[string]any{"k": true}},
			Ptr: &valueBase{Clause: "1"}, Small: 0.1, Count: 7},
		&valueFrame{valuePtrBase: &valuePtrBase{Extra: "e"}, Small: float32(math.Pi)},
		map[string][]valueBase{"frames": {{Clause: "a\"b\x1b"}, {Score: 1e-9}}},
		[]any{},
	} {
		got, err := valueOf(x)
		if err != nil {
			t.Fatalf("%#v: %v", x, err)
		}
		data, err := json.Marshal(x)
		if err != nil {
			t.Fatal(err)
		}
		want, err := ast.ValueFromReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if got.Compare(want) != 0 {
			t.Errorf("valueOf(%s)\n got %v\nwant %v", data, got, want)
		}
		// numbers read the same as text too (a policy's sprintf)
		if got.String() != want.String() {
			t.Errorf("as text:\n got %s\nwant %s", got, want)
		}
	}
}

func TestValueOfRefuses(t *testing.T) {
	for _, c := range []struct {
		x    any
		want string
	}{
		{map[int]string{1: "a"}, "map key"},
		{math.NaN(), "unsupported number"},
		{func() {}, "value of type"},
		{make(chan int), "value of type"},
	} {
		if _, err := valueOf(c.x); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("valueOf(%T): err %v, want %q", c.x, err, c.want)
		}
	}
	type loop struct{ Next any }
	l := &loop{}
	l.Next = l
	if _, err := valueOf(l); err == nil || !strings.Contains(err.Error(), "nested deeper") {
		t.Errorf("a cycle: err %v", err)
	}
}
