package classdb

import (
	"fmt"
	"reflect"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/gdpure/gdpure/gdextension"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/variant"
)

// classInfo is a Go type registered as an engine class.
type classInfo struct {
	name, parent string
	goType       reflect.Type // the struct type T; instances are *T
	methods      []*methodInfo
	index        int
	registered   bool
}

// methodInfo is one method of a registered class.
type methodInfo struct {
	class *classInfo
	name  string
	fn    reflect.Value // func(*T, args...) [result]
	args  []*codec
	argTs []reflect.Type
	ret   *codec
	retT  reflect.Type
	index int
}

// registry holds every registered class and method. The engine refers to them by index (class
// and method userdata); readers on the callback path load an immutable snapshot without locking,
// writers (registration, from init functions) replace it under mu.
var registry struct {
	mu      sync.Mutex
	classes atomic.Pointer[[]*classInfo]
	methods atomic.Pointer[[]*methodInfo]
}

// appendSnapshot stores a copy of the snapshot in p with x appended; it returns x's index. The
// caller holds registry.mu.
func appendSnapshot[T any](p *atomic.Pointer[[]T], x T) int {
	var old []T
	if cur := p.Load(); cur != nil {
		old = *cur
	}
	next := append(append(make([]T, 0, len(old)+1), old...), x)
	p.Store(&next)
	return len(old)
}

func snapshot[T any](p *atomic.Pointer[[]T]) []T {
	if cur := p.Load(); cur != nil {
		return *cur
	}
	return nil
}

// A ClassDef registers methods of a Go class before the engine initializes the scene level.
type ClassDef[T any] struct{ info *classInfo }

// Register makes the Go struct type T an engine class named name, inheriting the engine class
// parent ("RefCounted", "Node", …). Call it from an init function; the class is registered with the
// engine at the scene initialization level and unregistered at its deinitialization. Each engine
// instance of the class has its own *T, created with new(T) and dropped when the engine frees the
// object.
func Register[T any](name, parent string) *ClassDef[T] {
	t := reflect.TypeFor[T]()
	if t.Kind() != reflect.Struct {
		panic(fmt.Sprintf("gdpure: classdb.Register[%s]: the type must be a struct", t))
	}
	registry.mu.Lock()
	defer registry.mu.Unlock()
	c := &classInfo{name: name, parent: parent, goType: t}
	c.index = appendSnapshot(&registry.classes, c)
	return &ClassDef[T]{info: c}
}

// Method exposes fn to the engine as the method name. fn is a method expression or a function whose
// first parameter is *T, followed by the method's parameters (bool, integers, floats, string, and
// the math value types of package variant: Vector2 … Projection, Color); it
// returns nothing or one such value. Calls from GDScript with wrong arguments become engine call
// errors; a panic in fn is reported with its Go stack and the engine goes on.
func (d *ClassDef[T]) Method(name string, fn any) *ClassDef[T] {
	v := reflect.ValueOf(fn)
	ft := v.Type()
	if ft.Kind() != reflect.Func || ft.NumIn() < 1 || ft.In(0) != reflect.PointerTo(d.info.goType) {
		panic(fmt.Sprintf("gdpure: %s.%s: the method must be a func whose first parameter is *%s", d.info.name, name, d.info.goType))
	}
	if ft.NumOut() > 1 {
		panic(fmt.Sprintf("gdpure: %s.%s: at most one result", d.info.name, name))
	}
	m := &methodInfo{class: d.info, name: name, fn: v}
	for i := 1; i < ft.NumIn(); i++ {
		c, err := codecFor(ft.In(i))
		if err != nil {
			panic(fmt.Sprintf("%v (%s.%s argument %d)", err, d.info.name, name, i))
		}
		m.args = append(m.args, c)
		m.argTs = append(m.argTs, ft.In(i))
	}
	if ft.NumOut() == 1 {
		c, err := codecFor(ft.Out(0))
		if err != nil {
			panic(fmt.Sprintf("%v (%s.%s result)", err, d.info.name, name))
		}
		m.ret, m.retT = c, ft.Out(0)
	}
	registry.mu.Lock()
	m.index = appendSnapshot(&registry.methods, m)
	registry.mu.Unlock()
	d.info.methods = append(d.info.methods, m)
	return d
}

func init() {
	gdextension.OnInit(gdextension.LevelScene, registerAll)
	gdextension.OnDeinit(gdextension.LevelScene, unregisterAll)
}

// The engine's C entries of this package: one per callback type, installed once.
var entries struct {
	once           sync.Once
	createInstance gdi.ClassCreateInstance2
	freeInstance   gdi.ClassFreeInstance
	call           gdi.ClassMethodCall
	propertyList   gdi.ClassGetPropertyList
	freePropList   gdi.ClassFreePropertyList2
	ptrcall        gdi.ClassMethodPtrCall
}

func installEntries() {
	entries.createInstance = gdi.SetClassCreateInstance2Handler(createInstance)
	entries.freeInstance = gdi.SetClassFreeInstanceHandler(freeInstance)
	entries.call = gdi.SetClassMethodCallHandler(methodCall)
	entries.propertyList = gdi.SetClassGetPropertyListHandler(getPropertyList)
	entries.freePropList = gdi.SetClassFreePropertyList2Handler(freePropertyList)
	entries.ptrcall = gdi.SetClassMethodPtrCallHandler(methodPtrCall)
}

func registerAll() {
	entries.once.Do(installEntries)
	classes := snapshot(&registry.classes)
	for _, c := range classes {
		registerClass(c)
	}
}

// hintStrings are the engine Strings made for one class's registration, destroyed after it.
var hintStrings []uintptr

func registerClass(c *classInfo) {
	reg := gdextension.NewOwner(gdextension.OwnerRegistration)
	defer reg.Release() // the engine copies registration info during the register calls
	defer func() {
		for _, p := range hintStrings {
			variant.DestroyString(gdi.StringPtr(p))
		}
		hintStrings = hintStrings[:0]
	}()
	info := (*gdi.ClassCreationInfo4)(gdi.CPtr(reg.Alloc(unsafe.Sizeof(gdi.ClassCreationInfo4{}))))
	info.IsExposed = 1
	info.CreateInstanceFunc = entries.createInstance
	info.FreeInstanceFunc = entries.freeInstance
	info.ClassUserdata = uintptr(c.index)
	if reflect.PointerTo(c.goType).Implements(reflect.TypeFor[PropertyLister]()) {
		info.GetPropertyListFunc = entries.propertyList
		info.FreePropertyListFunc = entries.freePropList
	}
	lib := gdextension.Library()
	name := gdextension.StaticStringName(c.name)
	gdi.ClassdbRegisterExtensionClass5(lib, gdi.ConstStringNamePtr(name), gdi.ConstStringNamePtr(gdextension.StaticStringName(c.parent)),
		uintptr(unsafe.Pointer(info)))
	c.registered = true
	for _, m := range c.methods {
		registerMethod(reg, name, m)
	}
}

// propertyInfo fills a GDExtensionPropertyInfo in registration memory.
func propertyInfo(reg *gdextension.Owner, p uintptr, c *codec, name string) {
	pi := (*gdi.PropertyInfo)(gdi.CPtr(p))
	pi.Type = c.vtype
	pi.Name = gdextension.StaticStringName(name)
	pi.ClassName = gdi.StringNamePtr(reg.Alloc(8)) // an empty StringName is a null pointer
	if c.className != "" {
		pi.ClassName = gdextension.StaticStringName(c.className)
	}
	pi.Hint = uint32(c.hint)
	pi.HintString = gdi.StringPtr(reg.Alloc(8)) // an empty String is a null pointer
	if c.hintString != "" {
		variant.NewStringAt(gdi.UninitializedStringPtr(pi.HintString), c.hintString)
		// Destroyed after the register call (the engine copies it).
		hintStrings = append(hintStrings, uintptr(pi.HintString))
	}
	pi.Usage = 6 // PROPERTY_USAGE_DEFAULT
	if c.usage != 0 {
		pi.Usage = c.usage
	}
}

func registerMethod(reg *gdextension.Owner, class gdi.StringNamePtr, m *methodInfo) {
	mi := (*gdi.ClassMethodInfo)(gdi.CPtr(reg.Alloc(unsafe.Sizeof(gdi.ClassMethodInfo{}))))
	mi.Name = gdextension.StaticStringName(m.name)
	mi.MethodUserdata = uintptr(m.index)
	mi.CallFunc = entries.call
	mi.PtrcallFunc = entries.ptrcall
	mi.MethodFlags = uint32(gdi.MethodFlagNormal)
	if m.ret != nil {
		mi.HasReturnValue = 1
		mi.ReturnValueInfo = reg.Alloc(unsafe.Sizeof(gdi.PropertyInfo{}))
		propertyInfo(reg, mi.ReturnValueInfo, m.ret, "")
		mi.ReturnValueMetadata = gdi.MethodArgumentMetadataNone
	}
	if n := len(m.args); n > 0 {
		size := unsafe.Sizeof(gdi.PropertyInfo{})
		mi.ArgumentCount = uint32(n)
		mi.ArgumentsInfo = reg.Alloc(size * uintptr(n))
		mi.ArgumentsMetadata = reg.Alloc(4 * uintptr(n))
		for i, a := range m.args {
			propertyInfo(reg, mi.ArgumentsInfo+uintptr(i)*size, a, fmt.Sprintf("arg%d", i))
		}
	}
	gdi.ClassdbRegisterExtensionClassMethod(gdextension.Library(), gdi.ConstStringNamePtr(class), uintptr(unsafe.Pointer(mi)))
}

func unregisterAll() {
	classes := snapshot(&registry.classes)
	for i := len(classes) - 1; i >= 0; i-- {
		c := classes[i]
		if c.registered {
			gdi.ClassdbUnregisterExtensionClass(gdextension.Library(), gdi.ConstStringNamePtr(gdextension.StaticStringName(c.name)))
			c.registered = false
		}
	}
}

func classByIndex(i uintptr) *classInfo { return snapshot(&registry.classes)[i] }

func methodByIndex(i uintptr) *methodInfo { return snapshot(&registry.methods)[i] }

// Initializer is implemented by Go classes that set up each new instance: the engine's creation
// of the object calls Init once, before anything else can use the instance.
type Initializer interface{ Init() }

// createInstance is the engine's create_instance for every Go class: it constructs the engine
// object of the parent class and attaches a new Go value to it through an integer handle.
func createInstance(classUserdata uintptr, notifyPostinitialize gdi.Bool) gdi.ObjectPtr {
	c := classByIndex(classUserdata)
	obj := gdi.ClassdbConstructObject2(gdi.ConstStringNamePtr(gdextension.StaticStringName(c.parent)))
	v := reflect.New(c.goType).Interface()
	h := addInstance(v, obj, c)
	gdi.ObjectSetInstance(obj, gdi.ConstStringNamePtr(gdextension.StaticStringName(c.name)), h)
	if in, ok := v.(Initializer); ok {
		in.Init()
	}
	return obj
}

// freeInstance ends the engine's contract for an instance: the handle is released and the Go value
// becomes garbage.
func freeInstance(_ uintptr, instance gdi.ClassInstancePtr) {
	removeInstance(instance)
}

func setCallError(p uintptr, kind gdi.CallErrorType, argument, expected int32) {
	if p == 0 {
		return
	}
	e := (*gdi.CallError)(gdi.CPtr(p))
	e.Error, e.Argument, e.Expected = kind, argument, expected
}

// methodCall is the engine's call entry (Variant arguments) for every method of every Go class.
func methodCall(userdata uintptr, instance gdi.ClassInstancePtr, args uintptr, argc gdi.Int, ret gdi.VariantPtr, cerr uintptr) {
	setCallError(cerr, gdi.CallOk, 0, 0)
	m := methodByIndex(userdata)
	inst, err := lookupInstance(instance)
	if err != nil {
		setCallError(cerr, gdi.CallErrorInstanceIsNull, 0, 0)
		gdextension.PrintError(fmt.Sprintf("%s.%s: %v", m.class.name, m.name, err))
		return
	}
	if int(argc) != len(m.args) {
		kind := gdi.CallErrorTooFewArguments
		if int(argc) > len(m.args) {
			kind = gdi.CallErrorTooManyArguments
		}
		setCallError(cerr, kind, 0, int32(len(m.args)))
		return
	}
	in := make([]reflect.Value, 1+len(m.args))
	in[0] = reflect.ValueOf(inst.value)
	for i, c := range m.args {
		v := gdi.ConstVariantPtr(*(*uintptr)(gdi.CPtr(args + uintptr(i)*8)))
		if t := gdi.VariantGetType(v); !c.canConvert(t) {
			setCallError(cerr, gdi.CallErrorInvalidArgument, int32(i), int32(c.vtype))
			return
		}
		x, err := c.fromVar(v, m.argTs[i])
		if err != nil {
			setCallError(cerr, gdi.CallErrorInvalidArgument, int32(i), int32(c.vtype))
			return
		}
		in[1+i] = x
	}
	out := m.fn.Call(in)
	if m.ret != nil {
		m.ret.toVar(gdi.UninitializedVariantPtr(ret), out[0])
	}
}

// methodPtrCall is the engine's ptrcall entry (native arguments, types already checked by the
// caller) for every method of every Go class.
func methodPtrCall(userdata uintptr, instance gdi.ClassInstancePtr, args uintptr, ret gdi.TypePtr) {
	m := methodByIndex(userdata)
	inst, err := lookupInstance(instance)
	if err != nil {
		panic(fmt.Sprintf("%s.%s: %v", m.class.name, m.name, err))
	}
	in := make([]reflect.Value, 1+len(m.args))
	in[0] = reflect.ValueOf(inst.value)
	for i, c := range m.args {
		in[1+i] = c.fromPtr(*(*uintptr)(gdi.CPtr(args + uintptr(i)*8)), m.argTs[i])
	}
	out := m.fn.Call(in)
	if m.ret != nil {
		m.ret.toPtr(uintptr(ret), out[0])
	}
}
