package classdb

import (
	"fmt"
	"reflect"
	"runtime"
	"unsafe"

	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/variantplumb"
)

// Dispatch of a call into a Go method. A property accessor reads or writes its field in place. A
// method with generated bindings (gdgen bind) calls its typed function. Any other method goes
// through reflection.

// callArgs are the decoded arguments of one call.
type callArgs struct {
	vals []reflect.Value
}

// argsFromPtrs decodes a ptrcall's arguments; on failure it returns the index of the bad one.
func (m *methodInfo) argsFromPtrs(self unsafe.Pointer, args uintptr) (callArgs, int, error) {
	if m.prop != nil {
		if m.setter {
			return callArgs{}, 0, m.prop.codec.fromPtr(unsafe.Add(self, m.prop.offset), argAt(args, 0))
		}
		return callArgs{}, 0, nil
	}
	vals := m.receiver(self, len(m.params))
	for i, p := range m.params {
		x := reflect.New(p.goType)
		if err := p.fromPtr(x.UnsafePointer(), argAt(args, i)); err != nil {
			return callArgs{}, i, err
		}
		vals = append(vals, x.Elem())
	}
	return callArgs{vals}, 0, nil
}

// argsFromVariants decodes a Variant call's n arguments (filling in defaults); on failure it returns
// the index of the bad one.
func (m *methodInfo) argsFromVariants(self unsafe.Pointer, args uintptr, n int) (callArgs, int, error) {
	if m.prop != nil {
		if m.setter {
			return callArgs{}, 0, m.prop.codec.fromVar(unsafe.Add(self, m.prop.offset), gdi.ConstVariantPtr(argAt(args, 0)))
		}
		return callArgs{}, 0, nil
	}
	vals := m.receiver(self, n)
	for i, p := range m.params {
		x := reflect.New(p.goType)
		if i < n {
			if err := p.fromVar(x.UnsafePointer(), gdi.ConstVariantPtr(argAt(args, i))); err != nil {
				return callArgs{}, i, err
			}
		} else {
			v := m.defaultVals[i-(len(m.params)-len(m.defaults))]
			err := p.fromVar(x.UnsafePointer(), variantplumb.VariantPtr(v))
			runtime.KeepAlive(v)
			if err != nil {
				return callArgs{}, i, err
			}
		}
		vals = append(vals, x.Elem())
	}
	for i := len(m.params); i < n; i++ {
		x := reflect.New(m.variadic.goType)
		if err := m.variadic.fromVar(x.UnsafePointer(), gdi.ConstVariantPtr(argAt(args, i))); err != nil {
			return callArgs{}, i, err
		}
		vals = append(vals, x.Elem())
	}
	return callArgs{vals}, 0, nil
}

func (m *methodInfo) receiver(self unsafe.Pointer, n int) []reflect.Value {
	vals := make([]reflect.Value, 0, n+1)
	if !m.static {
		vals = append(vals, reflect.NewAt(m.class.goType, self))
	}
	return vals
}

// invoke calls the method with decoded arguments and returns a pointer to its result (a Go value
// of the result codec's type), or its error.
func (m *methodInfo) invoke(self unsafe.Pointer, in callArgs) (unsafe.Pointer, error) {
	if m.prop != nil {
		if m.setter {
			return nil, nil
		}
		return unsafe.Add(self, m.prop.offset), nil
	}
	out := m.fn.Call(in.vals)
	if m.hasErr {
		if err, _ := out[len(out)-1].Interface().(error); err != nil {
			return nil, err
		}
	}
	if m.ret == nil {
		return nil, nil
	}
	r := reflect.New(m.ret.goType)
	r.Elem().Set(out[0])
	return r.UnsafePointer(), nil
}

// Virtual methods: the engine asks, per class and virtual, whether the class implements it, and
// then calls it with the answer.

// The engine asks once per object and virtual (it caches the answer in the object), so the
// question is answered without making a Go string of the name: by the name's interned data.
func virtualCallData(classUserdata uintptr, name gdi.ConstStringNamePtr, hash uint32) uintptr {
	c := classAt(classUserdata)
	key := stringNameKey(name)
	for i, k := range c.virtualKeys {
		if k == key {
			return uintptr(c.index)<<16 | uintptr(i) + 1
		}
	}
	return 0
}

// stringNameKey returns what identifies the StringName at p: its pointer to the engine's interned
// name data (nil for the empty name). p is engine memory, read during the callback that received it.
func stringNameKey(p gdi.ConstStringNamePtr) uintptr { return *(*uintptr)(gdi.CPtr(uintptr(p))) }

func callVirtual(h gdi.ClassInstancePtr, _ gdi.ConstStringNamePtr, data uintptr, args uintptr, ret gdi.TypePtr) {
	data--
	c := classAt(data >> 16)
	v := c.virtuals[data&0xffff]
	inst := lookupInstance(h)
	if inst == nil {
		panic(fmt.Sprintf("classdb: virtual %s called on a freed %s", v.Name, c.name))
	}
	v.Call(inst.value, args, uintptr(ret))
}
