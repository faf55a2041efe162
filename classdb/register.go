package classdb

import (
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"unicode"

	"github.com/gdpure/gdpure/internal/engine"
)

// An Option configures a class at registration.
type Option func(*classSpec)

// Name sets the engine name of the class (default: the Go type's name).
func Name(name string) Option { return func(s *classSpec) { s.name = name } }

// Tool makes the class run in the editor too, as a GDScript @tool script does. By default a Go class
// is a runtime class: the editor shows it and stores its properties, but runs none of its code.
func Tool() Option { return func(s *classSpec) { s.tool = true } }

// Abstract makes the class impossible to instantiate; classes derived from it can be.
func Abstract() Option { return func(s *classSpec) { s.abstract = true } }

// Virtual marks the class as meant to be extended, as the engine's virtual classes are
// (GDREGISTER_VIRTUAL_CLASS, Texture2D): Go classes and scripts extend it, and classdb.New and
// NewRef refuse it (make a derived class). Unlike an Abstract class, whose objects cannot be made
// at all (so a script extending one cannot be instantiated either), the engine still makes its
// objects: it must, as the base of the scripts that extend it, so ClassDB.can_instantiate reports
// true and ClassDB.instantiate works, as for the engine's own virtual classes.
func Virtual() Option { return func(s *classSpec) { s.virtual = true } }

// Internal registers the class without exposing it to scripting: Go makes it (classdb.New,
// NewRef: the engine makes its engine base and Go binds the instance, as godot-cpp does) and the
// engine knows it by name (ClassDB.class_exists, get_class_list), but ClassDB.instantiate refuses
// it, and scripts and the editor's create dialogs do not offer it; for a plugin's implementation
// classes.
func Internal() Option { return func(s *classSpec) { s.internal = true } }

// Icon sets the class's icon in the editor (a res:// path to an SVG).
func Icon(path string) Option { return func(s *classSpec) { s.icon = path } }

// Doc sets the class's description for the editor's help (gdgen bind fills it from the Go doc
// comments).
func Doc(text string) Option { return func(s *classSpec) { s.doc = text } }

// Rename sets the engine name of a Go method (default: the method's name in snake_case).
func Rename(goMethod, engineName string) Option {
	return func(s *classSpec) { s.renames[goMethod] = engineName }
}

// Overridable declares Go methods of the class as virtual methods that GDScript (and other
// scripts) extending the class override, as the official bindings' GDVIRTUAL does. A Go method
// OnHit is registered twice: as the engine's virtual _on_hit, which a script overrides with
// func _on_hit(…) (no native_method_override warning: the engine knows it as a virtual), and as
// the method on_hit, which calls the script's _on_hit when the object's script has one and the Go
// method (the default) otherwise. Call on_hit from GDScript, and from Go through the engine
// (obj.Call("on_hit", …)), to reach an override: a direct Go call of OnHit is the default itself.
// Naming a method the class does not have is a registration error.
func Overridable(goMethods ...string) Option {
	return func(s *classSpec) {
		if s.overridable == nil {
			s.overridable = map[string]bool{}
		}
		for _, m := range goMethods {
			s.overridable[m] = true
		}
	}
}

// PropertyOptions describe the property a GetX/SetX method pair makes (Property).
type PropertyOptions struct {
	// Name is the engine name; "" keeps the default, X in snake_case.
	Name string
	// Group and Subgroup put the property in an inspector group (and subgroup), as the field tags
	// group= and subgroup= do; GroupPrefix and SubgroupPrefix are the groups' name prefixes, which
	// the inspector strips from the names of the properties in them (the engine's
	// ADD_GROUP("Group", "group_")).
	Group, GroupPrefix       string
	Subgroup, SubgroupPrefix string
}

// Property sets the engine name and the inspector group of the property the method pair GetX and
// SetX makes, x being pair ("CustomPosition" for GetCustomPosition and SetCustomPosition):
//
//	classdb.Property("CustomPosition", classdb.PropertyOptions{Name: "group_subgroup_custom_position",
//		Group: "Group", GroupPrefix: "group_", Subgroup: "Subgroup", SubgroupPrefix: "group_subgroup_"})
//
// Naming a pair the class does not have is a registration error.
func Property(pair string, o PropertyOptions) Option {
	return func(s *classSpec) {
		if s.props == nil {
			s.props = map[string]PropertyOptions{}
		}
		s.props[pair] = o
	}
}

// Hide keeps exported Go methods from becoming engine methods: Go-only helpers the engine and
// GDScript do not see. Name each by a method expression, which the compiler checks, or by its name:
//
//	classdb.Register[Player](classdb.Hide((*Player).Steer, (*Player).Reset))
//	classdb.Register[Player](classdb.Hide("Steer"))
//
// Hiding a method the class does not have is a registration error naming it.
func Hide(goMethods ...any) Option {
	return func(s *classSpec) {
		for _, m := range goMethods {
			name, err := methodName(m)
			if err != nil {
				s.optionErrs = append(s.optionErrs, [2]string{fmt.Sprintf("Hide(%v)", m), err.Error()})
				continue
			}
			s.hidden[name] = true
		}
	}
}

// methodName is the name of the method m names: a string, or a method expression ((*T).M or
// T.M), whose function's name ends in the method's.
func methodName(m any) (string, error) {
	switch x := m.(type) {
	case string:
		return x, nil
	case nil:
		return "", fmt.Errorf("no method")
	}
	v := reflect.ValueOf(m)
	if v.Kind() != reflect.Func {
		return "", fmt.Errorf("a %T names no method: give a method expression ((*T).M) or a name", m)
	}
	f := runtime.FuncForPC(v.Pointer())
	if f == nil {
		return "", fmt.Errorf("the function has no name")
	}
	name := strings.TrimSuffix(f.Name(), "-fm")
	name = name[strings.LastIndex(name, ".")+1:]
	if name == "" || !unicode.IsUpper(rune(name[0])) {
		return "", fmt.Errorf("%s is not an exported method", f.Name())
	}
	return name, nil
}

// Defaults gives default values to the last parameters of a Go method (anything variant.From
// accepts): callers may leave those arguments out.
func Defaults(goMethod string, values ...any) Option {
	return func(s *classSpec) { s.defaults[goMethod] = values }
}

// Params names the parameters of a Go method for the engine (Go's reflection does not know them;
// gdgen bind fills them from the source). Unnamed parameters are arg0, arg1, ….
func Params(goMethod string, names ...string) Option {
	return func(s *classSpec) { s.params[goMethod] = names }
}

// Static registers a Go function as a static method of the class, named name.
func Static(name string, fn any) Option {
	return func(s *classSpec) { s.statics = append(s.statics, staticSpec{name, fn}) }
}

// Constant registers an integer constant of the class.
func Constant(name string, value int64) Option {
	return func(s *classSpec) { s.enums = append(s.enums, enumSpec{values: []EnumValue{{name, value}}}) }
}

// An EnumValue is one value of an enum or bitfield of a Go class.
type EnumValue struct {
	Name  string
	Value int64
}

// Enum registers an enum of the class (values become class constants grouped under the enum name).
func Enum(name string, values ...EnumValue) Option {
	return func(s *classSpec) { s.enums = append(s.enums, enumSpec{name: name, values: values}) }
}

// Bitfield registers a bitfield of the class (an enum whose values combine as flags).
func Bitfield(name string, values ...EnumValue) Option {
	return func(s *classSpec) {
		s.enums = append(s.enums, enumSpec{name: name, values: values, bitfield: true})
	}
}

// EditorPlugin registers the class (which must extend EditorPlugin) as a plugin of the editor:
// the editor creates it when it starts.
func EditorPlugin() Option { return func(s *classSpec) { s.editorPlugin = true; s.tool = true } }

type classSpec struct {
	goType       reflect.Type
	name         string
	tool         bool
	abstract     bool
	virtual      bool
	internal     bool
	editorPlugin bool
	icon, doc    string
	renames      map[string]string
	props        map[string]PropertyOptions // of GetX/SetX pairs, by X
	overridable  map[string]bool            // Go methods that are virtuals scripts override
	hidden       map[string]bool
	optionErrs   [][2]string // options that name nothing: where, what (a registration error)
	defaults     map[string][]any
	params       map[string][]string
	statics      []staticSpec
	enums        []enumSpec
}

type staticSpec struct {
	name string
	fn   any
}

type enumSpec struct {
	name     string
	bitfield bool
	values   []EnumValue
}

// specs are the registrations, in the order of the calls; they are turned into classes when the
// engine initializes the scene level, when every init function of the program has run.
var specs struct {
	mu   sync.Mutex
	list []*classSpec
}

// Register makes the Go struct type T an engine class. T names its base by embedding it, first
// among its fields: an engine class of package godot (godot.Node2D, godot.Resource, …) or another
// registered Go class. Then, by Go's rules:
//
//   - its exported methods become engine methods, named in snake_case (Rename, Hide);
//   - methods named after a virtual method of its base (Ready, Process(delta float64),
//     Input(event godot.InputEvent), Draw, …) implement that virtual;
//   - its exported fields become properties (the gd struct tag sets the name, hints and group);
//   - its fields of a Signal type become signals.
//
// Call it from an init function; the class is built and registered when the engine initializes the
// scene level (the editor level for an EditorPlugin). A mistake (a type that cannot cross, a name
// taken twice, a missing base, a misspelt virtual) is reported through the engine's error output
// naming the Go type and field or method, and the class is left out: the engine and the editor go
// on. See the package documentation for the details.
func Register[T any](opts ...Option) {
	s := &classSpec{goType: reflect.TypeFor[T](), renames: map[string]string{}, hidden: map[string]bool{},
		defaults: map[string][]any{}, params: map[string][]string{}}
	s.name = s.goType.Name()
	for _, o := range opts {
		o(s)
	}
	specs.mu.Lock()
	specs.list = append(specs.list, s)
	specs.mu.Unlock()
}

func init() {
	engine.OnInit(engine.LevelScene, func() { registerLevel(false) })
	engine.OnInit(engine.LevelEditor, func() { registerLevel(true) })
	engine.OnDeinit(engine.LevelEditor, func() { unregisterLevel(true) })
	engine.OnDeinit(engine.LevelScene, func() { unregisterLevel(false) })
}

// A RegistrationError is a mistake in a Go class, found when it is registered.
type RegistrationError struct {
	GoType string // the Go type (main.Player)
	Where  string // the field or method, if any
	Msg    string
}

func (e *RegistrationError) Error() string {
	if e.Where != "" {
		return fmt.Sprintf("classdb: Go class %s, %s: %s", e.GoType, e.Where, e.Msg)
	}
	return fmt.Sprintf("classdb: Go class %s: %s", e.GoType, e.Msg)
}

// registrationErrors are the errors of the last registration, for tests.
var registrationErrors struct {
	mu   sync.Mutex
	list []*RegistrationError
}

// Errors returns the registration mistakes found so far (each also reported through the engine).
func Errors() []*RegistrationError {
	registrationErrors.mu.Lock()
	defer registrationErrors.mu.Unlock()
	return append([]*RegistrationError(nil), registrationErrors.list...)
}

func report(err *RegistrationError) {
	registrationErrors.mu.Lock()
	registrationErrors.list = append(registrationErrors.list, err)
	registrationErrors.mu.Unlock()
	engine.PrintError(err.Error() + " (the class is not registered)")
}

// snake turns a Go name into the engine's snake_case, as the engine's own API spells it:
// AddChild -> add_child, HTTPPort -> http_port, World2D -> world_2d; other digits stay with their
// word: EchoVector2 -> echo_vector2, ToRGBA32 -> to_rgba32, Base64Text -> base64_text.
func snake(name string) string {
	var b strings.Builder
	r := []rune(name)
	for i, c := range r {
		if unicode.IsUpper(c) {
			prevLower := i > 0 && unicode.IsLower(r[i-1])
			nextLower := i+1 < len(r) && unicode.IsLower(r[i+1])
			if i > 0 && (prevLower || nextLower && (unicode.IsUpper(r[i-1]) || unicode.IsDigit(r[i-1]))) {
				b.WriteByte('_')
			}
			b.WriteRune(unicode.ToLower(c))
			continue
		}
		if unicode.IsDigit(c) && i > 0 && !unicode.IsDigit(r[i-1]) && dimension(r[i:]) {
			b.WriteByte('_')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// dimension reports whether r starts with a dimension suffix: digits then D, ending the word (2D).
func dimension(r []rune) bool {
	i := 0
	for i < len(r) && unicode.IsDigit(r[i]) {
		i++
	}
	return i < len(r) && r[i] == 'D' && (i+1 == len(r) || !unicode.IsLower(r[i+1]))
}
