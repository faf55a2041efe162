package godot

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

// construct makes a new object of the engine class name and returns its handle.
func construct(class string, refCounted bool) *handle {
	p := uintptr(gdi.ClassdbConstructObject2(gdi.ConstStringNamePtr(engine.StaticStringName(class))))
	if p == 0 {
		panic(fmt.Sprintf("godot: the engine could not make a %s", class))
	}
	return adoptNew(p, refCounted, nil)
}

// adoptNew returns the handle of an object just made. The engine's construct call leaves
// NOTIFICATION_POSTINITIALIZE to its caller: adoptNew sends it, as the engine does for objects
// GDScript makes (to the engine class, a Go class's every Notification, a script). A new RefCounted
// object carries the reference its creator takes (RefCounted.init_ref turns the initial count into
// it); the handle takes that one over, so the count is 1 while only Go holds the object. freed,
// when not nil, is a Go instance's flag: set after the notification, the notification freed the
// object, and adoptNew returns nil without touching it again.
func adoptNew(p uintptr, refCounted bool, freed *atomic.Bool) *handle {
	postinitialize(p)
	if freed != nil && freed.Load() {
		return nil
	}
	if refCounted {
		callBool(p, bindRefCountedInitRef)
	}
	return wrap(p, refCounted)
}

// Instantiate makes a new object of the class named class (an engine class, or a class registered
// by an extension or a script's global class name is not accepted: use the class's own
// constructor for those), as ClassDB.instantiate does. It fails for an unknown or abstract class.
func Instantiate(class string) (Object, error) {
	f := engine.AcquireFrame()
	defer f.Release()
	name := f.StringName(class)
	p := uintptr(gdi.ClassdbConstructObject2(gdi.ConstStringNamePtr(name)))
	if p == 0 {
		return Object{}, fmt.Errorf("godot: cannot instantiate %q (no such class, or abstract)", class)
	}
	return Object{adoptNew(p, gdi.ObjectCastTo(gdi.ConstObjectPtr(p), refCountedTag) != 0, nil)}, nil
}

// InstanceFromID returns the object with the engine instance id, or false when no object has it
// (any more): the engine's instance_from_id.
func InstanceFromID(id uint64) (Object, bool) {
	p := uintptr(gdi.ObjectGetInstanceFromId(gdi.ObjectInstanceID(id)))
	if p == 0 {
		return Object{}, false
	}
	return Object{wrap(p, false)}, true
}

// A Class is a class type of this package (Node, Sprite2D, …): its values can be passed where an
// Object is expected, and As converts to it.
type Class interface {
	AnyObject
	className() string
}

// className returns the engine class of the class type (every class type has it through
// embedding; the generated types override it).
func (Object) className() string { return "Object" }

// classTags caches class tags by class name (As runs on any goroutine).
var classTags sync.Map // string → uintptr

// As converts a class value to the class T when the object is of that class or a class derived from
// it: As[Sprite2D](node). A null value converts to the null T. A wrong class is an error, never a
// crash.
func As[T Class](x AnyObject) (T, error) {
	var zero T
	o := objectOf(x)
	if o.h == nil {
		return zero, nil
	}
	want := zero.className()
	p := o.ptr()
	tag := classTag(want)
	ok := tag != 0 && gdi.ObjectCastTo(gdi.ConstObjectPtr(p), tag) != 0
	runtime.KeepAlive(o.h)
	if !ok {
		return zero, fmt.Errorf("godot: %s is not a %s", o, want)
	}
	return fromHandle[T](o.h), nil
}

func classTag(class string) uintptr {
	if t, ok := classTags.Load(class); ok {
		return t.(uintptr)
	}
	t := gdi.ClassdbGetClassTag(gdi.ConstStringNamePtr(engine.StaticStringName(class)))
	classTags.Store(class, t)
	return t
}

// IsRefCountedClass reports whether the engine class named class derives from RefCounted (its
// objects are freed when their last reference goes).
func IsRefCountedClass(class string) bool {
	for i, n := range classNames {
		if n == class {
			return classRefCounted[i]
		}
	}
	return false
}

// postinitialize sends NOTIFICATION_POSTINITIALIZE (0, not reversed) to a new object.
func postinitialize(p uintptr) {
	f := engine.AcquireFrame()
	defer f.Release()
	argv := f.Alloc(16)
	what, reversed := f.Alloc(8), f.Alloc(8) // 0 and false: the frame's memory is zeroed
	*(*uintptr)(gdi.CPtr(argv)) = what
	*(*uintptr)(gdi.CPtr(argv + 8)) = reversed
	gdi.ObjectMethodBindPtrcall(methodBind(bindObjectNotification), gdi.ObjectPtr(p), argv, 0)
}
