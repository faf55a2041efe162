package godot

import (
	"fmt"
	"math"
	"runtime"
	"unsafe"

	"github.com/gdpure/gdpure/internal/callfail"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/variantplumb"
	"github.com/gdpure/gdpure/variant"
)

// Calls of engine methods, for the generated class API. A call is built in three steps: begin
// (the receiver and a frame for the arguments), one writer per argument, and one run, which makes
// the engine's ptrcall, reads the result and ends the call. Every argument and the result live in
// the call's frame (C memory); the Go values an argument refers to (an object's handle, an Array)
// are kept alive until the engine call has returned.

// call is one engine method call under construction. It lives on the caller's stack; the engine
// never sees it, only the frame's memory.
type call struct {
	f    *engine.Frame
	argv uintptr
	self uintptr
	keep [4]any // values whose engine data or object the arguments refer to
	nk   int
	more []any
	vars []variant.Variant // Variant arguments made for this call, destroyed at its end
}

// begin starts the zero call c, a variable of the caller (never a copy: the struct is 200-odd
// bytes), on self with n arguments. It panics with ErrNullObject or a *FreedError when self is null
// or freed.
func (c *call) begin(self Object, n int) {
	c.self = self.ptr() // before the frame: a panic here leaves nothing to release
	c.hold(self.h)
	c.start(n)
}

// start starts the zero call c with n arguments: what begin does after the receiver, and all a
// static method's call needs.
func (c *call) start(n int) {
	c.f = engine.AcquireFrame()
	if n > 0 {
		c.argv = c.f.Alloc(uintptr(n) * 8)
	}
}

func (c *call) hold(x any) {
	if c.nk < len(c.keep) {
		c.keep[c.nk] = x
		c.nk++
		return
	}
	c.more = append(c.more, x)
}

func (c *call) set(i int, p uintptr) { *(*uintptr)(gdi.CPtr(c.argv + uintptr(i)*8)) = p }

func (c *call) int(i int, x int64) {
	p := c.f.Alloc(8)
	*(*int64)(gdi.CPtr(p)) = x
	c.set(i, p)
}

func (c *call) float(i int, x float64) {
	p := c.f.Alloc(8)
	*(*uint64)(gdi.CPtr(p)) = math.Float64bits(x)
	c.set(i, p)
}

func (c *call) bool(i int, x bool) {
	p := c.f.Alloc(8)
	if x {
		*(*uint8)(gdi.CPtr(p)) = 1
	}
	c.set(i, p)
}

// value copies a math value (Vector2, Color, Transform3D, RID, …) of size bytes into the frame.
// Not inlined: inlined with a constant size, copy() between C and Go memory crashes Go 1.26's
// compiler.
//
//go:noinline
func (c *call) value(i int, x unsafe.Pointer, size uintptr) {
	p := c.f.Alloc(size)
	copy(unsafe.Slice((*byte)(gdi.CPtr(p)), size), unsafe.Slice((*byte)(x), size))
	c.set(i, p)
}

func (c *call) string(i int, s string) {
	p := c.f.Alloc(8)
	variantplumb.NewStringAt(gdi.UninitializedStringPtr(p), s)
	c.f.DestroyOnRelease(p, dtors.string)
	c.set(i, p)
}

func (c *call) stringName(i int, s string) {
	p := c.f.Alloc(8)
	variantplumb.NewStringNameAt(gdi.UninitializedStringNamePtr(p), s)
	c.f.DestroyOnRelease(p, dtors.stringName)
	c.set(i, p)
}

func (c *call) nodePath(i int, s string) {
	p := c.f.Alloc(8)
	variantplumb.NewNodePathAt(gdi.UninitializedTypePtr(p), s)
	c.f.DestroyOnRelease(p, dtors.nodePath)
	c.set(i, p)
}

// abort ends a call that cannot be made (a freed argument, say) and panics with v.
func (c *call) abort(v any) {
	c.end()
	panic(v)
}

// object passes an object (a pointer to the object pointer, 0 for null).
func (c *call) object(i int, o Object) {
	p := c.f.Alloc(8)
	if o.h != nil {
		if o.h.b.freed.Load() {
			c.abort(&FreedError{Class: o.h.b.class, ID: o.h.b.id})
		}
		*(*uintptr)(gdi.CPtr(p)) = o.h.b.ptr
		c.hold(o.h)
	}
	c.set(i, p)
}

// variant passes any Go value as a Variant; one that cannot become a Variant is a programming error
// and panics with the conversion's message.
func (c *call) variant(i int, x any) {
	v, err := variant.From(x)
	if err != nil {
		c.abort(fmt.Sprintf("godot: argument %d: %v", i, err))
	}
	c.set(i, uintptr(variantplumb.VariantPtr(v)))
	c.vars = append(c.vars, v) // kept, and destroyed, at the end of the call
}

// owned passes an engine-owned value (Array, Dictionary, Callable, packed array, …) by the address
// of its engine data; v is the Go value, kept alive across the call.
func (c *call) owned(i int, v any) {
	c.set(i, variantplumb.Ptr(v))
	c.hold(v)
}

// end releases the call's frame and what it kept; the engine call has returned.
func (c *call) end() {
	c.f.Release()
	for _, v := range c.vars {
		v.Destroy()
	}
	runtime.KeepAlive(c.keep)
	runtime.KeepAlive(c.more)
}

// exec makes the ptrcall with the result slot ret (0 for none).
func (c *call) exec(bind int, ret uintptr) {
	gdi.ObjectMethodBindPtrcall(methodBind(bind), gdi.ObjectPtr(c.self), c.argv, gdi.TypePtr(ret))
}

func (c *call) run(bind int) {
	c.exec(bind, 0)
	c.end()
}

// ret makes the call with a zeroed result slot of size bytes and returns the slot; the caller
// reads it, then ends the call.
func (c *call) ret(bind int, size uintptr) uintptr {
	r := c.f.Alloc(size)
	c.exec(bind, r)
	return r
}

func (c *call) retInt(bind int) int64 {
	x := *(*int64)(gdi.CPtr(c.ret(bind, 8)))
	c.end()
	return x
}

func (c *call) retFloat(bind int) float64 {
	x := math.Float64frombits(*(*uint64)(gdi.CPtr(c.ret(bind, 8))))
	c.end()
	return x
}

func (c *call) retBool(bind int) bool {
	x := *(*uint8)(gdi.CPtr(c.ret(bind, 8))) != 0
	c.end()
	return x
}

func (c *call) retString(bind int) string {
	r := c.ret(bind, 8)
	s := variantplumb.StringAt(gdi.ConstStringPtr(r))
	variantplumb.DestroyString(gdi.StringPtr(r))
	c.end()
	return s
}

func (c *call) retStringName(bind int) string {
	r := c.ret(bind, 8)
	s := variantplumb.StringNameAt(gdi.ConstStringNamePtr(r))
	dtors.stringName.Call(gdi.TypePtr(r))
	c.end()
	return s
}

func (c *call) retNodePath(bind int) string {
	r := c.ret(bind, 8)
	s := variantplumb.NodePathAt(gdi.ConstTypePtr(r))
	dtors.nodePath.Call(gdi.TypePtr(r))
	c.end()
	return s
}

func (c *call) retVariant(bind int) variant.Variant {
	v := variantplumb.AdoptVariant(c.ret(bind, gdi.VariantSize))
	c.end()
	return v
}

// retObject returns the handle of the object the call returns; refCounted says the result is a
// reference the engine hands over (a Ref<T>).
func (c *call) retObject(bind int, refCounted bool) *handle {
	p := *(*uintptr)(gdi.CPtr(c.ret(bind, 8)))
	c.end()
	return wrap(p, refCounted)
}

// retValue returns a math value result.
func retValue[T any](c *call, bind int) T {
	var x T
	r := c.ret(bind, unsafe.Sizeof(x))
	x = *(*T)(gdi.CPtr(r))
	c.end()
	return x
}

// retOwned returns an engine-owned result (Array, Dictionary, packed array, …) of Variant type t:
// the slot is constructed empty before the call (the engine assigns to it), then adopted.
func retOwned[T any](c *call, bind int, t variant.Type) T {
	r := c.f.Alloc(gdi.VariantSize)
	gdi.VariantGetPtrConstructor(gdi.VariantType(t), 0).Call(gdi.UninitializedTypePtr(r), 0)
	c.exec(bind, r)
	x := variantplumb.Adopt[T](r, t)
	c.end()
	return x
}

// varcall makes a call through the engine's Variant call path (vararg methods): every argument
// (the method's fixed ones first, then the variable ones) becomes a Variant.
func (c *call) varcall(bind int, fixed, args []any) (variant.Variant, error) {
	defer c.end()
	ret, err := c.varcallRaw(bind, fixed, args)
	if ret == 0 {
		return variant.Variant{}, err
	}
	out := variantplumb.AdoptVariant(ret)
	if ce, ok := err.(*variant.CallError); ok && ce.Kind != 0 {
		out.Destroy()
		return variant.Variant{}, err
	}
	return out, err
}

// varcallRaw makes a vararg call and returns the address of its result, a Variant in the call's
// frame that the caller adopts or destroys before c.end, and the call's error: an engine call error
// (*variant.CallError with a Kind; the result is then Nil), or the cause of a Go method's failure
// (a *variant.CallError without Kind, beside the result type's zero value). ret is 0 when an
// argument could not become a Variant (nothing was called). The arguments are Variants written
// into the call's frame (no owned Go value for the common types), destroyed before it returns.
func (c *call) varcallRaw(bind int, fixed, args []any) (ret uintptr, err error) {
	n := len(fixed) + len(args)
	argv := c.f.Alloc(uintptr(max(n, 1)) * 8)
	slots := c.f.Alloc(uintptr(max(n, 1)) * gdi.VariantSize)
	written := 0
	defer func() {
		for i := range written {
			variantplumb.DestroyVariant(gdi.VariantPtr(slots + uintptr(i)*gdi.VariantSize))
		}
	}()
	for _, part := range [2][]any{fixed, args} {
		for _, a := range part {
			slot := slots + uintptr(written)*gdi.VariantSize
			if err := variantplumb.WriteAny(gdi.UninitializedVariantPtr(slot), a); err != nil {
				return 0, fmt.Errorf("godot: argument %d: %w", written, err)
			}
			*(*uintptr)(gdi.CPtr(argv + uintptr(written)*8)) = slot
			written++
		}
	}
	ret = c.f.Alloc(gdi.VariantSize)
	cerr := c.f.Alloc(unsafe.Sizeof(gdi.CallError{}))
	since := callfail.Seq()
	gdi.ObjectMethodBindCall(methodBind(bind), gdi.ObjectPtr(c.self), argv, gdi.Int(n),
		gdi.UninitializedVariantPtr(ret), cerr)
	info := bindInfos[bind]
	if e := (*gdi.CallError)(gdi.CPtr(cerr)); e.Error != gdi.CallOk {
		return ret, &variant.CallError{Method: classNames[info.class] + "." + info.name,
			Kind: int(e.Error), Argument: int(e.Argument), Expected: int(e.Expected), Cause: callfail.Take(since, c.self)}
	}
	if cause := callfail.Take(since, c.self); cause != "" {
		// A Go method that failed (its error, its panic): the engine call succeeded with the result
		// type's zero value, which the error goes with.
		return ret, &variant.CallError{Method: classNames[info.class] + "." + info.name, Cause: cause}
	}
	return ret, nil
}

// objectOf returns the Object of a class value, or the zero Object for a nil one.
func objectOf[T interface {
	comparable
	AsObject() Object
}](x T) Object {
	var zero T
	if x == zero {
		return Object{}
	}
	return x.AsObject()
}

// fromHandle makes a value of the class type T from a handle. Every class type is a struct whose
// only field is, through embedding, Object's handle pointer (the layout test checks it).
func fromHandle[T any](h *handle) T { return *(*T)(unsafe.Pointer(&h)) }

// Method binds, resolved on first use and cached. bindInfos (generated) names each method.

type bindInfo struct {
	class uint16 // index in classNames
	name  string
	hash  int64
}

var binds = engine.NewLookups(len(bindInfos), lookUpBind)

// methodBind returns the engine's method bind number i, resolving it on first use.
func methodBind(i int) gdi.MethodBindPtr { return binds.At(i) }

// lookUpBind asks the engine for method bind i. A method the running engine lacks panics with a
// message naming class, method and hash.
func lookUpBind(i int) gdi.MethodBindPtr {
	info := bindInfos[i]
	f := engine.AcquireFrame()
	defer f.Release()
	class := classNames[info.class]
	p := gdi.ClassdbGetMethodBind(gdi.ConstStringNamePtr(engine.StaticStringName(class)),
		gdi.ConstStringNamePtr(f.StringName(info.name)), gdi.Int(info.hash))
	if p == 0 {
		panic(fmt.Sprintf("godot: the engine has no method %s.%s with hash %d (engine %s)", class, info.name, info.hash,
			engine.EngineVersion()))
	}
	return p
}

// Destructors of the engine-owned argument types built in a frame.
var dtors struct{ string, stringName, nodePath gdi.PtrDestructor }

func init() {
	engine.OnInit(engine.LevelCore, func() {
		dtors.string = gdi.VariantGetPtrDestructor(gdi.VariantTypeString)
		dtors.stringName = gdi.VariantGetPtrDestructor(gdi.VariantTypeStringName)
		dtors.nodePath = gdi.VariantGetPtrDestructor(gdi.VariantTypeNodePath)
	})
}
