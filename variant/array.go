package variant

import (
	"fmt"
	"iter"
	"reflect"
	"runtime"

	"github.com/gdpure/gdpure/internal/classhook"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

// Array is the engine's Array, typed by its element type T: Array[Variant] is an untyped array,
// Array[int64] an engine Array[int], Array[Vector2] an Array[Vector2], and so on. Like GDScript's
// Array it is a reference type: copies of the Go value, and the engine, share one array. Its
// engine data is owned as described in owned.go. The zero Array reads as empty; a method that adds to it
// first makes a new array (NewArray makes one explicitly).
type Array[T any] struct{ h ref }

const arraySlotSize = 8

var (
	arraySize   = builtinRef{class: "Array", name: "size"}
	arrayAppend = builtinRef{class: "Array", name: "append"}
)

var arrayCtor gdi.PtrConstructor

func init() {
	engine.OnInit(engine.LevelCore, func() {
		arrayCtor = gdi.VariantGetPtrConstructor(gdi.VariantType(TypeArray), 0)
	})
}

// NewArray makes an empty engine Array of element type T (typed in the engine too, unless T is
// Variant).
func NewArray[T any]() Array[T] {
	h := newHandle(TypeArray, arraySlotSize)
	arrayCtor.Call(gdi.UninitializedTypePtr(h.addr), 0)
	if t, ok := variantTypeOf(reflect.TypeFor[T]()); ok {
		className := gdi.ConstStringNamePtr(zeroBytes)
		f := engine.AcquireFrame()
		defer f.Release()
		if t == TypeObject {
			class, _ := classhook.ClassOf(reflect.TypeFor[T]())
			className = gdi.ConstStringNamePtr(f.StringName(class))
		}
		gdi.ArraySetTyped(gdi.TypePtr(h.addr), gdi.VariantType(t), className, gdi.ConstVariantPtr(zeroBytes))
	}
	return Array[T]{h}
}

// mut returns the address of the array for a mutation; a zero Array first becomes a new, empty
// array of its own (typed as T).
func (a *Array[T]) mut() uintptr {
	if a.h.handle == nil {
		*a = NewArray[T]()
	}
	return a.h.ptr()
}

// ArrayOf makes an engine Array holding xs.
func ArrayOf[T any](xs ...T) (Array[T], error) {
	a := NewArray[T]()
	for _, x := range xs {
		if err := a.Append(x); err != nil {
			a.Destroy()
			return Array[T]{}, err
		}
	}
	return a, nil
}

func (a Array[T]) ptr() uintptr { return ptrOf(a.h, TypeArray) }

// Len returns the number of elements.
func (a Array[T]) Len() int {
	if a.h.handle == nil {
		return 0
	}
	defer runtime.KeepAlive(a.h)
	if arrayStorage {
		_, n := arrayElements(a.ptr())
		return n
	}
	return arrayLenByCall(a.ptr())
}

// Append adds x at the end. On a zero Array it first makes a new array (as append does for a nil
// slice); copies of the zero value made before do not see it.
func (a *Array[T]) Append(x T) error {
	if w, ok := variantWords(x); ok {
		arrayAppend.get().CallWithVariantWords(gdi.TypePtr(a.mut()), w)
		runtime.KeepAlive(a.h)
		return nil
	}
	return withVariant(x, func(f *engine.Frame, v gdi.ConstVariantPtr) {
		args := f.Alloc(8)
		*(*uintptr)(gdi.CPtr(args)) = uintptr(v)
		arrayAppend.get().Call(gdi.TypePtr(a.mut()), args, 0, 1)
		runtime.KeepAlive(a.h)
	})
}

// At returns element i, or an error when i is out of range or the element does not convert to T.
func (a Array[T]) At(i int) (T, error) {
	x, ok, err := a.at(i)
	if !ok {
		return x, fmt.Errorf("gdpure: index %d out of range [0, %d)", i, a.Len())
	}
	return x, err
}

// at returns element i and true, or false when i is out of range. With arrayStorage it reads the
// element where the engine keeps it (array_storage.go), else through array_operator_index_const.
func (a Array[T]) at(i int) (x T, ok bool, err error) {
	if a.h.handle == nil || i < 0 {
		return x, false, nil
	}
	defer runtime.KeepAlive(a.h)
	var p gdi.ConstVariantPtr
	if arrayStorage {
		data, n := arrayElements(a.ptr())
		if i >= n {
			return x, false, nil
		}
		p = gdi.ConstVariantPtr(data + uintptr(i)*gdi.VariantSize)
	} else {
		if i >= arrayLenByCall(a.ptr()) {
			return x, false, nil
		}
		p = gdi.ConstVariantPtr(gdi.ArrayOperatorIndexConst(gdi.ConstTypePtr(a.ptr()), gdi.Int(i)))
	}
	x, err = readVariant[T](p)
	return x, true, err
}

// Set replaces element i. On an error (i out of range, x not convertible) the array is unchanged.
func (a Array[T]) Set(i int, x T) error {
	if n := a.Len(); i < 0 || i >= n {
		return fmt.Errorf("gdpure: index %d out of range [0, %d)", i, n)
	}
	if w, ok := variantWords(x); ok {
		// A scalar needs no frame: it is written over the element as words.
		p := gdi.ArrayOperatorIndex(gdi.TypePtr(a.ptr()), gdi.Int(i))
		destroyVariant(p)
		*(*[2]uint64)(gdi.CPtr(uintptr(p))) = [2]uint64{w[0], w[1]}
		runtime.KeepAlive(a.h)
		return nil
	}
	return withVariant(x, func(_ *engine.Frame, v gdi.ConstVariantPtr) {
		p := gdi.ArrayOperatorIndex(gdi.TypePtr(a.ptr()), gdi.Int(i))
		destroyVariant(p)
		copyVariantTo(gdi.UninitializedVariantPtr(p), v)
		runtime.KeepAlive(a.h)
	})
}

// All iterates over the indexes and elements. An element that does not convert to T panics with
// an error naming it: an Array[T] that came from the engine (an argument, a property's value) was
// checked when it crossed (CheckElements), so only an engine array changed behind Go's back since
// can hold one.
func (a Array[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		// The length is read again at every step: the loop's body may grow or shrink the array.
		for i := 0; ; i++ {
			x, ok, err := a.at(i)
			if !ok {
				return
			}
			if err != nil {
				panic(fmt.Errorf("gdpure: %s: element %d: %w", a.typeName(), i, err))
			}
			if !yield(i, x) {
				return
			}
		}
	}
}

// CheckElements returns an error naming the first element that is not a T (nil for
// Array[Variant], which holds anything). Package classdb checks every Array[T] that crosses from
// the engine: an argument, a property's new value. It costs nothing when the engine array is
// already typed as T, and a conversion per element when it is not.
func (a Array[T]) CheckElements() error {
	et := reflect.TypeFor[T]()
	vt, typed := variantTypeOf(et)
	if !typed || a.h.handle == nil {
		return nil
	}
	if a.IsTyped() && Type(a.TypedBuiltin()) == vt {
		if vt != TypeObject {
			return nil
		}
		if class, _ := classhook.ClassOf(et); a.TypedClassName() == class {
			return nil
		}
	}
	for i := 0; i < a.Len(); i++ {
		if _, err := a.At(i); err != nil {
			return fmt.Errorf("%s: element %d: %w", a.typeName(), i, err)
		}
	}
	return nil
}

// typeName names the array type for errors: "Array[int]".
func (a Array[T]) typeName() string {
	if name, ok := arrayElementTypeName(reflect.TypeFor[Array[T]]()); ok {
		return "Array[" + name + "]"
	}
	return "Array"
}

// Values iterates over the elements.
func (a Array[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range a.All() {
			if !yield(x) {
				return
			}
		}
	}
}

// ToSlice copies the elements into a Go slice.
func (a Array[T]) ToSlice() ([]T, error) {
	out := make([]T, 0, a.Len())
	for i := 0; i < a.Len(); i++ {
		x, err := a.At(i)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, nil
}

// Destroy releases this Go value's reference now; the Array must not be used afterwards.
func (a Array[T]) Destroy() { a.h.destroy() }

// cptr returns the C address of the engine value (see String.cptr).
func (a Array[T]) cptr() gdi.ConstTypePtr { return gdi.ConstTypePtr(a.ptr()) }

// arrayValue is satisfied by every Array[T], so From can take any of them.
type arrayValue interface {
	handle() ref
	newEmpty() ref
	elemType() reflect.Type
}

func (a Array[T]) elemType() reflect.Type { return reflect.TypeFor[T]() }

func (a Array[T]) handle() ref   { return a.h }
func (a Array[T]) newEmpty() ref { return NewArray[T]().h }

func (a *Array[T]) setArrayHandle(h ref) { a.h = h }

// arrayTarget is satisfied by every *Array[T].
type arrayTarget interface{ setArrayHandle(ref) }

// arrayElementTypeName returns the engine's name of the element type of the Array type t ("int",
// "Vector2", a class name), or false for an untyped Array[Variant]. For package classdb, which
// registers typed array parameters.
func arrayElementTypeName(t reflect.Type) (string, bool) {
	if !isArrayType(t) {
		return "", false
	}
	elem := reflect.New(t).Elem().Interface().(arrayValue).elemType()
	vt, ok := variantTypeOf(elem)
	if !ok {
		return "", false
	}
	if vt == TypeObject {
		return classhook.ClassOf(elem)
	}
	return TypeName(vt), true
}

// isArrayType reports whether t is some Array[T].
func isArrayType(t reflect.Type) bool {
	return reflect.PointerTo(t).Implements(reflect.TypeFor[arrayTarget]())
}

// ArrayFromVariant sets *dst (a *Array[T]) to a new reference to the Array the Variant holds, or
// returns an error when it holds something else.
func ArrayFromVariant(v Variant, dst any) error {
	if t := v.Type(); t != TypeArray {
		return &MismatchError{TypeArray, t}
	}
	h := newHandle(TypeArray, arraySlotSize)
	toType[TypeArray].Call(gdi.UninitializedTypePtr(h.addr), gdi.VariantPtr(v.cptr()))
	runtime.KeepAlive(v.h)
	dst.(arrayTarget).setArrayHandle(h)
	return nil
}
