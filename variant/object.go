package variant

import (
	"runtime"

	"github.com/gdpure/gdpure/gdextension"
	"github.com/gdpure/gdpure/internal/gdi"
)

// Objects in Variants. The typed engine class API comes with package classdb; here a Variant can
// hold an object, tell which one it is, and call its methods by name (Variant.Call).

// fromObject makes a Variant holding the engine object obj (for a RefCounted object the Variant
// holds a reference, released with the Variant). A zero obj gives a null object Variant.
func fromObject(obj gdi.ObjectPtr) Variant {
	f := gdextension.AcquireFrame()
	defer f.Release()
	slot := f.Alloc(8)
	*(*gdi.ObjectPtr)(gdi.CPtr(slot)) = obj
	return newVariant(func(dst gdi.UninitializedVariantPtr) { fromType[TypeObject].Call(dst, gdi.TypePtr(slot)) })
}

// object returns the engine object the Variant holds (0 for a null object), or an error when it
// holds another type. The pointer is valid as long as the object lives; prefer ObjectID to keep a
// reference across frames.
func (v Variant) object() (gdi.ObjectPtr, error) {
	if t := v.Type(); t != TypeObject {
		return 0, &MismatchError{TypeObject, t}
	}
	f := gdextension.AcquireFrame()
	defer f.Release()
	slot := f.Alloc(8)
	toType[TypeObject].Call(gdi.UninitializedTypePtr(slot), gdi.VariantPtr(v.cptr()))
	runtime.KeepAlive(v.h)
	return *(*gdi.ObjectPtr)(gdi.CPtr(slot)), nil
}

// ObjectID returns the instance id of the object the Variant holds (0 for a null object), or an
// error when it holds another type.
func (v Variant) ObjectID() (uint64, error) {
	obj, err := v.object()
	if err != nil || obj == 0 {
		return 0, err
	}
	return uint64(gdi.ObjectGetInstanceId(gdi.ConstObjectPtr(obj))), nil
}
