package variant

import (
	"fmt"
	"runtime"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

// Objects in Variants. The typed engine class API comes with package classdb; here a Variant can
// hold an object, tell which one it is, and call its methods by name (Variant.Call).

// fromObject makes a Variant holding the engine object obj (for a RefCounted object the Variant
// holds a reference, released with the Variant). A zero obj gives a null object Variant.
func fromObject(obj gdi.ObjectPtr) Variant {
	f := engine.AcquireFrame()
	defer f.Release()
	slot := f.Alloc(8)
	*(*gdi.ObjectPtr)(gdi.CPtr(slot)) = obj
	return newVariant(func(dst gdi.UninitializedVariantPtr) { fromType[TypeObject].Call(dst, gdi.TypePtr(slot)) })
}

// object returns the engine object the Variant holds (0 for a null object), an error when it holds
// another type, or a *FreedObjectError when the engine has freed the object (see liveObject).
func (v Variant) object() (gdi.ObjectPtr, error) {
	if t := v.Type(); t != TypeObject {
		return 0, &MismatchError{TypeObject, t}
	}
	obj, err := liveObject(v.cptr())
	runtime.KeepAlive(v.h)
	return obj, err
}

// A FreedObjectError is the error of taking the object out of a Variant whose object the engine has
// freed since (GDScript's "previously freed" instance).
type FreedObjectError struct {
	ID uint64 // the freed object's instance id
}

func (e *FreedObjectError) Error() string {
	return fmt.Sprintf("gdpure: the Variant's object (instance id %d) was freed", e.ID)
}

// liveObject returns the object of the object Variant at p, looked up by its instance id: a Variant
// keeps the object's address and id, and the address of a freed object is dangling (or, reused,
// another object's), so only the id tells a live object from a freed one.
func liveObject(p gdi.ConstVariantPtr) (gdi.ObjectPtr, error) {
	id := gdi.VariantGetObjectInstanceId(p)
	if id == 0 {
		return 0, nil
	}
	obj := gdi.ObjectGetInstanceFromId(id)
	if obj == 0 {
		return 0, &FreedObjectError{uint64(id)}
	}
	return obj, nil
}

// ObjectID returns the instance id of the object the Variant holds (0 for a null object), also
// after the engine freed it, or an error when it holds another type.
func (v Variant) ObjectID() (uint64, error) {
	if t := v.Type(); t != TypeObject {
		return 0, &MismatchError{TypeObject, t}
	}
	id := gdi.VariantGetObjectInstanceId(v.cptr())
	runtime.KeepAlive(v.h)
	return uint64(id), nil
}
