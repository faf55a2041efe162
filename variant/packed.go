package variant

import (
	"fmt"
	"iter"
	"reflect"
	"runtime"
	"unsafe"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

// PackedElem lists the element types of the engine's packed arrays of plain values.
type PackedElem interface {
	uint8 | int32 | int64 | float32 | float64 | Vector2 | Vector3 | Vector4 | Color
}

// Packed is one of the engine's packed arrays: Packed[uint8] is a PackedByteArray, Packed[int32]
// a PackedInt32Array, Packed[Vector2] a PackedVector2Array, and so on. Its elements are stored
// contiguously by the engine. Like the engine's, it is copy-on-write: Go copies share the data
// until one of them is modified through the engine. Its engine data is owned as described in
// owned.go. The zero Packed reads as empty; a method that changes it first makes a new
// array of its own (NewPacked or PackedOf make one explicitly).
type Packed[T PackedElem] struct{ h ref }

const packedSize = 16

type packedInfo struct {
	typ          Type
	class        string
	index        func(gdi.TypePtr, gdi.Int) uintptr
	indexRead    func(gdi.ConstTypePtr, gdi.Int) uintptr
	slot         int // position among the packed arrays of plain values (generated bind tables)
	size, resize builtinRef
	pushBack     builtinRef
}

// infoOf is not inlined: a Packed[T] method of each shape of T would otherwise compile the type
// switch again (see writeForwarder in cmd/gdgen).
//
//go:noinline
func infoOf[T PackedElem]() *packedInfo {
	var zero T
	switch any(zero).(type) {
	case uint8:
		return &packedBytes
	case int32:
		return &packedInt32
	case int64:
		return &packedInt64
	case float32:
		return &packedFloat32
	case float64:
		return &packedFloat64
	case Vector2:
		return &packedVector2
	case Vector3:
		return &packedVector3
	case Vector4:
		return &packedVector4
	default:
		return &packedColor
	}
}

var (
	packedBytes   = packedInfo{typ: TypePackedByteArray, class: "PackedByteArray", index: gdi.PackedByteArrayOperatorIndex, indexRead: gdi.PackedByteArrayOperatorIndexConst}
	packedInt32   = packedInfo{typ: TypePackedInt32Array, class: "PackedInt32Array", index: gdi.PackedInt32ArrayOperatorIndex, indexRead: gdi.PackedInt32ArrayOperatorIndexConst}
	packedInt64   = packedInfo{typ: TypePackedInt64Array, class: "PackedInt64Array", index: gdi.PackedInt64ArrayOperatorIndex, indexRead: gdi.PackedInt64ArrayOperatorIndexConst}
	packedFloat32 = packedInfo{typ: TypePackedFloat32Array, class: "PackedFloat32Array", index: gdi.PackedFloat32ArrayOperatorIndex, indexRead: gdi.PackedFloat32ArrayOperatorIndexConst}
	packedFloat64 = packedInfo{typ: TypePackedFloat64Array, class: "PackedFloat64Array", index: gdi.PackedFloat64ArrayOperatorIndex, indexRead: gdi.PackedFloat64ArrayOperatorIndexConst}
	packedVector2 = packedInfo{typ: TypePackedVector2Array, class: "PackedVector2Array",
		index: func(p gdi.TypePtr, i gdi.Int) uintptr { return uintptr(gdi.PackedVector2ArrayOperatorIndex(p, i)) },
		indexRead: func(p gdi.ConstTypePtr, i gdi.Int) uintptr {
			return uintptr(gdi.PackedVector2ArrayOperatorIndexConst(p, i))
		}}
	packedVector3 = packedInfo{typ: TypePackedVector3Array, class: "PackedVector3Array",
		index: func(p gdi.TypePtr, i gdi.Int) uintptr { return uintptr(gdi.PackedVector3ArrayOperatorIndex(p, i)) },
		indexRead: func(p gdi.ConstTypePtr, i gdi.Int) uintptr {
			return uintptr(gdi.PackedVector3ArrayOperatorIndexConst(p, i))
		}}
	packedVector4 = packedInfo{typ: TypePackedVector4Array, class: "PackedVector4Array",
		index: func(p gdi.TypePtr, i gdi.Int) uintptr { return uintptr(gdi.PackedVector4ArrayOperatorIndex(p, i)) },
		indexRead: func(p gdi.ConstTypePtr, i gdi.Int) uintptr {
			return uintptr(gdi.PackedVector4ArrayOperatorIndexConst(p, i))
		}}
	packedColor = packedInfo{typ: TypePackedColorArray, class: "PackedColorArray",
		index: func(p gdi.TypePtr, i gdi.Int) uintptr { return uintptr(gdi.PackedColorArrayOperatorIndex(p, i)) },
		indexRead: func(p gdi.ConstTypePtr, i gdi.Int) uintptr {
			return uintptr(gdi.PackedColorArrayOperatorIndexConst(p, i))
		}}
)

func init() {
	for i, p := range []*packedInfo{&packedBytes, &packedInt32, &packedInt64, &packedFloat32, &packedFloat64,
		&packedVector2, &packedVector3, &packedVector4, &packedColor} {
		p.slot = i
		p.size = builtinRef{class: p.class, name: "size"}
		p.resize = builtinRef{class: p.class, name: "resize"}
		p.pushBack = builtinRef{class: p.class, name: "push_back"}
	}
}

// NewPacked makes an engine packed array of n zero elements.
func NewPacked[T PackedElem](n int) Packed[T] {
	info := infoOf[T]()
	p := Packed[T]{newDefault(info.typ)}
	if n > 0 {
		p.Resize(n)
	}
	return p
}

// PackedOf makes an engine packed array holding a copy of xs.
func PackedOf[T PackedElem](xs ...T) Packed[T] {
	p := NewPacked[T](len(xs))
	if len(xs) > 0 {
		p.Edit(func(s []T) { copy(s, xs) })
	}
	return p
}

func (p Packed[T]) ptr() uintptr { return ptrOf(p.h, infoOf[T]().typ) }

// Len returns the number of elements.
func (p Packed[T]) Len() int {
	if p.h.handle == nil {
		return 0
	}
	return packedLen(infoOf[T](), p.h)
}

// packedLen is the body of Packed[T].Len, compiled once for every element type.
func packedLen(info *packedInfo, h ref) int {
	f := engine.AcquireFrame()
	defer f.Release()
	ret := f.Alloc(8)
	info.size.get().Call(gdi.TypePtr(ptrOf(h, info.typ)), 0, gdi.TypePtr(ret), 0)
	runtime.KeepAlive(h)
	return int(*(*int64)(gdi.CPtr(ret)))
}

// Resize sets the number of elements; new elements are zero. A zero Packed first becomes a new
// array of its own.
func (p *Packed[T]) Resize(n int) {
	info := infoOf[T]()
	base := mutPtr(&p.h, info.typ)
	packedResize(info, base, p.h, n)
}

// packedResize is the body of Packed[T].Resize, compiled once for every element type.
func packedResize(info *packedInfo, base uintptr, h ref, n int) {
	f := engine.AcquireFrame()
	defer f.Release()
	arg := f.Alloc(8)
	*(*int64)(gdi.CPtr(arg)) = int64(n)
	args := f.Alloc(8)
	*(*uintptr)(gdi.CPtr(args)) = arg
	ret := f.Alloc(8)
	info.resize.get().Call(gdi.TypePtr(base), args, gdi.TypePtr(ret), 1)
	runtime.KeepAlive(h)
}

// View calls fn with a zero-copy, read-only view of the elements: the engine's own memory. The
// slice is valid only during fn and must not be kept or written: the engine may move or share the
// data afterwards. Use Slice for a copy that lives on.
func (p Packed[T]) View(fn func([]T)) {
	n := p.Len()
	if n == 0 {
		fn(nil)
		return
	}
	data := infoOf[T]().indexRead(gdi.ConstTypePtr(p.ptr()), 0)
	fn(unsafe.Slice((*T)(gdi.CPtr(data)), n))
	runtime.KeepAlive(p.h)
}

// Edit calls fn with a zero-copy, writable view of the elements (the engine first makes the data
// unique to this array, as copy-on-write requires). The slice is valid only during fn.
func (p Packed[T]) Edit(fn func([]T)) {
	n := p.Len()
	if n == 0 {
		fn(nil)
		return
	}
	data := infoOf[T]().index(gdi.TypePtr(p.ptr()), 0)
	fn(unsafe.Slice((*T)(gdi.CPtr(data)), n))
	runtime.KeepAlive(p.h)
}

// ToSlice returns a Go copy of the elements.
func (p Packed[T]) ToSlice() []T {
	var out []T
	p.View(func(s []T) { out = append([]T(nil), s...) })
	return out
}

// Append adds x at the end. A zero Packed first becomes a new array of its own.
func (p *Packed[T]) Append(x T) {
	info := infoOf[T]()
	base := mutPtr(&p.h, info.typ)
	packedAppend(info, base, p.h, any(x))
}

// packedAppend is the body of Packed[T].Append, compiled once for every element type; x holds a
// PackedElem, and nothing of it is kept.
func packedAppend(info *packedInfo, base uintptr, h ref, x any) {
	f := engine.AcquireFrame()
	defer f.Release()
	args := f.Alloc(8)
	*(*uintptr)(gdi.CPtr(args)) = argElemAny(f, x)
	ret := f.Alloc(8)
	info.pushBack.get().Call(gdi.TypePtr(base), args, gdi.TypePtr(ret), 1)
	runtime.KeepAlive(h)
}

// Set sets element i to x, or returns an error naming the index when it is out of range (the
// array is then unchanged). The engine first makes the data unique to this array
// (copy-on-write).
func (p Packed[T]) Set(i int, x T) error {
	var err error
	p.Edit(func(s []T) {
		if i < 0 || i >= len(s) {
			err = fmt.Errorf("gdpure: index %d out of range [0, %d)", i, len(s))
			return
		}
		s[i] = x
	})
	return err
}

// All iterates over the indexes and elements, reading each from the engine's memory as the loop
// reaches it (a loop that appends or resizes sees the change; one that stops early reads no
// further).
func (p Packed[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := 0; i < p.Len(); i++ {
			x, err := p.At(i)
			if err != nil || !yield(i, x) {
				return
			}
		}
	}
}

// At returns element i, or an error naming the index when it is out of range.
func (p Packed[T]) At(i int) (T, error) {
	var x T
	var err error
	p.View(func(s []T) {
		if i < 0 || i >= len(s) {
			err = fmt.Errorf("gdpure: index %d out of range [0, %d)", i, len(s))
			return
		}
		x = s[i]
	})
	return x, err
}

// Destroy releases this Go value's reference now; it must not be used afterwards.
func (p Packed[T]) Destroy() { p.h.destroy() }

func (p Packed[T]) handle() ref            { return p.h }
func (p Packed[T]) packedType() Type       { return infoOf[T]().typ }
func (p *Packed[T]) setPackedHandle(h ref) { p.h = h }

// packedValue is satisfied by every Packed[T], so From can take any of them.
type packedValue interface {
	handle() ref
	packedType() Type
}

// packedTarget is satisfied by every *Packed[T].
type packedTarget interface {
	setPackedHandle(ref)
	packedType() Type
}

// packedTypeOf returns the Variant type of a Packed[T] type.
func packedTypeOf(t reflect.Type) (Type, bool) {
	if !reflect.PointerTo(t).Implements(reflect.TypeFor[packedTarget]()) {
		return TypeNil, false
	}
	return reflect.New(t).Interface().(packedTarget).packedType(), true
}

// PackedFromVariant sets *dst (a *Packed[T]) to the packed array the Variant holds, or returns an
// error when it holds something else.
func PackedFromVariant(v Variant, dst any) error {
	pt := dst.(packedTarget)
	want := pt.packedType()
	if t := v.Type(); t != want {
		return &MismatchError{want, t}
	}
	h := newHandle(want, packedSize)
	toType[want].Call(gdi.UninitializedTypePtr(h.addr), gdi.VariantPtr(v.cptr()))
	runtime.KeepAlive(v.h)
	pt.setPackedHandle(h)
	return nil
}

// packedAt sets *dst (a *Packed[T]) to a copy (copy-on-write) of the engine packed array at p.
func packedAt(p gdi.ConstTypePtr, dst any) {
	pt := dst.(packedTarget)
	h := newHandle(pt.packedType(), packedSize)
	copyConstruct(pt.packedType(), gdi.UninitializedTypePtr(h.addr), uintptr(p))
	pt.setPackedHandle(h)
}

// writePackedTo writes a copy (copy-on-write) of the packed array a (a Packed[T]) into the
// uninitialized slot dst of its type.
func writePackedTo(a any, dst gdi.UninitializedTypePtr) {
	pv := a.(packedValue)
	if pv.handle().handle == nil {
		gdi.VariantGetPtrConstructor(gdi.VariantType(pv.packedType()), 0).Call(dst, 0)
		return
	}
	copyConstruct(pv.packedType(), dst, pv.handle().ptr())
	runtime.KeepAlive(pv.handle())
}

// destroyAt destroys the engine value of type t at p (an initialized slot about to be overwritten).
func destroyAt(t Type, p gdi.TypePtr) {
	if d := destructors[t]; d != 0 {
		d.Call(p)
	}
}

// copyConstruct runs the copy constructor (index 1) of type t from src into dst.
func copyConstruct(t Type, dst gdi.UninitializedTypePtr, src uintptr) {
	f := engine.AcquireFrame()
	defer f.Release()
	args := f.Alloc(8)
	*(*uintptr)(gdi.CPtr(args)) = src
	gdi.VariantGetPtrConstructor(gdi.VariantType(t), 1).Call(dst, args)
}

// cptr returns the C address of the engine value (see String.cptr); a zero Packed gives the shared
// read-only empty value.
func (p Packed[T]) cptr() gdi.ConstTypePtr { return gdi.ConstTypePtr(p.ptr()) }
