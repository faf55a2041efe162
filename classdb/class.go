package classdb

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/internal/bindings"
	"github.com/gdpure/gdpure/internal/classhook"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/variant"
)

// classInfo is a Go class as registered: its engine name, base, methods, properties, signals and
// virtuals, worked out from its Go type by reflection once, at registration.
type classInfo struct {
	// initPanic says why the class's last create_instance failed ("its Init panicked: …"), a string.
	initPanic  atomic.Value
	spec       *classSpec
	name       string
	index      int
	goType     reflect.Type // the struct type T; instances are *T
	parent     string       // the engine name of the parent class
	parentGo   *classInfo   // the parent when it is a Go class
	engineBase string       // the nearest engine class: the object every instance is made of
	// nameSN and engineBaseSN are the static StringNames of name and engineBase, set on
	// registration (making an instance needs both).
	nameSN, engineBaseSN gdi.ConstStringNamePtr
	refCounted           bool
	doc                  string // the class's description for the editor's help
	// fieldDocs are the doc comments of the Go fields (properties and signals), by Go field name.
	fieldDocs map[string]string
	// baseType is the type of the embedded base field (an engine class or the Go parent).
	baseType reflect.Type
	// gen is the class's generated binding (gdgen bind), or nil.
	gen *bindings.Class
	// handleOffset is the offset in T of the embedded engine class value (through Go parents): the
	// instance's own object.
	handleOffset uintptr
	// instType is what an instance allocates, once: a struct of the Go value T (first, so a *T
	// points at the allocation), its instance record and its own object's binding, at
	// instanceOffset and bindingOffset. Any pointer into it keeps all three alive.
	instType                      reflect.Type
	instanceOffset, bindingOffset uintptr
	// notifiers are the classes of the Go chain that declare Notification, base first.
	notifiers []notifier
	// goOffsets gives the offset in T of each Go ancestor's value (and 0 for the class itself), for
	// methods declared on an ancestor.
	goOffsets map[*classInfo]uintptr
	methods   []*methodInfo
	props     []*propInfo
	signals   []*signalInfo
	virtuals  []classhook.Virtual // implemented by the Go type, from every engine ancestor
	// virtualKeys identify the virtuals' names as the engine asks for them, index for index: the
	// data pointer of each name's static StringName (the engine interns names, and two StringNames
	// are equal exactly when that pointer is). Set on registration.
	virtualKeys []uintptr
	hooks       hooks
	// registered is set while the engine knows the class.
	registered atomic.Bool
}

// hooks are the Object-level callbacks a Go class may implement.
type hooks struct {
	notification, toString, get, set, propertyList, canRevert, validate, init bool
}

// The interfaces of those callbacks.
type (
	// Notifier receives the engine's notifications (the NOTIFICATION_* constants), as _notification.
	Notifier interface{ Notification(what int) }
	// Stringer gives the object's text form (str(), print), as _to_string: a String method the
	// class declares (or a Go parent class does), not the one every engine class has ("Class#id").
	Stringer interface{ String() string }
	// Getter answers reads of properties the class handles itself, as _get.
	Getter interface {
		Get(property string) (variant.Variant, bool)
	}
	// Setter handles writes of properties the class handles itself, as _set.
	Setter interface {
		Set(property string, value variant.Variant) bool
	}
	// PropertyLister lists properties the class handles itself (Get and Set), as _get_property_list.
	PropertyLister interface{ PropertyList() []PropertyInfo }
	// Reverter says whether and to what a property can be reverted in the inspector.
	Reverter interface {
		PropertyCanRevert(property string) bool
		PropertyGetRevert(property string) (variant.Variant, bool)
	}
	// PropertyValidator adjusts how a property shows in the inspector, as _validate_property.
	PropertyValidator interface{ ValidateProperty(p *PropertyInfo) }
	// Initializer is called once when the engine makes an instance, before anything else uses it.
	Initializer interface{ Init() }
)

// PropertyInfo describes a property: for PropertyLister and PropertyValidator.
type PropertyInfo struct {
	Name       string
	Type       variant.Type
	ClassName  string
	Hint       godot.PropertyHint
	HintString string
	Usage      godot.PropertyUsageFlags
}

// methodInfo is one engine method of a Go class.
type methodInfo struct {
	class      *classInfo
	name       string // engine name
	goName     string
	static     bool
	params     []*codec
	paramNames []string
	variadic   *codec // the element of a variadic last parameter (a vararg method)
	ret        *codec
	hasErr     bool
	defaults   []any
	fn         reflect.Value // func(*T, params...) results, or a static func
	// fast is the generated dispatch function (gdgen bind), if any: no reflection on the call.
	fast bindings.Func
	doc  string
	// defaultVals are the default arguments as Variants, kept for the class's life; defaultPtrs is
	// the C array of their addresses that varcalls read (library memory).
	defaultVals []variant.Variant
	defaultPtrs uintptr
	// prop is set for a field's generated getter or setter.
	prop   *propInfo
	setter bool
	index  int
	// virtual is the engine name of the virtual a script overrides ("_on_hit") for a method the
	// class declares Overridable; its calls go to the script's override when there is one.
	virtual string
}

// propInfo is one property of a Go class: a field (read and written in place) or a getter/setter
// pair of Go methods.
type propInfo struct {
	name            string
	codec           *codec
	offset          uintptr // the field's offset in T
	field           bool
	getter, setter  string // engine method names
	group, subgroup string
	groupPrefix     string // the inspector strips it from the names of the group's properties
	subgroupPrefix  string
	hint            godot.PropertyHint
	hintString      string
	usage           godot.PropertyUsageFlags
	goField         string
}

// signalInfo is a signal declared by a Signal field.
type signalInfo struct {
	name     string
	goField  string
	offset   uintptr
	args     []*codec
	argNames []string
}

var (
	classesByType = map[reflect.Type]*classInfo{}
	classesByName = map[string]*classInfo{}
	classList     atomic.Pointer[[]*classInfo]
	methodList    atomic.Pointer[[]*methodInfo]
)

func classAt(i uintptr) *classInfo   { return (*classList.Load())[i] }
func methodAt(i uintptr) *methodInfo { return (*methodList.Load())[i] }

// goClassOfPointer returns the Go class whose instances t points to (*Player), if registered.
func goClassOfPointer(t reflect.Type) *classInfo {
	if t.Kind() != reflect.Pointer {
		return nil
	}
	if b := building; b != nil && b.goType == t.Elem() {
		return b // a method of the class being built takes or returns the class itself
	}
	c := classesByType[t.Elem()]
	if c == nil && unbuilt[t.Elem()] {
		waitsFor = t.Elem() // registered, not built yet: build the class that names it later
	}
	return c
}

// building is the class build is working out (registration runs on the main thread, one class at
// a time). unbuilt are the Go types registered at this level and not built yet; waitsFor is set
// when the class being built names one of them, so that buildAll builds it after that one.
var (
	building *classInfo
	unbuilt  map[reflect.Type]bool
	waitsFor reflect.Type
)

// objectOf returns the engine object of the instance at p (a pointer to a value of the class).
func (c *classInfo) objectOf(p unsafe.Pointer) uintptr {
	var o godot.Object
	*(*unsafe.Pointer)(unsafe.Pointer(&o)) = *(*unsafe.Pointer)(unsafe.Add(p, c.handleOffset))
	ptr, _ := classhook.ObjectOf(o)
	return ptr
}

// build works out a class from its registration, or returns the first mistake.
func build(s *classSpec) (*classInfo, *RegistrationError) {
	t := s.goType
	fail := func(where, format string, args ...any) *RegistrationError {
		return &RegistrationError{GoType: t.String(), Where: where, Msg: fmt.Sprintf(format, args...)}
	}
	if t.Kind() != reflect.Struct {
		return nil, fail("", "a Go class must be a struct type")
	}
	if prev, ok := classesByName[s.name]; ok {
		return nil, fail("", "the class name %s is taken by the Go class %s", s.name, prev.goType)
	}
	if classhook.ParentOf(s.name) != "" || s.name == "Object" {
		return nil, fail("", "the class name %s is an engine class's (use classdb.Name to choose another)", s.name)
	}
	c := &classInfo{spec: s, name: s.name, goType: t, goOffsets: map[*classInfo]uintptr{}, doc: s.doc}
	// The base: the first embedded field that is an engine class or a registered Go class.
	found := false
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.Anonymous {
			continue
		}
		if class, ok := classhook.ClassOf(f.Type); ok {
			c.parent, c.engineBase, c.handleOffset, c.baseType = class, class, f.Offset, f.Type
		} else if gc := classesByType[f.Type]; gc != nil {
			c.parent, c.parentGo, c.engineBase = gc.name, gc, gc.engineBase
			c.handleOffset, c.baseType = f.Offset+gc.handleOffset, f.Type
			for a, off := range gc.goOffsets {
				c.goOffsets[a] = f.Offset + off
			}
		} else {
			continue
		}
		found = true
		break
	}
	if !found {
		if p := goParentType(t); p != nil {
			return nil, fail("", "its Go parent class %s could not be registered (see its error)", p)
		}
		return nil, fail("", "it embeds no engine class: embed godot.Node, godot.RefCounted, … or a registered Go class, as its first embedded field")
	}
	c.goOffsets[c] = 0
	c.instType = reflect.StructOf([]reflect.StructField{
		{Name: "Value", Type: t},
		{Name: "Instance", Type: reflect.TypeFor[instance]()},
		{Name: "Binding", Type: classhook.BindingType()},
	})
	c.instanceOffset, c.bindingOffset = c.instType.Field(1).Offset, c.instType.Field(2).Offset
	c.refCounted = godot.IsRefCountedClass(c.engineBase)
	building = c
	defer func() { building = nil }()
	pt := reflect.PointerTo(t)
	c.gen = bindings.Of(t)
	if err := c.checkBindings(pt); err != nil {
		return nil, fail("", "%v", err)
	}

	// Virtuals of every engine ancestor.
	virtualNames := map[string]classhook.Virtual{}
	for class := c.engineBase; class != ""; class = classhook.ParentOf(class) {
		for _, v := range classhook.VirtualsOf(class) {
			if _, seen := virtualNames[v.GoName]; !seen {
				virtualNames[v.GoName] = v
			}
			if c.implements(v.Interface, v.GoName) {
				c.virtuals = append(c.virtuals, v)
			}
		}
	}
	hookNames := map[string]bool{"Notification": true, "String": true, "Get": true, "Set": true,
		"PropertyList": true, "PropertyCanRevert": true, "PropertyGetRevert": true, "ValidateProperty": true, "Init": true}
	c.hooks = hooks{
		notification: c.implements(reflect.TypeFor[Notifier](), "Notification"),
		toString:     c.implements(reflect.TypeFor[Stringer](), "String") && c.methodOrigin("String") != fromEngine,
		get:          c.implements(reflect.TypeFor[Getter](), "Get"),
		set:          c.implements(reflect.TypeFor[Setter](), "Set"),
		propertyList: c.implements(reflect.TypeFor[PropertyLister](), "PropertyList"),
		canRevert:    c.implements(reflect.TypeFor[Reverter](), "PropertyCanRevert", "PropertyGetRevert"),
		validate:     c.implements(reflect.TypeFor[PropertyValidator](), "ValidateProperty"),
		init:         c.implements(reflect.TypeFor[Initializer](), "Init"),
	}
	// The Go classes of the chain that declare Notification themselves, from the base down: each
	// gets every notification, as the engine's classes do, without calling its parent by hand.
	for k := c; k != nil; k = k.parentGo {
		if declared(k.goType, "Notification") && reflect.PointerTo(k.goType).Implements(reflect.TypeFor[Notifier]()) {
			c.notifiers = append([]notifier{{k.goType, c.goOffsets[k]}}, c.notifiers...)
		}
	}

	// Methods, with their generated bindings when the package has them.
	gen := c.gen
	if gen != nil {
		if s.doc == "" {
			c.doc = gen.Doc
		}
		c.fieldDocs = gen.Fields
	}
	for _, m := range c.exportedMethods(pt) {
		if o := c.methodOrigin(m.Name); o == fromEngine || o == fromGoParent || s.hidden[m.Name] {
			continue // the engine's own methods, or registered with the Go parent
		}
		if v, ok := virtualNames[m.Name]; ok {
			if !c.implements(v.Interface, v.GoName) {
				return nil, fail("method "+m.Name, "it has the name of the virtual %s.%s but not its signature: want %s",
					v.Class, v.Name, v.GoSignature)
			}
			continue
		}
		if hookNames[m.Name] {
			continue // checked by the hook interfaces above
		}
		if near := nearVirtual(m, virtualNames); near != "" {
			return nil, fail("method "+m.Name, "it looks like the virtual %s; rename it, or Hide it if it is meant as an engine method", near)
		}
		mi, err := c.method(m.Name, m.Func, false)
		if err != nil {
			return nil, fail("method "+m.Name, "%v", err)
		}
		if c.shadowsEngineMethod(m.Name, mi.name) {
			return nil, fail("method "+m.Name, "%s", shadowMessage(c.engineBase, mi.name))
		}
		if gen != nil {
			if b := gen.Methods[m.Name]; b != nil && mi.variadic == nil && c.methodOrigin(m.Name) == ownMethod {
				mi.fast, mi.doc = b.Func, b.Doc
				if _, named := s.params[m.Name]; !named && len(b.Params) == len(mi.params) {
					copy(mi.paramNames, b.Params)
				}
			}
		}
		if s.overridable[m.Name] {
			mi.virtual = "_" + mi.name
			mi.fast = nil // the dispatch looks for the script's override first
		}
		c.methods = append(c.methods, mi)
	}
	for _, e := range s.optionErrs {
		return nil, fail(e[0], "%s", e[1])
	}
	for name := range s.hidden {
		if !c.hasMethod(name) || c.methodOrigin(name) != ownMethod {
			return nil, fail(fmt.Sprintf("Hide(%q)", name), "the class declares no exported method %s", name)
		}
	}
	for name := range s.overridable {
		if c.methodNamed(name) == nil {
			return nil, fail(fmt.Sprintf("Overridable(%q)", name), "the class declares no method %s", name)
		}
	}
	for _, st := range s.statics {
		fn := reflect.ValueOf(st.fn)
		if fn.Kind() != reflect.Func {
			return nil, fail("static "+st.name, "not a function")
		}
		mi, err := c.method(st.name, fn, true)
		if err != nil {
			return nil, fail("static "+st.name, "%v", err)
		}
		mi.name = st.name
		c.methods = append(c.methods, mi)
	}

	// Properties and signals from the fields.
	if err := c.fields(t, 0, "", ""); err != nil {
		return nil, err
	}
	// Getter/setter pairs of Go methods without a field: X() T (or GetX() T) and SetX(T). The
	// getter X is the engine method get_x, as the engine names getters.
	byGo := map[string]*methodInfo{}
	for _, m := range c.methods {
		byGo[m.goName] = m
	}
	usedProps := map[string]bool{}
	for _, m := range c.methods {
		if len(m.params) != 0 || m.ret == nil || m.hasErr || m.static {
			continue
		}
		x := strings.TrimPrefix(m.goName, "Get")
		if x == m.goName && byGo["Get"+x] != nil {
			continue // GetX is the getter
		}
		set := byGo["Set"+x]
		if set == nil || len(set.params) != 1 || set.ret != nil || set.params[0].goType != m.ret.goType {
			continue
		}
		name := snake(x)
		o, named := c.spec.props[x]
		if named && o.Name != "" {
			name = o.Name
		}
		if c.propByName(name) != nil {
			continue
		}
		if x == m.goName {
			m.name = "get_" + snake(x)
			if c.shadowsEngineMethod(m.goName, m.name) {
				return nil, fail("method "+m.goName, "%s", shadowMessage(c.engineBase, m.name))
			}
		}
		usedProps[x] = true
		c.props = append(c.props, &propInfo{name: name, codec: m.ret, getter: m.name, setter: set.name,
			group: o.Group, groupPrefix: o.GroupPrefix, subgroup: o.Subgroup, subgroupPrefix: o.SubgroupPrefix})
	}
	for x := range c.spec.props {
		if !usedProps[x] {
			return nil, fail(fmt.Sprintf("Property(%q)", x), "the class has no method pair %s (or Get%s) and Set%s of one type", x, x, x)
		}
	}
	// Engine method names must be unique.
	names := map[string]string{}
	for _, m := range c.methods {
		if prev, ok := names[m.name]; ok {
			return nil, fail("method "+m.goName, "its engine name %s is also %s's", m.name, prev)
		}
		names[m.name] = m.goName
	}
	return c, nil
}

// goMethod is one exported method of a class's Go type T: its name and its function, the method
// expression (*T).Name (the receiver first).
type goMethod struct {
	Name string
	Func reflect.Value
}

// Where a method of a Go class type comes from.
type origin int

const (
	ownMethod    origin = iota // declared on T or *T
	fromMixin                  // promoted from an embedded struct that is not a class
	fromGoParent               // declared by (or promoted into) the Go parent class
	fromEngine                 // a method of the embedded engine class (godot.Node.Parent)
)

// shadowsEngineMethod reports whether the method goName, declared by the class's Go type, has the
// engine name of a method of its engine base class (a Go SetPosition on a Node2D class): the
// engine and GDScript would call the Go method instead. A Go method that only hides the embedded
// engine class's Go method (a Go Scale() on a Node2D class, whose engine name is scale, not
// get_scale) is Go's ordinary embedding and allowed.
func (c *classInfo) shadowsEngineMethod(goName, engineName string) bool {
	return c.methodOrigin(goName) == ownMethod && classhook.HasMethod(c.engineBase, engineName)
}

func shadowMessage(engineBase, engineName string) string {
	return fmt.Sprintf("its engine name %s hides the inherited engine method %s.%s: the engine and GDScript "+
		"would call the Go method instead; rename it, or Hide it to keep it a Go-only method", engineName, engineBase, engineName)
}

// implements reports whether *T implements the interface iface, whose methods are named names,
// with methods that are not the engine class's own. (The names are given, not read from iface:
// see exportedMethods.)
func (c *classInfo) implements(iface reflect.Type, names ...string) bool {
	if !reflect.PointerTo(c.goType).Implements(iface) {
		return false
	}
	for _, name := range names {
		if c.methodOrigin(name) == fromEngine {
			return false
		}
	}
	return true
}

// nearVirtual returns a virtual the method m is probably meant to implement: the same name in
// another case, or one letter away with the virtual's signature.
func nearVirtual(m goMethod, virtuals map[string]classhook.Virtual) string {
	for name, v := range virtuals {
		if strings.EqualFold(name, m.Name) || editDistance1(name, m.Name) && sameSignature(m.Func.Type(), v.Signature) {
			return fmt.Sprintf("%s.%s (%s)", v.Class, v.Name, v.GoSignature)
		}
	}
	return ""
}

// sameSignature reports whether the method type m (receiver first) has the signature of the
// interface method type v (no receiver).
func sameSignature(m, v reflect.Type) bool {
	if m.NumIn()-1 != v.NumIn() || m.NumOut() != v.NumOut() {
		return false
	}
	for i := 0; i < v.NumIn(); i++ {
		if m.In(i+1) != v.In(i) {
			return false
		}
	}
	for i := 0; i < v.NumOut(); i++ {
		if m.Out(i) != v.Out(i) {
			return false
		}
	}
	return true
}

// editDistance1 reports whether a and b differ by one inserted, deleted or changed letter.
func editDistance1(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > 1 {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i+1:] == b[i:]
}

// method works out one Go method (or, static, a Go function) as an engine method.
func (c *classInfo) method(goName string, fn reflect.Value, static bool) (*methodInfo, error) {
	ft := fn.Type()
	m := &methodInfo{class: c, goName: goName, name: snake(goName), fn: fn, static: static}
	if n, ok := c.spec.renames[goName]; ok {
		m.name = n
	}
	first := 1
	if static {
		first = 0
	}
	names := c.spec.params[goName]
	for i := first; i < ft.NumIn(); i++ {
		pt := ft.In(i)
		if ft.IsVariadic() && i == ft.NumIn()-1 {
			cd, err := codecFor(pt.Elem())
			if err != nil {
				return nil, fmt.Errorf("variadic parameter: %v", err)
			}
			m.variadic = cd
			break
		}
		cd, err := codecFor(pt)
		if err != nil {
			return nil, fmt.Errorf("parameter %d: %v", i-first+1, err)
		}
		m.params = append(m.params, cd)
		name := fmt.Sprintf("arg%d", i-first)
		if j := i - first; j < len(names) {
			name = names[j]
		}
		m.paramNames = append(m.paramNames, name)
	}
	errType := reflect.TypeFor[error]()
	switch ft.NumOut() {
	case 0:
	case 1:
		if ft.Out(0) == errType {
			m.hasErr = true
			break
		}
		cd, err := codecFor(ft.Out(0))
		if err != nil {
			return nil, fmt.Errorf("result: %v", err)
		}
		m.ret = cd
	case 2:
		if ft.Out(1) != errType {
			return nil, fmt.Errorf("two results must be (T, error)")
		}
		cd, err := codecFor(ft.Out(0))
		if err != nil {
			return nil, fmt.Errorf("result: %v", err)
		}
		m.ret, m.hasErr = cd, true
	default:
		return nil, fmt.Errorf("at most two results, (T, error)")
	}
	if d, ok := c.spec.defaults[goName]; ok {
		if len(d) > len(m.params) {
			return nil, fmt.Errorf("%d defaults for %d parameters", len(d), len(m.params))
		}
		for i, x := range d {
			p := m.params[len(m.params)-len(d)+i]
			v, err := variant.From(x)
			if err != nil {
				return nil, fmt.Errorf("default %d: %v", i, err)
			}
			if vt := v.Type(); p.vtype != variant.TypeNil && vt != p.vtype && !(vt == variant.TypeNil && p.vtype == variant.TypeObject) {
				v.Destroy()
				return nil, fmt.Errorf("default %d is a %s, the parameter a %s", i, variant.TypeName(vt), variant.TypeName(p.vtype))
			}
			v.Destroy()
		}
		m.defaults = d
	}
	return m, nil
}

// Signal fields implement signalField.
type signalField interface {
	signalArgs() []reflect.Type
}

var signalFieldType = reflect.TypeFor[signalField]()

// fields works out the properties and signals of the fields of struct type t at offset base
// (embedded structs that are not classes are flattened into the class, as Go promotes their fields).
func (c *classInfo) fields(t reflect.Type, base uintptr, group, subgroup string) *RegistrationError {
	fail := func(f reflect.StructField, format string, args ...any) *RegistrationError {
		return &RegistrationError{GoType: c.goType.String(), Where: "field " + f.Name, Msg: fmt.Sprintf(format, args...)}
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if f.Anonymous {
			if _, ok := classhook.ClassOf(f.Type); ok || classesByType[f.Type] != nil {
				continue // the base: its properties are the engine's, or registered with the Go parent
			}
			if f.Type.Kind() == reflect.Struct && f.IsExported() {
				if err := c.fields(f.Type, base+f.Offset, group, subgroup); err != nil {
					return err
				}
			}
			continue
		}
		if !f.IsExported() {
			continue
		}
		tag, err := parseTag(f)
		if err != nil {
			return fail(f, "%v", err)
		}
		if tag.skip {
			continue
		}
		if tag.group != "" {
			group, subgroup = tag.group, ""
		}
		if tag.subgroup != "" {
			subgroup = tag.subgroup
		}
		if reflect.PointerTo(f.Type).Implements(signalFieldType) {
			sig := &signalInfo{name: snake(f.Name), offset: base + f.Offset, goField: f.Name}
			if tag.name != "" {
				sig.name = tag.name
			}
			argTypes := reflect.New(f.Type).Interface().(signalField).signalArgs()
			for j, at := range argTypes {
				cd, err := codecFor(at)
				if err != nil {
					return fail(f, "signal argument %d: %v", j, err)
				}
				sig.args = append(sig.args, cd)
				name := fmt.Sprintf("arg%d", j)
				if j < len(tag.args) {
					name = tag.args[j]
				}
				sig.argNames = append(sig.argNames, name)
			}
			c.signals = append(c.signals, sig)
			continue
		}
		cd, err := codecFor(f.Type)
		if err != nil {
			return fail(f, "%v (tag it gd:\"-\" to keep it from the engine)", err)
		}
		if gc := goClassOfPointer(f.Type); gc != nil && gc.refCounted {
			return fail(f, "a *%s holds no reference to the RefCounted instance, which the engine may free: make the field a classdb.Ref[%s]",
				f.Type.Elem().Name(), f.Type.Elem().Name())
		}
		p := &propInfo{name: snake(f.Name), codec: cd, offset: base + f.Offset, field: true, group: group,
			subgroup: subgroup, hint: cd.hint, hintString: cd.hintString, usage: godot.PropertyUsageDefault,
			goField: f.Name}
		if cd.usage != 0 {
			p.usage = godot.PropertyUsageFlags(cd.usage)
		}
		if err := tag.apply(p, f); err != nil {
			return fail(f, "%v", err)
		}
		if c.propByName(p.name) != nil {
			return fail(f, "the property %s is declared twice", p.name)
		}
		c.props = append(c.props, p)
	}
	return nil
}

func (c *classInfo) propByName(name string) *propInfo {
	for _, p := range c.props {
		if p.name == name {
			return p
		}
	}
	return nil
}

// buildAll turns the registrations into classes, parents first, reporting and skipping the broken
// ones; editor says which level registers.
func buildAll(editor bool) []*classInfo {
	specs.mu.Lock()
	list := append([]*classSpec(nil), specs.list...)
	specs.mu.Unlock()
	var out []*classInfo
	pending := map[reflect.Type]*classSpec{}
	for _, s := range list {
		if s.editorPlugin == editor {
			pending[s.goType] = s
		}
	}
	// Parents first: a spec whose Go parent is pending waits for it; so does a spec whose fields or
	// methods name a Go class not built yet (by pointer or Ref).
	unbuilt = map[reflect.Type]bool{}
	for t := range pending {
		unbuilt[t] = true
	}
	defer func() { unbuilt = nil }()
	waiting := map[reflect.Type]*RegistrationError{}
	for len(pending) > 0 {
		progress := false
		var ready []*classSpec
		for _, s := range list {
			if pending[s.goType] == nil {
				continue
			}
			if p := goParentType(s.goType); p != nil && pending[p] != nil {
				continue
			}
			ready = append(ready, s)
		}
		for _, s := range ready {
			waitsFor = nil
			c, err := build(s)
			if err != nil && waitsFor != nil && pending[waitsFor] != nil && waitsFor != s.goType {
				waiting[s.goType] = err // try again once the class it names is built
				continue
			}
			delete(pending, s.goType)
			delete(unbuilt, s.goType)
			delete(waiting, s.goType)
			progress = true
			if err != nil {
				report(err)
				continue
			}
			classesByType[c.goType] = c
			classesByName[c.name] = c
			out = append(out, c)
		}
		if !progress {
			for t, s := range pending {
				if err := waiting[t]; err != nil {
					report(err) // a cycle of classes naming each other, or one whose class failed
				} else {
					report(&RegistrationError{GoType: s.goType.String(), Msg: "its Go parent class could not be registered"})
				}
			}
			break
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return depth(out[i]) < depth(out[j]) })
	return out
}

func depth(c *classInfo) int {
	n := 0
	for p := c.parentGo; p != nil; p = p.parentGo {
		n++
	}
	return n
}

// goParentType returns the struct type a Go class embeds as its Go parent, if it embeds a registered
// or pending Go class (the first embedded struct that is not an engine class).
func goParentType(t reflect.Type) reflect.Type {
	if t.Kind() != reflect.Struct {
		return nil
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.Anonymous {
			continue
		}
		if _, ok := classhook.ClassOf(f.Type); ok {
			return nil
		}
		if f.Type.Kind() == reflect.Struct {
			specs.mu.Lock()
			defer specs.mu.Unlock()
			for _, s := range specs.list {
				if s.goType == f.Type {
					return f.Type
				}
			}
			return nil
		}
	}
	return nil
}

// A notifier is a Go class of an instance's chain that declares Notification: its type and the
// offset of its value in the instance.
type notifier struct {
	t      reflect.Type
	offset uintptr
}

// methodNamed returns the class's method with the Go name, or nil.
func (c *classInfo) methodNamed(goName string) *methodInfo {
	for _, m := range c.methods {
		if m.goName == goName {
			return m
		}
	}
	return nil
}
