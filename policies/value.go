package policies

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
)

// valueOf converts a Go value to the Rego value its JSON encoding would
// decode to (encoding/json's rules: field names and omitempty from the
// json tags, embedded structs inlined, nil slices and maps null), without
// the JSON: on a long draft the encode, decode and convert took as much
// memory as the analysis, three copies of the input alive at once.
func valueOf(x any) (ast.Value, error) {
	return toValue(reflect.ValueOf(x), 0)
}

// maxDepth bounds the nesting of a value (the input is a few levels deep;
// a cycle would recurse for ever).
const maxDepth = 64

func toValue(v reflect.Value, depth int) (ast.Value, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("policy input nested deeper than %d levels", maxDepth)
	}
	if !v.IsValid() {
		return ast.NullValue, nil
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return ast.NullValue, nil
		}
		return toValue(v.Elem(), depth+1)
	case reflect.Bool:
		return ast.Boolean(v.Bool()), nil
	case reflect.String:
		return ast.String(v.String()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return ast.Number(strconv.FormatInt(v.Int(), 10)), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return ast.Number(strconv.FormatUint(v.Uint(), 10)), nil
	case reflect.Float32, reflect.Float64:
		return floatValue(v.Float(), v.Type().Bits())
	case reflect.Slice:
		if v.IsNil() {
			return ast.NullValue, nil
		}
		fallthrough
	case reflect.Array:
		terms := make([]*ast.Term, v.Len())
		for i := range terms {
			e, err := toValue(v.Index(i), depth+1)
			if err != nil {
				return nil, err
			}
			terms[i] = ast.NewTerm(e)
		}
		return ast.NewArray(terms...), nil
	case reflect.Map:
		if v.IsNil() {
			return ast.NullValue, nil
		}
		if v.Type().Key().Kind() != reflect.String {
			return nil, fmt.Errorf("policy input: map key of type %s", v.Type().Key())
		}
		obj := ast.NewObjectWithCapacity(v.Len())
		for it := v.MapRange(); it.Next(); {
			e, err := toValue(it.Value(), depth+1)
			if err != nil {
				return nil, err
			}
			obj.Insert(ast.StringTerm(it.Key().String()), ast.NewTerm(e))
		}
		return obj, nil
	case reflect.Struct:
		fs := fieldsOf(v.Type())
		obj := ast.NewObjectWithCapacity(len(fs))
		for _, f := range fs {
			fv, ok := fieldByIndex(v, f.index)
			if !ok || f.omitEmpty && isEmpty(fv) {
				continue
			}
			e, err := toValue(fv, depth+1)
			if err != nil {
				return nil, err
			}
			obj.Insert(ast.StringTerm(f.name), ast.NewTerm(e))
		}
		return obj, nil
	}
	return nil, fmt.Errorf("policy input: value of type %s", v.Type())
}

// floatValue writes f as encoding/json does (the shortest form, with an
// exponent only below 1e-6 or from 1e21), so that a number reads the same
// in a policy's sprintf whichever way the input came.
func floatValue(f float64, bits int) (ast.Value, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil, fmt.Errorf("policy input: unsupported number %v", f)
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21)) {
		format = 'e'
	}
	s := strconv.FormatFloat(f, format, -1, bits)
	if format == 'e' {
		// clean up e-09 to e-9
		if n := len(s); n >= 4 && s[n-4] == 'e' && s[n-3] == '-' && s[n-2] == '0' {
			s = s[:n-2] + s[n-1:]
		}
	}
	return ast.Number(s), nil
}

func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}

// fieldByIndex is v.FieldByIndex, false where it passes a nil embedded
// pointer (the fields of which JSON leaves out).
func fieldByIndex(v reflect.Value, index []int) (reflect.Value, bool) {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}, false
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, true
}

type field struct {
	name      string
	index     []int
	omitEmpty bool
}

var fieldCache sync.Map // reflect.Type → []field

// fieldsOf lists the fields JSON writes for a struct type: exported, not
// tagged "-", embedded structs without a name inlined (a field of the
// outer struct wins over an embedded one of the same name).
func fieldsOf(t reflect.Type) []field {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.([]field)
	}
	var out []field
	seen := map[string]int{} // name → depth of the field kept
	var walk func(t reflect.Type, index []int)
	walk = func(t reflect.Type, index []int) {
		var embedded []reflect.StructField
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			tag := sf.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			ft := sf.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if sf.Anonymous && name == "" && ft.Kind() == reflect.Struct {
				embedded = append(embedded, sf)
				continue
			}
			if !sf.IsExported() {
				continue
			}
			if name == "" {
				name = sf.Name
			}
			if d, ok := seen[name]; ok && d <= len(index) {
				continue
			}
			seen[name] = len(index)
			out = append(out, field{name: name, index: append(append([]int{}, index...), i), omitEmpty: strings.Contains(","+opts+",", ",omitempty,")})
		}
		for _, sf := range embedded {
			ft := sf.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			walk(ft, append(append([]int{}, index...), sf.Index[0]))
		}
	}
	walk(t, nil)
	fieldCache.Store(t, out)
	return out
}
