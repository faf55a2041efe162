package classdb

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/gdpure/gdpure/internal/callfail"
	"github.com/gdpure/gdpure/internal/classhook"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/variantplumb"
	"github.com/gdpure/gdpure/variant"
)

// Emitting a Go class's signal (Signal0 … Signal3's Emit) passes the signal's name as a shared
// StringName Variant (nameVariant), writes its arguments straight into Variants in a call frame (C
// memory, released when the call returns) and calls the engine's Object.emit_signal. Arguments of the types setArg writes itself (bool, the
// integer and float types, string, Variant) are never boxed into an interface, so an emit with
// them allocates nothing on the Go heap; any other type goes through variant.From's conversion.

// emitSignalHash is Object.emit_signal's method hash (api/extension_api.json).
const emitSignalHash = 4047867050

var (
	emitSignalBind      atomic.Uintptr // gdi.MethodBindPtr of Object.emit_signal, resolved on first use
	stringNameToVariant atomic.Uintptr // gdi.VariantFromTypeConstructorFunc for StringName
)

func init() {
	engine.OnDeinit(engine.LevelCore, func() {
		emitSignalBind.Store(0)
		stringNameToVariant.Store(0)
	})
}

func emitSignalMethod() gdi.MethodBindPtr {
	if p := emitSignalBind.Load(); p != 0 {
		return gdi.MethodBindPtr(p)
	}
	p := gdi.ClassdbGetMethodBind(gdi.ConstStringNamePtr(engine.StaticStringName("Object")),
		gdi.ConstStringNamePtr(engine.StaticStringName("emit_signal")), emitSignalHash)
	if p == 0 {
		panic(fmt.Sprintf("classdb: the engine has no method Object.emit_signal with hash %d (engine %s)",
			emitSignalHash, engine.EngineVersion()))
	}
	emitSignalBind.Store(uintptr(p))
	return p
}

// The signals' names as StringName Variants, one per name for the process, in permanent C memory:
// emit_signal takes its arguments as const Variants and copies what it keeps, so every emit of a
// signal, on any thread, passes the same one, and an emit makes no engine call for the name. They
// are destroyed at the core level's deinitialization, the extension's last; an emit after that
// (none should come) writes its name into its own call frame again.
var nameVariants struct {
	mu     sync.Mutex
	byName map[string]uintptr
	gone   atomic.Bool
}

func init() {
	engine.OnDeinit(engine.LevelCore, func() {
		nameVariants.mu.Lock()
		defer nameVariants.mu.Unlock()
		nameVariants.gone.Store(true)
		for _, p := range nameVariants.byName {
			variantplumb.DestroyVariant(gdi.VariantPtr(p))
		}
		nameVariants.byName = nil
	})
	engine.OnInit(engine.LevelCore, func() { nameVariants.gone.Store(false) })
}

// nameVariant returns the signal's name as the shared StringName Variant (0 once they are gone).
func (s *signalBase) nameVariant() uintptr {
	if p := s.nameAt.Load(); p != 0 && !nameVariants.gone.Load() {
		return p
	}
	nameVariants.mu.Lock()
	defer nameVariants.mu.Unlock()
	if nameVariants.gone.Load() {
		return 0
	}
	p, ok := nameVariants.byName[s.name]
	if !ok {
		p = engine.Permanent.Alloc(gdi.VariantSize)
		writeName(gdi.UninitializedVariantPtr(p), s.name)
		if nameVariants.byName == nil {
			nameVariants.byName = map[string]uintptr{}
		}
		nameVariants.byName[s.name] = p
	}
	s.nameAt.Store(p)
	return p
}

// writeName writes name as a new StringName Variant at dst, from the permanent StringName of the
// name (a Go class's signals are registered with the engine for the process's life).
func writeName(dst gdi.UninitializedVariantPtr, name string) {
	ctor := stringNameToVariant.Load()
	if ctor == 0 {
		ctor = uintptr(gdi.GetVariantFromTypeConstructor(gdi.VariantTypeStringName))
		stringNameToVariant.Store(ctor)
	}
	gdi.VariantFromTypeConstructorFunc(ctor).Call(dst, gdi.TypePtr(engine.StaticStringName(name)))
}

// emitWith emits the signal with n arguments; write(i, dst) writes argument i as a new Variant at
// dst. A conversion error, a call error, or a Go callee that failed panics with the error, as
// emit does; the engine's own refusal (signals blocked) is not an error.
func (s *signalBase) emitWith(n int, write func(i int, dst gdi.UninitializedVariantPtr) error) {
	if s.owner.IsNull() {
		panic("classdb: Emit on a signal of a Go value the engine did not make")
	}
	obj, _ := classhook.ObjectOf(s.owner) // a freed owner panics with its *godot.FreedError
	f := engine.AcquireFrame()
	defer f.Release()
	argv := f.Alloc(uintptr(n+1) * 8)
	slots := f.Alloc(uintptr(n+1) * gdi.VariantSize)
	slot := func(i int) uintptr { return slots + uintptr(i)*gdi.VariantSize }
	first, written := 1, 1 // slots [first, written) hold Variants this emit made
	defer func() {
		for i := first; i < written; i++ {
			variantplumb.DestroyVariant(gdi.VariantPtr(slot(i)))
		}
	}()
	name := s.nameVariant()
	if name == 0 {
		writeName(gdi.UninitializedVariantPtr(slot(0)), s.name)
		name, first = slot(0), 0
	}
	*(*uintptr)(gdi.CPtr(argv)) = name
	for i := range n {
		if err := write(i, gdi.UninitializedVariantPtr(slot(i+1))); err != nil {
			panic(fmt.Errorf("classdb: emitting %s: argument %d: %w", s.name, i, err))
		}
		*(*uintptr)(gdi.CPtr(argv + uintptr(i+1)*8)) = slot(i + 1)
		written++
	}
	ret := f.Alloc(gdi.VariantSize)
	cerr := f.Alloc(unsafe.Sizeof(gdi.CallError{}))
	since := callfail.Seq()
	gdi.ObjectMethodBindCall(emitSignalMethod(), gdi.ObjectPtr(obj), argv, gdi.Int(n+1),
		gdi.UninitializedVariantPtr(ret), cerr)
	runtime.KeepAlive(s.owner)
	if e := (*gdi.CallError)(gdi.CPtr(cerr)); e.Error != gdi.CallOk {
		panic(&variant.CallError{Method: "Object.emit_signal", Kind: int(e.Error), Argument: int(e.Argument),
			Expected: int(e.Expected), Cause: callfail.Take(since, obj)})
	}
	variantplumb.DestroyVariant(gdi.VariantPtr(ret)) // an Error code: nothing to read that matters here
	if cause := callfail.Take(since, obj); cause != "" {
		panic(&variant.CallError{Method: "Object.emit_signal", Cause: cause})
	}
}

// setArg writes x as a new Variant at dst: directly, without boxing, for the types Variants hold
// as they are; through variant.From's conversion (variantplumb.WriteAny) for any other.
func setArg[T any](dst gdi.UninitializedVariantPtr, x T) error {
	switch v := any(x).(type) {
	case bool:
		variantplumb.SetBool(dst, v)
	case int:
		variantplumb.SetInt(dst, int64(v))
	case int8:
		variantplumb.SetInt(dst, int64(v))
	case int16:
		variantplumb.SetInt(dst, int64(v))
	case int32:
		variantplumb.SetInt(dst, int64(v))
	case int64:
		variantplumb.SetInt(dst, v)
	case uint8:
		variantplumb.SetInt(dst, int64(v))
	case uint16:
		variantplumb.SetInt(dst, int64(v))
	case uint32:
		variantplumb.SetInt(dst, int64(v))
	case float32:
		variantplumb.SetFloat(dst, float64(v))
	case float64:
		variantplumb.SetFloat(dst, v)
	case string:
		variantplumb.SetString(dst, v)
	default:
		return variantplumb.WriteAny(dst, any(x))
	}
	return nil
}
