package godot

import (
	"fmt"
	"reflect"
	"sync/atomic"
	"unsafe"

	"github.com/gdpure/gdpure/internal/classhook"
	"github.com/gdpure/gdpure/internal/gdi"
)

// classHooks is this package's implementation of classhook.Classes: what package variant needs
// to carry objects, and package classdb to register Go classes, without either reaching into this
// package's unexported code.
type classHooks struct {
	classType reflect.Type
	byClass   map[string][]classhook.Virtual
	index     map[string]int     // class name -> index into classNames
	methods   map[[2]string]bool // {class, engine method} of every method Go calls
}

func init() {
	h := &classHooks{
		classType: reflect.TypeFor[Class](),
		byClass:   map[string][]classhook.Virtual{},
		index:     map[string]int{},
		methods:   map[[2]string]bool{},
	}
	for _, v := range virtuals {
		h.byClass[v.Class] = append(h.byClass[v.Class], v)
	}
	for i, n := range classNames {
		h.index[n] = i
	}
	for _, b := range bindInfos {
		h.methods[[2]string{classNames[b.class], b.name}] = true
	}
	classhook.Set(h)
}

func (h *classHooks) ClassOf(t reflect.Type) (string, bool) {
	if t.Kind() != reflect.Struct || !t.Implements(h.classType) || t.Size() != unsafe.Sizeof(uintptr(0)) {
		return "", false
	}
	return reflect.Zero(t).Interface().(Class).className(), true
}

func (*classHooks) ObjectOf(x any) (uintptr, bool) {
	c, ok := x.(AnyObject)
	if !ok {
		return 0, false
	}
	o := c.AsObject()
	if o.h == nil {
		return 0, true
	}
	return o.ptr(), true
}

func (*classHooks) Wrap(t reflect.Type, p uintptr) (reflect.Value, error) {
	v := reflect.New(t).Elem()
	if p == 0 {
		return v, nil
	}
	h := wrap(p, false)
	want := reflect.Zero(t).Interface().(Class).className()
	if tag := classTag(want); tag == 0 || gdi.ObjectCastTo(gdi.ConstObjectPtr(p), tag) == 0 {
		return reflect.Value{}, fmt.Errorf("godot: %s is not a %s", Object{h}, want)
	}
	*(**handle)(v.Addr().UnsafePointer()) = h
	return v, nil
}

func (h *classHooks) VirtualsOf(class string) []classhook.Virtual { return h.byClass[class] }

// BindingType is the type of the binding BindObject makes.
func (*classHooks) BindingType() reflect.Type { return reflect.TypeFor[binding]() }

// BindObject gives a Go class's own object a handle without an engine reference (the object owns
// the Go value; a reference back would keep both alive forever), on the binding the engine will
// hand back for the object (selfBinding), made at mem (zeroed memory of a binding) or, for a nil
// mem, in an allocation of its own.
func (*classHooks) BindObject(mem, dst unsafe.Pointer, ptr uintptr, class string, refCounted bool) *atomic.Bool {
	if mem == nil {
		mem = unsafe.Pointer(new(binding))
	}
	b, h := selfBinding((*binding)(mem), ptr, class, refCounted)
	*(**handle)(dst) = h
	return &b.freed
}

func (h *classHooks) ParentOf(class string) string {
	if i, ok := h.index[class]; ok {
		return classParents[i]
	}
	return ""
}

func (h *classHooks) HasMethod(class, method string) bool {
	for ; class != ""; class = h.ParentOf(class) {
		if h.methods[[2]string{class, method}] {
			return true
		}
	}
	return false
}

func (*classHooks) AdoptNew(p uintptr, refCounted bool, freed *atomic.Bool) (any, bool) {
	h := adoptNew(p, refCounted, freed)
	return Object{h}, h != nil
}
