package variant

import (
	"fmt"
	"iter"
	"runtime"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

// PackedStrings is the engine's PackedStringArray (copy-on-write, like the other packed arrays).
// Its engine data is owned as described in owned.go. The zero PackedStrings reads as empty;
// a method that changes it first makes a new array of its own.
type PackedStrings struct{ h ref }

// NewPackedStrings makes an engine PackedStringArray holding ss.
func NewPackedStrings(ss ...string) PackedStrings {
	p := PackedStrings{newDefault(TypePackedStringArray)}
	for _, s := range ss {
		p.Append(s)
	}
	return p
}

func (p PackedStrings) ptr() uintptr { return ptrOf(p.h, TypePackedStringArray) }

var (
	packedStringsSize     = builtinRef{class: "PackedStringArray", name: "size"}
	packedStringsPushBack = builtinRef{class: "PackedStringArray", name: "push_back"}
)

// Len returns the number of strings.
func (p PackedStrings) Len() int {
	if p.h.handle == nil {
		return 0
	}
	f := engine.AcquireFrame()
	defer f.Release()
	ret := f.Alloc(8)
	packedStringsSize.get().Call(gdi.TypePtr(p.ptr()), 0, gdi.TypePtr(ret), 0)
	runtime.KeepAlive(p.h)
	return int(*(*int64)(gdi.CPtr(ret)))
}

// Append adds s at the end. A zero PackedStrings first becomes a new array of its own.
func (p *PackedStrings) Append(s string) {
	f := engine.AcquireFrame()
	defer f.Release()
	str := f.Alloc(8)
	newStringAt(gdi.UninitializedStringPtr(str), s)
	args := f.Alloc(8)
	*(*uintptr)(gdi.CPtr(args)) = str
	ret := f.Alloc(8)
	packedStringsPushBack.get().Call(gdi.TypePtr(mutPtr(&p.h, TypePackedStringArray)), args, gdi.TypePtr(ret), 1)
	destroyString(gdi.StringPtr(str))
	runtime.KeepAlive(p.h)
}

// At returns string i.
func (p PackedStrings) At(i int) (string, error) {
	if n := p.Len(); i < 0 || i >= n {
		return "", fmt.Errorf("gdpure: index %d out of range [0, %d)", i, n)
	}
	s := stringAt(gdi.ConstStringPtr(gdi.PackedStringArrayOperatorIndexConst(gdi.ConstTypePtr(p.ptr()), gdi.Int(i))))
	runtime.KeepAlive(p.h)
	return s, nil
}

// All iterates over the strings.
func (p PackedStrings) All() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i := 0; i < p.Len(); i++ {
			s, err := p.At(i)
			if err != nil || !yield(i, s) {
				return
			}
		}
	}
}

// ToSlice returns the strings as a Go slice.
func (p PackedStrings) ToSlice() []string {
	out := make([]string, 0, p.Len())
	for _, s := range p.All() {
		out = append(out, s)
	}
	return out
}

// Destroy releases this Go value's reference now; it must not be used afterwards.
func (p PackedStrings) Destroy() { p.h.destroy() }

// PackedStringsFromVariant returns the PackedStringArray the Variant holds, or an error.
func PackedStringsFromVariant(v Variant) (PackedStrings, error) {
	if t := v.Type(); t != TypePackedStringArray {
		return PackedStrings{}, &MismatchError{TypePackedStringArray, t}
	}
	h := newHandle(TypePackedStringArray, packedSize)
	toType[TypePackedStringArray].Call(gdi.UninitializedTypePtr(h.addr), gdi.VariantPtr(v.cptr()))
	runtime.KeepAlive(v.h)
	return PackedStrings{h}, nil
}

// cptr returns the C address of the engine value (see String.cptr).
func (p PackedStrings) cptr() gdi.ConstTypePtr { return gdi.ConstTypePtr(p.ptr()) }
