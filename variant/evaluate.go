package variant

import (
	"fmt"
	"runtime"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

// Evaluate applies an engine operator to a and b (anything From accepts; b is ignored by unary
// operators) with the engine's semantics: String + String, Array + Array, Vector2 * float, 5 in
// [1, 5], …. An operation the engine does not define for the operand types is an error.
func Evaluate(op Operator, a, b any) (Variant, error) {
	va, err := From(a)
	if err != nil {
		return Variant{}, err
	}
	defer va.Destroy()
	vb, err := From(b)
	if err != nil {
		return Variant{}, err
	}
	defer vb.Destroy()
	f := engine.AcquireFrame()
	defer f.Release()
	valid := f.Alloc(8)
	ret := newHandle(variantTypeForDestroy, gdi.VariantSize)
	gdi.VariantEvaluate(gdi.VariantOperator(op), va.cptr(), vb.cptr(), gdi.UninitializedVariantPtr(ret.addr), valid)
	runtime.KeepAlive(va.h)
	runtime.KeepAlive(vb.h)
	if *(*uint8)(gdi.CPtr(valid)) == 0 {
		ret.destroy()
		return Variant{}, fmt.Errorf("gdpure: operator %s is not defined for %s and %s", op, va.Type(), vb.Type())
	}
	return Variant{ret}, nil
}

// Index returns element i of an indexable value (an Array, a String, a Vector3, a packed array, …),
// or an error when the value is not indexable or i is out of bounds.
func (v Variant) Index(i int) (Variant, error) {
	f := engine.AcquireFrame()
	defer f.Release()
	valid, oob := f.Alloc(8), f.Alloc(8)
	ret := newHandle(variantTypeForDestroy, gdi.VariantSize)
	gdi.VariantGetIndexed(v.cptr(), gdi.Int(i), gdi.UninitializedVariantPtr(ret.addr), valid, oob)
	runtime.KeepAlive(v.h)
	switch {
	case *(*uint8)(gdi.CPtr(oob)) != 0:
		ret.destroy()
		return Variant{}, fmt.Errorf("gdpure: index %d out of bounds of %s", i, TypeName(v.Type()))
	case *(*uint8)(gdi.CPtr(valid)) == 0:
		ret.destroy()
		return Variant{}, fmt.Errorf("gdpure: a %s cannot be indexed", TypeName(v.Type()))
	}
	return Variant{ret}, nil
}

// Key returns the value under key of a keyed value (a Dictionary, or an Object's property), or an
// error when there is none.
func (v Variant) Key(key any) (Variant, error) {
	k, err := From(key)
	if err != nil {
		return Variant{}, err
	}
	defer k.Destroy()
	f := engine.AcquireFrame()
	defer f.Release()
	valid := f.Alloc(8)
	ret := newHandle(variantTypeForDestroy, gdi.VariantSize)
	gdi.VariantGetKeyed(v.cptr(), k.cptr(), gdi.UninitializedVariantPtr(ret.addr), valid)
	runtime.KeepAlive(v.h)
	runtime.KeepAlive(k.h)
	if *(*uint8)(gdi.CPtr(valid)) == 0 {
		ret.destroy()
		return Variant{}, fmt.Errorf("gdpure: %s has no key %s", TypeName(v.Type()), k.String())
	}
	return Variant{ret}, nil
}

// Member returns a named member of the value (Vector2.x, Color.r, …), or an error.
func (v Variant) Member(name string) (Variant, error) {
	f := engine.AcquireFrame()
	defer f.Release()
	valid := f.Alloc(8)
	ret := newHandle(variantTypeForDestroy, gdi.VariantSize)
	gdi.VariantGetNamed(v.cptr(), gdi.ConstStringNamePtr(f.StringName(name)), gdi.UninitializedVariantPtr(ret.addr), valid)
	runtime.KeepAlive(v.h)
	if *(*uint8)(gdi.CPtr(valid)) == 0 {
		ret.destroy()
		return Variant{}, fmt.Errorf("gdpure: %s has no member %s", TypeName(v.Type()), name)
	}
	return Variant{ret}, nil
}

// EngineConstant returns the engine's value of the constant name of builtin type t (Vector2.ZERO,
// Color.RED, …); a Nil Variant when there is none.
func EngineConstant(t Type, name string) Variant {
	f := engine.AcquireFrame()
	defer f.Release()
	ret := newHandle(variantTypeForDestroy, gdi.VariantSize)
	gdi.VariantGetConstantValue(gdi.VariantType(t), gdi.ConstStringNamePtr(f.StringName(name)), gdi.UninitializedVariantPtr(ret.addr))
	return Variant{ret}
}
