package variant

import (
	"runtime"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

// RID is the engine's resource ID: a plain value (8 bytes, no engine memory), safe to copy.
type RID struct {
	ID uint64
}

// IsValid reports whether the RID refers to a resource (its id is not zero), as the engine's
// is_valid.
func (r RID) IsValid() bool { return r.ID != 0 }

// Signal is the engine's Signal: a signal name bound to an object. It holds a StringName, so it is
// engine-owned (see owned.go). The zero Signal is null.
type Signal struct{ h ref }

const signalSize = 16

// SignalFromVariant returns the Signal the Variant holds, or an error.
func SignalFromVariant(v Variant) (Signal, error) {
	if t := v.Type(); t != TypeSignal {
		return Signal{}, &MismatchError{TypeSignal, t}
	}
	h := newHandle(TypeSignal, signalSize)
	toType[TypeSignal].Call(gdi.UninitializedTypePtr(h.addr), gdi.VariantPtr(v.cptr()))
	runtime.KeepAlive(v.h)
	return Signal{h}, nil
}

var (
	signalGetName     = builtinRef{class: "Signal", name: "get_name"}
	signalGetObjectID = builtinRef{class: "Signal", name: "get_object_id"}
)

func (s Signal) ptr() uintptr { return ptrOf(s.h, TypeSignal) }

// Name returns the signal's name.
func (s Signal) Name() string {
	f := engine.AcquireFrame()
	defer f.Release()
	ret := f.Alloc(8) // a StringName
	signalGetName.get().Call(gdi.TypePtr(s.ptr()), 0, gdi.TypePtr(ret), 0)
	runtime.KeepAlive(s.h)
	name := stringFrom(stringFromStringName, ret)
	destructors[TypeStringName].Call(gdi.TypePtr(ret))
	return name
}

// ObjectID returns the instance id of the signal's object (0 for a null signal).
func (s Signal) ObjectID() uint64 {
	f := engine.AcquireFrame()
	defer f.Release()
	ret := f.Alloc(8)
	signalGetObjectID.get().Call(gdi.TypePtr(s.ptr()), 0, gdi.TypePtr(ret), 0)
	runtime.KeepAlive(s.h)
	return *(*uint64)(gdi.CPtr(ret))
}

// Emit emits the signal with the given arguments (anything From accepts).
func (s Signal) Emit(args ...any) error {
	v, err := From(s)
	if err != nil {
		return err
	}
	defer v.Destroy()
	_, err = v.Call("emit", args...)
	return err
}

// Destroy releases this Go value's reference now; it must not be used afterwards.
func (s Signal) Destroy() { s.h.destroy() }

// cptr returns the C address of the engine value (see String.cptr).
func (s Signal) cptr() gdi.ConstTypePtr { return gdi.ConstTypePtr(s.ptr()) }
