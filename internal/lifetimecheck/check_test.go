package lifetimecheck

import (
	"go/token"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The module follows the rules.
func TestModuleFollowsTheLifetimeRules(t *testing.T) {
	_, self, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(self), "..", "..")
	findings, err := CheckModule(root)
	require.NoError(t, err)
	for _, f := range findings {
		t.Error(f)
	}
}

func check(t *testing.T, src string) []Finding {
	t.Helper()
	fs, err := CheckSource(token.NewFileSet(), "x.go", []byte("package variant\n"+src), false)
	require.NoError(t, err)
	return fs
}

func rules(fs []Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return strings.Join(out, ",")
}

// Each planted breach is found; its corrected form is not.
func TestRulesCatchPlantedBreaches(t *testing.T) {
	cases := []struct {
		name, bad, good string
	}{
		{"missing KeepAlive after an engine call",
			`func (s String) Len() int { n := gdi.StringToUtf32Chars(gdi.ConstStringPtr(ptrOf(s.h, 4)), 0, 0); return int(n) }`,
			`func (s String) Len() int { n := gdi.StringToUtf32Chars(gdi.ConstStringPtr(ptrOf(s.h, 4)), 0, 0); runtime.KeepAlive(s.h); return int(n) }`},
		{"address kept in a local variable",
			`func (s String) F() { base := argHandle(s.h, 4); fn.Call(gdi.TypePtr(base), 0, 0, 0) }`,
			`func (s String) F() { base := argHandle(s.h, 4); fn.Call(gdi.TypePtr(base), 0, 0, 0); runtime.KeepAlive(s.h) }`},
		{"address written into an argument array",
			`func (v Variant) F(f *Frame) { args := f.Alloc(8); *(*uintptr)(gdi.CPtr(args)) = uintptr(v.Ptr()); fn.Call(0, args) }`,
			`func (v Variant) F(f *Frame) { defer runtime.KeepAlive(v.h); args := f.Alloc(8); *(*uintptr)(gdi.CPtr(args)) = uintptr(v.Ptr()); fn.Call(0, args) }`},
		{"KeepAlive before the call",
			`func (s String) F() { p := s.Ptr(); runtime.KeepAlive(s); gdi.StringToUtf32Chars(p, 0, 0) }`,
			`func (s String) F() { p := s.Ptr(); gdi.StringToUtf32Chars(p, 0, 0); runtime.KeepAlive(s) }`},
		{"a stack slot as a result",
			`func F() { var ret [24]byte; gdi.VariantCall(0, 0, 0, 0, gdi.UninitializedVariantPtr(uintptr(unsafe.Pointer(&ret))), 0) }`,
			`func F(f *Frame) { ret := f.Alloc(24); gdi.VariantCall(0, 0, 0, 0, gdi.UninitializedVariantPtr(ret), 0) }`},
		{"a stack slot through a variable",
			`func F() { var x int64; p := uintptr(unsafe.Pointer(&x)); ctor.Call(gdi.UninitializedTypePtr(p), 0) }`,
			`func F(f *Frame) { p := f.Alloc(8); ctor.Call(gdi.UninitializedTypePtr(p), 0) }`},
		{"a string's bytes",
			`func F(s string) { gdi.PrintError(uintptr(unsafe.Pointer(unsafe.StringData(s))), 0, 0, 0, 0) }`,
			`func F(f *Frame, s string) { gdi.PrintError(f.CString(s), 0, 0, 0, 0) }`},
		{"address through variantplumb",
			`func F(v variant.Variant, f *Frame) { args := f.Alloc(8); *(*uintptr)(gdi.CPtr(args)) = uintptr(variantplumb.VariantPtr(v)); fn.Call(0, args) }`,
			`func F(v variant.Variant, f *Frame) { args := f.Alloc(8); *(*uintptr)(gdi.CPtr(args)) = uintptr(variantplumb.VariantPtr(v)); fn.Call(0, args); runtime.KeepAlive(v) }`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.NotEmpty(t, check(t, c.bad), "the breach is found")
			assert.Empty(t, check(t, c.good), "the correct form passes")
		})
	}
	assert.Equal(t, "go-memory", rules(check(t, cases[4].bad)))
	assert.Equal(t, "keep-alive", rules(check(t, cases[0].bad)))
}
