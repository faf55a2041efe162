package classdb

import (
	"errors"
	"fmt"
	"reflect"
	"runtime/debug"
	"sync"
	"unsafe"

	"github.com/gdpure/gdpure/classdb/bind"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/internal/bindings"
	"github.com/gdpure/gdpure/internal/callfail"
	"github.com/gdpure/gdpure/internal/classhook"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/extlib"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/variantplumb"
	"github.com/gdpure/gdpure/variant"
)

// The engine's C entries of this package: one per callback type, installed once.
var entries struct {
	once             sync.Once
	createInstance   gdi.ClassCreateInstance2
	freeInstance     gdi.ClassFreeInstance
	call             gdi.ClassMethodCall
	ptrcall          gdi.ClassMethodPtrCall
	virtualData      gdi.ClassGetVirtualCallData2
	virtualCall      gdi.ClassCallVirtualWithData
	notification     gdi.ClassNotification2
	toString         gdi.ClassToString
	get              gdi.ClassGet
	set              gdi.ClassSet
	propertyList     gdi.ClassGetPropertyList
	freePropertyList gdi.ClassFreePropertyList2
	canRevert        gdi.ClassPropertyCanRevert
	getRevert        gdi.ClassPropertyGetRevert
	validate         gdi.ClassValidateProperty
}

func installEntries() {
	entries.createInstance = gdi.SetClassCreateInstance2Handler(createInstance)
	entries.freeInstance = gdi.SetClassFreeInstanceHandler(freeInstance)
	entries.call = gdi.SetClassMethodCallHandler(methodCall)
	entries.ptrcall = gdi.SetClassMethodPtrCallHandler(methodPtrCall)
	entries.virtualData = gdi.SetClassGetVirtualCallData2Handler(virtualCallData)
	entries.virtualCall = gdi.SetClassCallVirtualWithDataHandler(callVirtual)
	entries.notification = gdi.SetClassNotification2Handler(notification)
	entries.toString = gdi.SetClassToStringHandler(toStringHook)
	entries.get = gdi.SetClassGetHandler(getHook)
	entries.set = gdi.SetClassSetHandler(setHook)
	entries.propertyList = gdi.SetClassGetPropertyListHandler(getPropertyList)
	entries.freePropertyList = gdi.SetClassFreePropertyList2Handler(freePropertyList)
	entries.canRevert = gdi.SetClassPropertyCanRevertHandler(canRevertHook)
	entries.getRevert = gdi.SetClassPropertyGetRevertHandler(getRevertHook)
	entries.validate = gdi.SetClassValidatePropertyHandler(validateHook)
}

// registerLevel builds and registers the classes of one level (the editor level: EditorPlugins).
func registerLevel(editor bool) {
	entries.once.Do(installEntries)
	for _, c := range buildAll(editor) {
		registerClass(c)
	}
	if editor {
		for _, c := range registeredClasses() {
			if c.spec.editorPlugin && c.registered.Load() {
				f := engine.AcquireFrame()
				gdi.EditorAddPlugin(gdi.ConstStringNamePtr(f.StringName(c.name)))
				f.Release()
			}
			// The editor's help takes class references from the editor level on (its loader is
			// not set up while the scene level initializes).
			if c.registered.Load() {
				loadDocs(c)
			}
		}
	}
}

func unregisterLevel(editor bool) {
	list := registeredClasses()
	for i := len(list) - 1; i >= 0; i-- {
		c := list[i]
		if c.spec.editorPlugin != editor || !c.registered.Load() {
			continue
		}
		f := engine.AcquireFrame()
		if c.spec.editorPlugin {
			gdi.EditorRemovePlugin(gdi.ConstStringNamePtr(f.StringName(c.name)))
		}
		gdi.ClassdbUnregisterExtensionClass(extlib.Handle(), gdi.ConstStringNamePtr(engine.StaticStringName(c.name)))
		f.Release()
		c.registered.Store(false)
	}
}

func registeredClasses() []*classInfo {
	if l := classList.Load(); l != nil {
		return *l
	}
	return nil
}

// registration is the C memory of one class's registration: the engine copies it during the
// register calls, so it is released when they return. Engine Strings and Variants made for it are
// destroyed then too.
type registration struct {
	owner    *engine.Owner
	frame    *engine.Frame
	variants []variant.Variant
}

func (r *registration) release() {
	for _, v := range r.variants {
		v.Destroy()
	}
	r.frame.Release()
	r.owner.Release()
}

// str makes an engine String in registration memory.
func (r *registration) str(s string) gdi.StringPtr {
	p := r.owner.Alloc(8)
	if s != "" {
		variantplumb.NewStringAt(gdi.UninitializedStringPtr(p), s)
		r.frame.DestroyOnRelease(p, stringDestructor)
	}
	return gdi.StringPtr(p)
}

var stringDestructor gdi.PtrDestructor

func registerClass(c *classInfo) {
	reg := &registration{owner: engine.NewOwner(engine.OwnerRegistration), frame: engine.AcquireFrame()}
	defer reg.release()
	if stringDestructor == 0 {
		stringDestructor = gdi.VariantGetPtrDestructor(gdi.VariantTypeString)
	}
	// Publish the class (and its methods) for the callbacks before the engine can call them.
	list := append(append([]*classInfo(nil), registeredClasses()...), c)
	c.index = len(list) - 1
	classList.Store(&list)
	var methods []*methodInfo
	if l := methodList.Load(); l != nil {
		methods = append(methods, *l...)
	}
	all := append([]*methodInfo{}, c.methods...)
	all = append(all, c.accessors()...)
	for _, m := range all {
		m.index = len(methods)
		methods = append(methods, m)
	}
	methodList.Store(&methods)

	info := (*gdi.ClassCreationInfo5)(gdi.CPtr(reg.owner.Alloc(unsafe.Sizeof(gdi.ClassCreationInfo5{}))))
	if !c.spec.internal {
		info.IsExposed = 1
	}
	if c.spec.abstract {
		info.IsAbstract = 1
	}
	if c.spec.virtual {
		info.IsVirtual = 1
	}
	if !c.spec.tool {
		info.IsRuntime = 1
	}
	if c.spec.icon != "" {
		info.IconPath = gdi.ConstStringPtr(reg.str(c.spec.icon))
	}
	info.CreateInstanceFunc = entries.createInstance
	info.FreeInstanceFunc = entries.freeInstance
	info.GetVirtualCallDataFunc = entries.virtualData
	info.CallVirtualWithDataFunc = entries.virtualCall
	if c.hooks.notification || len(c.signals) > 0 {
		info.NotificationFunc = entries.notification
	}
	if c.hooks.toString {
		info.ToStringFunc = entries.toString
	}
	if c.hooks.get {
		info.GetFunc = entries.get
	}
	if c.hooks.set {
		info.SetFunc = entries.set
	}
	if c.hooks.propertyList {
		info.GetPropertyListFunc = entries.propertyList
		info.FreePropertyListFunc = entries.freePropertyList
	}
	if c.hooks.canRevert {
		info.PropertyCanRevertFunc = entries.canRevert
		info.PropertyGetRevertFunc = entries.getRevert
	}
	if c.hooks.validate {
		info.ValidatePropertyFunc = entries.validate
	}
	info.ClassUserdata = uintptr(c.index)
	c.virtualKeys = make([]uintptr, len(c.virtuals))
	for i, v := range c.virtuals {
		c.virtualKeys[i] = stringNameKey(gdi.ConstStringNamePtr(engine.StaticStringName(v.Name)))
	}
	lib := extlib.Handle()
	name := gdi.ConstStringNamePtr(engine.StaticStringName(c.name))
	c.nameSN, c.engineBaseSN = name, gdi.ConstStringNamePtr(engine.StaticStringName(c.engineBase))
	gdi.ClassdbRegisterExtensionClass5(lib, name, gdi.ConstStringNamePtr(engine.StaticStringName(c.parent)),
		uintptr(unsafe.Pointer(info)))
	c.registered.Store(true)
	for _, m := range all {
		registerMethod(reg, name, m)
		if m.virtual != "" {
			registerVirtual(reg, name, m)
		}
	}
	for _, e := range c.spec.enums {
		for _, v := range e.values {
			var bitfield gdi.Bool
			if e.bitfield {
				bitfield = 1
			}
			gdi.ClassdbRegisterExtensionClassIntegerConstant(lib, name, gdi.ConstStringNamePtr(reg.frame.StringName(e.name)),
				gdi.ConstStringNamePtr(reg.frame.StringName(v.Name)), gdi.Int(v.Value), bitfield)
		}
	}
	group, subgroup := "", ""
	for _, p := range c.props {
		if p.group != group {
			group, subgroup = p.group, ""
			gdi.ClassdbRegisterExtensionClassPropertyGroup(lib, name, gdi.ConstStringPtr(reg.str(group)), gdi.ConstStringPtr(reg.str(p.groupPrefix)))
		}
		if p.subgroup != subgroup {
			subgroup = p.subgroup
			gdi.ClassdbRegisterExtensionClassPropertySubgroup(lib, name, gdi.ConstStringPtr(reg.str(subgroup)), gdi.ConstStringPtr(reg.str(p.subgroupPrefix)))
		}
		pi := reg.owner.Alloc(unsafe.Sizeof(gdi.PropertyInfo{}))
		propertyInfo(reg, pi, p.codec, p.name)
		x := (*gdi.PropertyInfo)(gdi.CPtr(pi))
		x.Hint = uint32(p.hint)
		x.HintString = reg.str(p.hintString)
		x.Usage = uint32(p.usage)
		gdi.ClassdbRegisterExtensionClassProperty(lib, name, pi,
			gdi.ConstStringNamePtr(reg.frame.StringName(p.setter)), gdi.ConstStringNamePtr(reg.frame.StringName(p.getter)))
	}
	for _, s := range c.signals {
		size := unsafe.Sizeof(gdi.PropertyInfo{})
		args := reg.owner.Alloc(size * uintptr(max(len(s.args), 1)))
		for i, a := range s.args {
			propertyInfo(reg, args+uintptr(i)*size, a, s.argNames[i])
		}
		gdi.ClassdbRegisterExtensionClassSignal(lib, name, gdi.ConstStringNamePtr(reg.frame.StringName(s.name)), args, gdi.Int(len(s.args)))
	}
}

// accessors returns the getter and setter methods of the class's field properties (get_speed,
// set_speed), unless the class has Go methods of those names.
func (c *classInfo) accessors() []*methodInfo {
	taken := map[string]bool{}
	for _, m := range c.methods {
		taken[m.name] = true
	}
	var out []*methodInfo
	for _, p := range c.props {
		if !p.field {
			continue
		}
		p.getter, p.setter = "get_"+p.name, "set_"+p.name
		if !taken[p.getter] {
			out = append(out, &methodInfo{class: c, name: p.getter, goName: p.goField, ret: p.codec, prop: p})
		}
		if !taken[p.setter] {
			out = append(out, &methodInfo{class: c, name: p.setter, goName: p.goField, params: []*codec{p.codec},
				paramNames: []string{"value"}, prop: p, setter: true})
		}
	}
	return out
}

// propertyInfo fills a GDExtensionPropertyInfo in registration memory.
func propertyInfo(reg *registration, p uintptr, c *codec, name string) {
	pi := (*gdi.PropertyInfo)(gdi.CPtr(p))
	pi.Type = gdi.VariantType(c.vtype)
	pi.Name = gdi.StringNamePtr(reg.frame.StringName(name))
	pi.ClassName = gdi.StringNamePtr(reg.owner.Alloc(8)) // an empty StringName is a null pointer
	if c.className != "" {
		pi.ClassName = gdi.StringNamePtr(reg.frame.StringName(c.className))
	}
	pi.Hint = uint32(c.hint)
	pi.HintString = reg.str(c.hintString)
	pi.Usage = uint32(godot.PropertyUsageDefault)
	if c.usage != 0 {
		pi.Usage = c.usage
	}
}

// registerVirtual registers the virtual a script overrides for an Overridable method: its name
// with a leading underscore, the method's signature.
func registerVirtual(reg *registration, class gdi.ConstStringNamePtr, m *methodInfo) {
	vi := (*gdi.ClassVirtualMethodInfo)(gdi.CPtr(reg.owner.Alloc(unsafe.Sizeof(gdi.ClassVirtualMethodInfo{}))))
	vi.Name = gdi.StringNamePtr(reg.frame.StringName(m.virtual))
	vi.MethodFlags = uint32(gdi.MethodFlagNormal | gdi.MethodFlagVirtual)
	if m.ret != nil {
		propertyInfo(reg, uintptr(unsafe.Pointer(&vi.ReturnValue)), m.ret, "")
		vi.ReturnValueMetadata = gdi.ClassMethodArgumentMetadata(m.ret.meta)
	} else {
		vi.ReturnValue.ClassName = gdi.StringNamePtr(reg.owner.Alloc(8))
		vi.ReturnValue.Name = gdi.StringNamePtr(reg.owner.Alloc(8))
		vi.ReturnValue.HintString = gdi.StringPtr(reg.owner.Alloc(8))
	}
	if n := len(m.params); n > 0 {
		size := unsafe.Sizeof(gdi.PropertyInfo{})
		vi.ArgumentCount = uint32(n)
		vi.Arguments = reg.owner.Alloc(size * uintptr(n))
		vi.ArgumentsMetadata = reg.owner.Alloc(4 * uintptr(n))
		for i, a := range m.params {
			propertyInfo(reg, vi.Arguments+uintptr(i)*size, a, m.paramNames[i])
			*(*uint32)(gdi.CPtr(vi.ArgumentsMetadata + uintptr(i)*4)) = a.meta
		}
	}
	gdi.ClassdbRegisterExtensionClassVirtualMethod(extlib.Handle(), class, uintptr(unsafe.Pointer(vi)))
}

// callOverride calls the script's override of an Overridable method, when the object's script
// has one, with the call's Variant arguments; it reports whether it did.
func (m *methodInfo) callOverride(obj uintptr, args uintptr, argc int, ret gdi.VariantPtr, cerr uintptr) bool {
	if m.virtual == "" || obj == 0 {
		return false
	}
	name := gdi.ConstStringNamePtr(engine.StaticStringName(m.virtual))
	if gdi.ObjectHasScriptMethod(gdi.ConstObjectPtr(obj), name) == 0 {
		return false
	}
	gdi.VariantDestroy(ret)
	gdi.ObjectCallScriptMethod(gdi.ObjectPtr(obj), name, args, gdi.Int(argc), gdi.UninitializedVariantPtr(ret), cerr)
	return true
}

// ptrcallOverride is callOverride for a ptrcall: the arguments become Variants for the script, and
// its result is read back into the typed result slot. It reports whether there was an override.
func (m *methodInfo) ptrcallOverride(obj uintptr, args uintptr, ret gdi.TypePtr) (bool, error) {
	if m.virtual == "" || obj == 0 ||
		gdi.ObjectHasScriptMethod(gdi.ConstObjectPtr(obj), gdi.ConstStringNamePtr(engine.StaticStringName(m.virtual))) == 0 {
		return false, nil
	}
	f := engine.AcquireFrame()
	defer f.Release()
	var made []uintptr // the Variants made here, destroyed before the frame goes
	defer func() {
		for _, v := range made {
			gdi.VariantDestroy(gdi.VariantPtr(v))
		}
	}()
	n := len(m.params)
	argv := f.Alloc(uintptr(max(n, 1)) * 8)
	for i, p := range m.params {
		x := reflect.New(p.goType)
		if err := p.fromPtr(x.UnsafePointer(), argAt(args, i)); err != nil {
			return true, fmt.Errorf("argument %d: %w", i+1, err)
		}
		slot := f.Alloc(gdi.VariantSize)
		p.toVar(x.UnsafePointer(), gdi.UninitializedVariantPtr(slot))
		made = append(made, slot)
		*(*uintptr)(gdi.CPtr(argv + uintptr(i)*8)) = slot
	}
	out := f.Alloc(gdi.VariantSize)
	cerr := f.Alloc(unsafe.Sizeof(gdi.CallError{}))
	gdi.ObjectCallScriptMethod(gdi.ObjectPtr(obj), gdi.ConstStringNamePtr(engine.StaticStringName(m.virtual)), argv,
		gdi.Int(n), gdi.UninitializedVariantPtr(out), cerr)
	made = append(made, out)
	if e := (*gdi.CallError)(gdi.CPtr(cerr)); e.Error != gdi.CallOk {
		return true, fmt.Errorf("the script's %s failed (call error %d)", m.virtual, e.Error)
	}
	if m.ret != nil {
		x := reflect.New(m.ret.goType)
		if err := m.ret.fromVar(x.UnsafePointer(), gdi.ConstVariantPtr(out)); err != nil {
			return true, fmt.Errorf("the result of the script's %s: %w", m.virtual, err)
		}
		m.ret.toPtr(x.UnsafePointer(), uintptr(ret))
	}
	return true, nil
}

func registerMethod(reg *registration, class gdi.ConstStringNamePtr, m *methodInfo) {
	mi := (*gdi.ClassMethodInfo)(gdi.CPtr(reg.owner.Alloc(unsafe.Sizeof(gdi.ClassMethodInfo{}))))
	mi.Name = gdi.StringNamePtr(reg.frame.StringName(m.name))
	mi.MethodUserdata = uintptr(m.index)
	mi.CallFunc = entries.call
	mi.PtrcallFunc = entries.ptrcall
	flags := gdi.MethodFlagNormal
	if m.static {
		flags |= gdi.MethodFlagStatic
	}
	if m.variadic != nil {
		flags |= gdi.MethodFlagVararg
		mi.PtrcallFunc = 0 // a vararg method is only called through Variants
	}
	mi.MethodFlags = uint32(flags)
	if m.ret != nil {
		mi.HasReturnValue = 1
		mi.ReturnValueInfo = reg.owner.Alloc(unsafe.Sizeof(gdi.PropertyInfo{}))
		propertyInfo(reg, mi.ReturnValueInfo, m.ret, "")
		mi.ReturnValueMetadata = gdi.ClassMethodArgumentMetadata(m.ret.meta)
	}
	if n := len(m.params); n > 0 {
		size := unsafe.Sizeof(gdi.PropertyInfo{})
		mi.ArgumentCount = uint32(n)
		mi.ArgumentsInfo = reg.owner.Alloc(size * uintptr(n))
		mi.ArgumentsMetadata = reg.owner.Alloc(4 * uintptr(n))
		for i, a := range m.params {
			propertyInfo(reg, mi.ArgumentsInfo+uintptr(i)*size, a, m.paramNames[i])
			*(*uint32)(gdi.CPtr(mi.ArgumentsMetadata + uintptr(i)*4)) = a.meta
		}
	}
	if n := len(m.defaults); n > 0 && m.defaultPtrs == 0 {
		m.defaultPtrs = engine.LibraryOwner().Alloc(8 * uintptr(n))
		for _, d := range m.defaults {
			v, _ := variant.From(d)                  // checked at build
			m.defaultVals = append(m.defaultVals, v) // kept for the library's lifetime
		}
		pointTo(m.defaultPtrs, m.defaultVals)
	}
	if n := len(m.defaults); n > 0 {
		mi.DefaultArgumentCount = uint32(n)
		mi.DefaultArguments = reg.owner.Alloc(8 * uintptr(n))
		pointTo(mi.DefaultArguments, m.defaultVals) // the engine copies them at registration
	}
	gdi.ClassdbRegisterExtensionClassMethod(extlib.Handle(), class, uintptr(unsafe.Pointer(mi)))
}

// pointTo writes the addresses of vals into the pointer array at dst (C memory of len(vals)
// pointers). The caller keeps vals alive for as long as the array is read.
func pointTo(dst uintptr, vals []variant.Variant) {
	for i, v := range vals {
		*(*uintptr)(gdi.CPtr(dst + uintptr(i)*8)) = uintptr(variantplumb.VariantPtr(v))
	}
}

// Instances.

// createInstance is the engine's create_instance of every Go class: it makes the engine object of
// the class's nearest engine class, and a Go value bound to it through an integer handle.
func createInstance(classUserdata uintptr, notifyPostinitialize gdi.Bool) gdi.ObjectPtr {
	c := classAt(classUserdata)
	obj := gdi.ClassdbConstructObject2(c.engineBaseSN)
	if obj == 0 {
		panic(fmt.Sprintf("classdb: the engine could not make a %s for %s", c.engineBase, c.name))
	}
	// One allocation: the Go value, its instance record and its own object's binding (instType).
	mem := reflect.New(c.instType).UnsafePointer()
	v := reflect.NewAt(c.goType, mem)
	// The Go value's own object: its embedded engine class refers to it without a reference (the
	// object owns the Go value, not the other way round).
	freed := classhook.BindObject(unsafe.Add(mem, c.bindingOffset), unsafe.Add(mem, c.handleOffset), uintptr(obj), c.name, c.refCounted)
	self := *(*godot.Object)(unsafe.Add(mem, c.handleOffset))
	inst := addInstance((*instance)(unsafe.Add(mem, c.instanceOffset)), v.Interface(), mem, c, uintptr(obj), freed)
	gdi.ObjectSetInstance(obj, c.nameSN, inst)
	for k := c; k != nil; k = k.parentGo {
		off := c.goOffsets[k]
		for _, s := range k.signals {
			bindSignal(unsafe.Add(v.UnsafePointer(), off+s.offset), self, s.name)
		}
	}
	if c.hooks.init && !runInit(c, v.Interface().(Initializer)) {
		// A constructor that panicked makes no object: the engine's one is freed (which ends the
		// Go instance too) and the engine gets null, as for a class it cannot make.
		if !freed.Load() {
			gdi.ObjectDestroy(obj)
		}
		return 0
	}
	if freed.Load() {
		// Init freed its own object: the engine gets null rather than a pointer to freed memory.
		c.initPanic.Store("its Init freed its own object")
		return 0
	}
	if notifyPostinitialize != 0 {
		// NOTIFICATION_POSTINITIALIZE, as the engine's own classes get it. When Go makes the
		// object, the engine asks for none here; godot's construction sends it (also to engine
		// classes), so both paths deliver it once, after Init.
		self.Notification(0)
	}
	return obj
}

// runInit runs a Go class's Init as a constructor (before NOTIFICATION_POSTINITIALIZE). A panic
// is reported with its Go stack and remembered for classdb.New's error; it returns false then.
func runInit(c *classInfo, v Initializer) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			c.initPanic.Store("its Init panicked: " + fmt.Sprint(r))
			gdi.PanicHook(fmt.Sprintf("Init of Go class %s (%s)", c.name, c.goType), r, debug.Stack())
		}
	}()
	v.Init()
	return true
}

// freeInstance ends the engine's contract for an instance: the Go value becomes garbage.
func freeInstance(_ uintptr, instance gdi.ClassInstancePtr) { removeInstance(instance) }

// Calls.

func setCallError(p uintptr, kind gdi.CallErrorType, argument, expected int32) {
	if p == 0 {
		return
	}
	e := (*gdi.CallError)(gdi.CPtr(p))
	e.Error, e.Argument, e.Expected = kind, argument, expected
}

// selfOf returns the pointer to the Go value a method of m's class runs on, for the instance.
func selfOf(m *methodInfo, h gdi.ClassInstancePtr) (unsafe.Pointer, *instance, error) {
	if m.static {
		return nil, nil, nil
	}
	inst := lookupInstance(h)
	if inst == nil {
		return nil, nil, fmt.Errorf("the instance is gone (freed object)")
	}
	p, ok := inst.pointerAs(m.class)
	if !ok {
		return nil, nil, fmt.Errorf("a %s is not a %s", inst.class.name, m.class.name)
	}
	return p, inst, nil
}

// failure reports a Go method's error through the engine's error output, and records it as the
// cause of the call on obj (the instance's object; 0 for a static) for a Go caller.
func failure(m *methodInfo, obj uintptr, what string, err any) {
	msg := fmt.Sprintf("%s: %s: %v", m.describe(), what, err)
	callfail.Record(obj, msg)
	engine.PrintError(msg)
}

// panicked reports a panic recovered from a Go method, with its Go stack, as every panic at an
// entry from the engine is reported (gdi.PanicHook); entry is the engine's callback type.
func panicked(m *methodInfo, obj uintptr, entry string, value any) {
	callfail.Record(obj, fmt.Sprintf("%s: panic: %v", m.describe(), value))
	gdi.PanicHook(entry+", "+m.describe(), value, debug.Stack())
}

// describe names the method for reports: Go method GoCalculator.fib (main.Calculator.Fib), or
// for the accessors of a property: property GoMover.speed (main.GoMover.Speed).
func (m *methodInfo) describe() string {
	if m.prop != nil {
		return fmt.Sprintf("property %s.%s (%s.%s)", m.class.name, m.prop.name, m.class.goType, m.prop.goField)
	}
	for _, p := range m.class.props {
		if !p.field && (p.setter == m.name || p.getter == m.name) {
			return fmt.Sprintf("property %s.%s (%s.%s)", m.class.name, p.name, m.class.goType, m.goName)
		}
	}
	return fmt.Sprintf("Go method %s.%s (%s.%s)", m.class.name, m.name, m.class.goType, m.goName)
}

// callFailed turns the error of a generated dispatch function into the varcall's outcome: a bad
// argument is an invalid-argument call error naming it; the method's own error is reported and
// the call returns the result type's zero value (methodFailed).
func (m *methodInfo) callFailed(cerr uintptr, obj uintptr, ret gdi.VariantPtr, err error) {
	var ae *bind.ArgError
	if errors.As(err, &ae) {
		setCallError(cerr, gdi.CallErrorInvalidArgument, int32(ae.Index), int32(ae.Want))
		failure(m, obj, fmt.Sprintf("argument %d", ae.Index+1), ae.Err)
		return
	}
	failure(m, obj, "error", err)
	m.zeroVariantResult(ret)
}

// zeroVariantResult writes the zero value of the method's result type into a varcall's result
// Variant: the result of a method that failed (its error or panic). As the engine's own methods
// do when they fail (they print an error and return a default value), the call itself succeeds:
// it is not an invalid call, which GDScript would report as a nonexistent function. The error
// output names the Go cause, and a Go caller (Object.Call) gets it as an error.
func (m *methodInfo) zeroVariantResult(ret gdi.VariantPtr) {
	if m.ret == nil || ret == 0 {
		return
	}
	defer func() {
		if r := recover(); r != nil {
			engine.PrintError(fmt.Sprintf("%s: cannot write the zero result of a failed call: %v", m.describe(), r))
		}
	}()
	gdi.VariantDestroy(ret)
	m.ret.toVar(reflect.New(m.ret.goType).UnsafePointer(), gdi.UninitializedVariantPtr(ret))
}

// methodCall is the engine's call entry (Variant arguments) for every method of every Go class.
func methodCall(userdata uintptr, h gdi.ClassInstancePtr, args uintptr, argc gdi.Int, ret gdi.VariantPtr, cerr uintptr) {
	setCallError(cerr, gdi.CallOk, 0, 0)
	m := methodAt(userdata)
	self, inst, err := selfOf(m, h)
	if err != nil {
		setCallError(cerr, gdi.CallErrorInstanceIsNull, 0, 0)
		failure(m, 0, "call", err)
		return
	}
	obj := inst.object()
	n := int(argc)
	required := len(m.params) - len(m.defaults)
	switch {
	case n < required:
		setCallError(cerr, gdi.CallErrorTooFewArguments, 0, int32(required))
		return
	case n > len(m.params) && m.variadic == nil:
		setCallError(cerr, gdi.CallErrorTooManyArguments, 0, int32(len(m.params)))
		return
	}
	defer func() {
		if r := recover(); r != nil {
			panicked(m, obj, "GDExtensionClassMethodCall", r)
			m.zeroVariantResult(ret)
		}
	}()
	if m.callOverride(obj, args, n, ret, cerr) {
		return
	}
	if m.fast != nil {
		a := bindings.Args{Args: args, Argc: int32(n), FirstDefault: int32(len(m.params) - len(m.defaults)),
			Varcall: true, Defaults: m.defaultPtrs, Ret: uintptr(ret)}
		if err := m.fast(self, a); err != nil {
			m.callFailed(cerr, obj, ret, err)
		}
		return
	}
	in, bad, err := m.argsFromVariants(self, args, n)
	if err != nil {
		expected := int32(variant.TypeNil)
		if bad < len(m.params) {
			expected = int32(m.params[bad].vtype)
		} else if m.variadic != nil {
			expected = int32(m.variadic.vtype)
		}
		setCallError(cerr, gdi.CallErrorInvalidArgument, int32(bad), expected)
		failure(m, obj, fmt.Sprintf("argument %d", bad+1), err)
		return
	}
	out, err := m.invoke(self, in)
	if err != nil {
		failure(m, obj, "error", err)
		m.zeroVariantResult(ret)
		return
	}
	if m.ret != nil {
		m.ret.toVar(out, gdi.UninitializedVariantPtr(ret))
	}
}

// methodPtrCall is the engine's ptrcall entry (native arguments, types already checked by the
// caller) for every method of every Go class. A ptrcall cannot return a call error: an argument out
// of the Go type's range, a Go error or a panic is reported through the engine's error output, and
// the result slot gets the result type's zero value (the caller may reuse the slot, so leaving it
// alone would hand back whatever the previous call left there).
func methodPtrCall(userdata uintptr, h gdi.ClassInstancePtr, args uintptr, ret gdi.TypePtr) {
	m := methodAt(userdata)
	self, inst, err := selfOf(m, h)
	if err != nil {
		failure(m, 0, "ptrcall", err)
		m.zeroResult(ret)
		return
	}
	obj := inst.object()
	defer func() {
		if r := recover(); r != nil {
			panicked(m, obj, "GDExtensionClassMethodPtrCall", r)
			m.zeroResult(ret)
		}
	}()
	if overridden, err := m.ptrcallOverride(obj, args, ret); overridden {
		if err != nil {
			failure(m, obj, "override", err)
			m.zeroResult(ret)
		}
		return
	}
	if m.fast != nil {
		if err := m.fast(self, bindings.Args{Args: args, Argc: int32(len(m.params)), Ret: uintptr(ret)}); err != nil {
			failure(m, obj, "ptrcall", err)
			m.zeroResult(ret)
		}
		return
	}
	in, bad, err := m.argsFromPtrs(self, args)
	if err != nil {
		failure(m, obj, fmt.Sprintf("argument %d", bad+1), err)
		m.zeroResult(ret)
		return
	}
	out, err := m.invoke(self, in)
	if err != nil {
		failure(m, obj, "error", err)
		m.zeroResult(ret)
		return
	}
	if m.ret != nil {
		m.ret.toPtr(out, uintptr(ret))
	}
}

// zeroResult writes the zero value of the method's result type into a ptrcall's result slot (an
// initialized value of the engine's type, which the write replaces): the result of a failed call.
func (m *methodInfo) zeroResult(ret gdi.TypePtr) {
	if m.ret == nil || ret == 0 {
		return
	}
	defer func() {
		if r := recover(); r != nil { // the slot keeps its value; say so rather than crash the engine
			engine.PrintError(fmt.Sprintf("%s: cannot write the zero result of a failed call: %v", m.describe(), r))
		}
	}()
	m.ret.toPtr(reflect.New(m.ret.goType).UnsafePointer(), uintptr(ret))
}

func argAt(args uintptr, i int) uintptr { return *(*uintptr)(gdi.CPtr(args + uintptr(i)*8)) }
