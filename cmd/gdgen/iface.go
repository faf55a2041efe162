package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

// The model of gdextension_interface.json (format_version 1).

type ifaceFile struct {
	FormatVersion int         `json:"format_version"`
	Types         []ifaceType `json:"types"`
	Interface     []ifaceFunc `json:"interface"`
}

type ifaceType struct {
	Name            string       `json:"name"`
	Kind            string       `json:"kind"` // enum, handle, alias, struct, function
	Description     []string     `json:"description"`
	Values          []enumValue  `json:"values"`
	IsBitfield      bool         `json:"is_bitfield"`
	Type            string       `json:"type"`
	Parent          string       `json:"parent"`
	IsConst         bool         `json:"is_const"`
	IsUninitialized bool         `json:"is_uninitialized"`
	Members         []ifaceArg   `json:"members"`
	Arguments       []ifaceArg   `json:"arguments"`
	ReturnValue     *ifaceArg    `json:"return_value"`
	Deprecated      *deprecation `json:"deprecated"`
}

type enumValue struct {
	Name        string   `json:"name"`
	Value       int64    `json:"value"`
	Description []string `json:"description"`
}

type ifaceArg struct {
	Name        string   `json:"name"`
	Type        string   `json:"type"`
	Description []string `json:"description"`
}

type deprecation struct {
	Since       string `json:"since"`
	ReplaceWith string `json:"replace_with"`
	Message     string `json:"message"`
}

type ifaceFunc struct {
	Name        string       `json:"name"`
	Arguments   []ifaceArg   `json:"arguments"`
	ReturnValue *ifaceArg    `json:"return_value"`
	Description []string     `json:"description"`
	Since       string       `json:"since"`
	Deprecated  *deprecation `json:"deprecated"`
	See         []string     `json:"see"`
}

// minimumVersion is the oldest engine gdpure supports. Interface functions whose `since` is newer
// are optional: a missing one is left unresolved and its wrapper panics with a clear message.
const minimumVersion = "4.6"

const gdiDir = "internal/gdi"

// maxCallArgs is the number of integer arguments the call trampolines pass (six in registers and
// one on the stack on amd64). No interface function takes more (checked below).
const maxCallArgs = 7

// maxCallbackArgs is the number of integer arguments a callback trampoline captures: the six
// System V argument registers. No callback type takes more (checked below).
const maxCallbackArgs = 6

func loadInterface(path string) (*ifaceFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f ifaceFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if f.FormatVersion != 1 {
		return nil, fmt.Errorf("%s: format_version %d, gdgen knows 1", path, f.FormatVersion)
	}
	return &f, nil
}

// goTypeName turns a C type name of the interface into its Go name ("GDExtensionVariantPtr" -> "VariantPtr").
func goTypeName(c string) string {
	switch {
	case strings.HasPrefix(c, "GDExtension"):
		return strings.TrimPrefix(c, "GDExtension")
	case strings.HasPrefix(c, "GD"):
		return strings.TrimPrefix(c, "GD")
	}
	return c
}

var primitiveTypes = map[string]string{
	"int8_t": "int8", "uint8_t": "uint8", "int16_t": "int16", "uint16_t": "uint16",
	"int32_t": "int32", "uint32_t": "uint32", "int64_t": "int64", "uint64_t": "uint64",
	"size_t": "uintptr", "char": "int8", "char16_t": "uint16", "char32_t": "int32", "wchar_t": "int32",
	"float": "float32", "double": "float64",
}

// resolver maps C types of the interface to Go types.
type resolver struct {
	byName map[string]*ifaceType
}

// goType returns the Go type for a C type as written in the JSON ("const GDExtensionPropertyInfo*",
// "uint32_t", "GDExtensionBool"). Every pointer that is not a named handle is a uintptr: the raw
// layer never holds a Go pointer, so nothing here can hand Go memory to the engine by accident.
func (r *resolver) goType(c string) (string, error) {
	c = strings.TrimSpace(c)
	if strings.HasSuffix(c, "*") {
		return "uintptr", nil
	}
	c = strings.TrimPrefix(c, "const ")
	if p, ok := primitiveTypes[c]; ok {
		return p, nil
	}
	if c == "void" {
		return "", nil
	}
	if _, ok := r.byName[c]; ok {
		return goTypeName(c), nil
	}
	return "", fmt.Errorf("unknown C type %q", c)
}

// isFloat reports whether a Go type would travel in a floating-point register.
func isFloat(goType string) bool { return goType == "float32" || goType == "float64" }

func versionNewer(a, b string) bool {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(pa) || i < len(pb); i++ {
		var x, y int
		if i < len(pa) {
			fmt.Sscan(pa[i], &x)
		}
		if i < len(pb) {
			fmt.Sscan(pb[i], &y)
		}
		if x != y {
			return x > y
		}
	}
	return false
}

// param is one argument of a generated function.
type param struct {
	name   string // Go parameter name
	goType string
	cType  string
}

func (r *resolver) params(args []ifaceArg) ([]param, error) {
	var ps []param
	for i, a := range args {
		t, err := r.goType(a.Type)
		if err != nil {
			return nil, err
		}
		if isFloat(t) {
			return nil, fmt.Errorf("argument %q is a float: the integer-register trampolines cannot pass it", a.Name)
		}
		name := plainLowerCamel(a.Name)
		if name == "" {
			name = fmt.Sprintf("a%d", i)
		}
		ps = append(ps, param{name: name, goType: t, cType: a.Type})
	}
	return ps, nil
}

func paramList(ps []param) string {
	var parts []string
	for _, p := range ps {
		parts = append(parts, p.name+" "+p.goType)
	}
	return strings.Join(parts, ", ")
}

// generateInterface writes the raw layer: types, functions, callbacks.
func generateInterface(f *ifaceFile) ([]*genFile, error) {
	r := &resolver{byName: map[string]*ifaceType{}}
	for i := range f.Types {
		r.byName[f.Types[i].Name] = &f.Types[i]
	}
	types, err := genTypes(f, r)
	if err != nil {
		return nil, err
	}
	funcs, err := genFuncs(f, r)
	if err != nil {
		return nil, err
	}
	cbs, err := genCallbacks(f, r)
	if err != nil {
		return nil, err
	}
	return append(append([]*genFile{types, funcs}, cbs...), genCounts(f), genLayout(f, r)), nil
}

// genCounts records how many types and functions the JSON has, so a test can check that every one
// of them was generated.
func genCounts(f *ifaceFile) *genFile {
	g := newGoFile(gdiDir + "/zcounts.go")
	g.p("package gdi\n")
	kinds := map[string]int{}
	for _, t := range f.Types {
		kinds[t.Kind]++
	}
	g.p("// Counts of what gdextension_interface.json declares; tests compare them with what was generated.")
	g.p("const (")
	g.p("InterfaceTypeCount = %d", len(f.Types))
	g.p("InterfaceFunctionCount = %d", len(f.Interface))
	var names []string
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		g.p("Interface%sTypeCount = %d", plainCamel(k), kinds[k])
	}
	g.p("MinimumEngineVersion = %q", minimumVersion)
	g.p(")")
	return g
}

func genTypes(f *ifaceFile, r *resolver) (*genFile, error) {
	g := newGoFile(gdiDir + "/ztypes.go")
	g.p("package gdi\n")
	g.p("// Types of gdextension_interface.json, %d in all.", len(f.Types))
	g.p("// Every C pointer is a uintptr (or a named uintptr handle): the engine's memory, or C memory")
	g.p("// the binding owns, never a Go pointer.\n")
	for _, t := range f.Types {
		name := goTypeName(t.Name)
		doc := comment(t.Description, "")
		if t.Deprecated != nil {
			doc += fmt.Sprintf("//\n// Deprecated: since %s%s.\n", t.Deprecated.Since, replaceNote(t.Deprecated))
		}
		switch t.Kind {
		case "enum":
			g.p("// %s is %s.", name, t.Name)
			g.body.WriteString(doc)
			g.p("type %s int32\n", name)
			g.p("const (")
			for _, v := range t.Values {
				g.body.WriteString(comment(v.Description, "\t"))
				g.p("%s %s = %d", enumValueName(v.Name), name, v.Value)
			}
			g.p(")\n")
		case "handle":
			g.p("// %s is %s, an opaque pointer.", name, t.Name)
			g.body.WriteString(doc)
			g.p("type %s uintptr\n", name)
		case "alias":
			target, err := r.goType(t.Type)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", t.Name, err)
			}
			g.p("// %s is %s.", name, t.Name)
			g.body.WriteString(doc)
			g.p("type %s = %s\n", name, target)
		case "struct":
			g.p("// %s is %s, with the C layout.", name, t.Name)
			g.body.WriteString(doc)
			g.p("type %s struct {", name)
			for _, m := range t.Members {
				mt, err := r.goType(m.Type)
				if err != nil {
					return nil, fmt.Errorf("%s.%s: %v", t.Name, m.Name, err)
				}
				g.body.WriteString(comment(m.Description, "\t"))
				g.p("%s %s // %s", plainCamel(m.Name), mt, m.Type)
			}
			g.p("}\n")
		case "function":
			g.p("// %s is a C function pointer of type %s.", name, t.Name)
			g.body.WriteString(doc)
			g.p("type %s uintptr\n", name)
		default:
			return nil, fmt.Errorf("%s: unknown kind %q", t.Name, t.Kind)
		}
	}
	return g, nil
}

func replaceNote(d *deprecation) string {
	var s string
	if d.ReplaceWith != "" {
		s += ", use " + d.ReplaceWith
	}
	if d.Message != "" {
		s += ": " + d.Message
	}
	return s
}

func enumValueName(c string) string {
	return plainCamel(strings.TrimPrefix(c, "GDEXTENSION_"))
}

// callArgs renders the arguments of a ccall: the function pointer, then every parameter as a
// uintptr, padded with zeros to maxCallArgs.
func callArgs(fn string, ps []param) string {
	parts := []string{fn}
	for _, p := range ps {
		parts = append(parts, "uintptr("+p.name+")")
	}
	for len(parts) < maxCallArgs+1 {
		parts = append(parts, "0")
	}
	return strings.Join(parts, ", ")
}

// resultConversion wraps the raw uintptr result of a call as the Go return type.
func resultConversion(goType, expr string) string {
	if goType == "uintptr" {
		return expr
	}
	return goType + "(" + expr + ")"
}

func genFuncs(f *ifaceFile, r *resolver) (*genFile, error) {
	g := newGoFile(gdiDir + "/zfuncs.go")
	g.p("package gdi\n")
	g.p("// The %d interface functions of gdextension_interface.json: the table of their addresses,", len(f.Interface))
	g.p("// resolved once at entry, and a typed Go function for each.\n")
	g.p("// fns holds the address of every interface function, resolved by Load.")
	g.p("var fns struct {")
	for _, fn := range f.Interface {
		g.p("%s uintptr", plainLowerCamel(fn.Name))
	}
	g.p("}\n")
	g.p("// interfaceFunctions lists every interface function for Load: its NUL-terminated name (static")
	g.p("// data, never moved or freed), the version that added it, and its slot in fns.")
	g.p("var interfaceFunctions = [...]interfaceFunction{")
	for _, fn := range f.Interface {
		g.p("{name: %q, since: %q, optional: %v, slot: &fns.%s},", fn.Name+"\x00", fn.Since, versionNewer(fn.Since, minimumVersion), plainLowerCamel(fn.Name))
	}
	g.p("}\n")
	for _, fn := range f.Interface {
		ps, err := r.params(fn.Arguments)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", fn.Name, err)
		}
		if len(ps) > maxCallArgs {
			return nil, fmt.Errorf("%s: %d arguments, the trampolines pass %d", fn.Name, len(ps), maxCallArgs)
		}
		ret := ""
		if fn.ReturnValue != nil {
			ret, err = r.goType(fn.ReturnValue.Type)
			if err != nil {
				return nil, fmt.Errorf("%s result: %v", fn.Name, err)
			}
			if isFloat(ret) {
				return nil, fmt.Errorf("%s returns a float", fn.Name)
			}
		}
		goName := plainCamel(fn.Name)
		g.p("// %s calls the interface function %s (since %s).", goName, fn.Name, fn.Since)
		g.body.WriteString(comment(fn.Description, ""))
		for _, a := range fn.Arguments {
			if len(a.Description) > 0 {
				g.p("//   - %s: %s", plainLowerCamel(a.Name), strings.Join(a.Description, " "))
			}
		}
		if fn.Deprecated != nil {
			g.p("//\n// Deprecated: since %s%s.", fn.Deprecated.Since, replaceNote(fn.Deprecated))
		}
		g.p("func %s(%s) %s {", goName, paramList(ps), ret)
		slot := "fns." + plainLowerCamel(fn.Name)
		if versionNewer(fn.Since, minimumVersion) {
			g.p("if %s == 0 { missingFunction(%q, %q) }", slot, fn.Name, fn.Since)
		}
		call := "ccall(" + callArgs(slot, ps) + ")"
		if ret == "" {
			g.p("%s", call)
		} else {
			g.p("return %s", resultConversion(ret, call))
		}
		g.p("}\n")
	}
	return g, nil
}

// callbackType is a C function pointer type of the interface, with what the generated code needs.
type callbackType struct {
	t       *ifaceType
	name    string // Go name of the C pointer type, e.g. ClassMethodCall
	index   int
	params  []param
	ret     string
	errSlot int // index of a GDExtensionCallError* argument, or -1
}

func genCallbacks(f *ifaceFile, r *resolver) ([]*genFile, error) {
	var cbs []callbackType
	for i := range f.Types {
		t := &f.Types[i]
		if t.Kind != "function" {
			continue
		}
		ps, err := r.params(t.Arguments)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", t.Name, err)
		}
		if len(ps) > maxCallbackArgs {
			return nil, fmt.Errorf("%s: %d arguments, the callback trampolines capture %d", t.Name, len(ps), maxCallbackArgs)
		}
		ret := ""
		if t.ReturnValue != nil {
			if ret, err = r.goType(t.ReturnValue.Type); err != nil {
				return nil, fmt.Errorf("%s result: %v", t.Name, err)
			}
			if isFloat(ret) {
				return nil, fmt.Errorf("%s returns a float", t.Name)
			}
		}
		errSlot := -1
		for j, a := range t.Arguments {
			if strings.TrimSpace(a.Type) == "GDExtensionCallError*" {
				errSlot = j
			}
		}
		cbs = append(cbs, callbackType{t: t, name: goTypeName(t.Name), index: len(cbs), params: ps, ret: ret, errSlot: errSlot})
	}

	g := newGoFile(gdiDir + "/zcallbacks.go")
	g.p("package gdi\n")
	g.p("// The %d C function pointer types of the interface. For each one:", len(cbs))
	g.p("//   - Call calls a C function of that type (an engine function the binding was handed);")
	g.p("//   - a Go handler type, and SetXHandler, which installs the one Go handler of that type and")
	g.p("//     returns the address of the type's fixed trampoline, to hand to the engine. The binding")
	g.p("//     dispatches further on userdata or instance handles; there is no trampoline per class,")
	g.p("//     method or object.\n")
	g.p("const callbackTypeCount = %d\n", len(cbs))
	g.p("// callbackTypeNames names each callback type, for panic reports.")
	g.p("var callbackTypeNames = [callbackTypeCount]string{")
	for _, cb := range cbs {
		g.p("%q,", cb.t.Name)
	}
	g.p("}\n")
	g.p("// callbackErrorSlots gives, per callback type, the argument index of its GDExtensionCallError*, or -1.")
	g.p("var callbackErrorSlots = [callbackTypeCount]int8{")
	for _, cb := range cbs {
		g.p("%d, // %s", cb.errSlot, cb.t.Name)
	}
	g.p("}\n")
	g.p("// handlers holds the Go handler installed for each callback type.")
	g.p("var handlers struct {")
	for _, cb := range cbs {
		g.p("%s %sFunc", plainLowerCamel(camelToSnake(cb.name)), cb.name)
	}
	g.p("}\n")
	for _, cb := range cbs {
		field := "handlers." + plainLowerCamel(camelToSnake(cb.name))
		g.p("// %sFunc is the Go form of %s.", cb.name, cb.t.Name)
		g.p("type %sFunc func(%s) %s\n", cb.name, paramList(cb.params), cb.ret)
		g.p("// Set%sHandler installs h as the Go handler of every %s call and returns the", cb.name, cb.t.Name)
		g.p("// C function pointer that enters it. Panics in h are recovered and reported.")
		g.p("func Set%sHandler(h %sFunc) %s {", cb.name, cb.name, cb.name)
		g.p("%s = h", field)
		g.p("return %s(callbackEntry(%d))", cb.name, cb.index)
		g.p("}\n")
		g.p("// Call calls the C function f.")
		g.p("func (f %s) Call(%s) %s {", cb.name, paramList(cb.params), cb.ret)
		call := "ccall(" + callArgs("uintptr(f)", cb.params) + ")"
		if cb.ret == "" {
			g.p("%s", call)
		} else {
			g.p("return %s", resultConversion(cb.ret, call))
		}
		g.p("}\n")
	}
	g.p("// dispatchCallback runs the handler of the callback type that entered through a trampoline.")
	g.p("func dispatchCallback(f *callbackFrame) {")
	g.p("switch f.kind {")
	for _, cb := range cbs {
		field := "handlers." + plainLowerCamel(camelToSnake(cb.name))
		g.p("case %d: // %s", cb.index, cb.t.Name)
		g.p("h := %s", field)
		g.p("if h == nil { noHandler(f.kind) }")
		var args []string
		for i, p := range cb.params {
			args = append(args, fmt.Sprintf("%s(f.args[%d])", p.goType, i))
		}
		call := "h(" + strings.Join(args, ", ") + ")"
		if cb.ret == "" {
			g.p("%s", call)
		} else if cb.ret == "uintptr" {
			g.p("f.ret = %s", call)
		} else {
			g.p("f.ret = uintptr(%s)", call)
		}
	}
	g.p("default: noHandler(f.kind)")
	g.p("}")
	g.p("}")

	asm := newAsmFile(gdiDir + "/zcallbacks_amd64.s")
	asm.p("//go:build (linux || windows && cgo) && amd64 && !gdpure_purego\n")
	asm.p("#include \"textflag.h\"\n")
	asm.p("// One fixed C-ABI entry per callback type: it loads the type's index into AX and jumps to")
	asm.p("// callbackCommon (ccall_amd64.s, or ccall_windows_amd64.s for Win64), which enters Go through crosscall2.\n")
	for _, cb := range cbs {
		asm.p("// %s", cb.t.Name)
		asm.p("TEXT callbackEntry%d<>(SB), NOSPLIT|NOFRAME, $0", cb.index)
		asm.p("\tMOVQ $%d, AX", cb.index)
		asm.p("\tJMP callbackCommon(SB)\n")
	}
	asm.p("// ·callbackEntries holds the address of each entry above.")
	for _, cb := range cbs {
		asm.p("DATA ·callbackEntries+%d(SB)/8, $callbackEntry%d<>(SB)", cb.index*8, cb.index)
	}
	asm.p("GLOBL ·callbackEntries(SB), NOPTR|RODATA, $%d", len(cbs)*8)

	arm := newAsmFile(gdiDir + "/zcallbacks_arm64.s")
	arm.p("//go:build linux && arm64 && cgo && !gdpure_purego\n")
	arm.p("#include \"textflag.h\"\n")
	arm.p("// One fixed C-ABI entry per callback type: it loads the type's index into R9 and jumps to")
	arm.p("// callbackCommon (ccall_arm64.s), which enters Go through crosscall2.\n")
	for _, cb := range cbs {
		arm.p("// %s", cb.t.Name)
		arm.p("TEXT callbackEntry%d<>(SB), NOSPLIT|NOFRAME, $0", cb.index)
		arm.p("\tMOVD $%d, R9", cb.index)
		arm.p("\tJMP callbackCommon(SB)\n")
	}
	arm.p("// ·callbackEntries holds the address of each entry above.")
	for _, cb := range cbs {
		arm.p("DATA ·callbackEntries+%d(SB)/8, $callbackEntry%d<>(SB)", cb.index*8, cb.index)
	}
	arm.p("GLOBL ·callbackEntries(SB), NOPTR|RODATA, $%d", len(cbs)*8)

	pg := newGoFile(gdiDir + "/zcallbacks_purego.go")
	pg.p("//go:build !((linux && (amd64 || (arm64 && cgo)) || windows && amd64 && cgo)) || gdpure_purego\n")
	pg.p("package gdi\n")
	pg.p("// purego callback adapters, one per callback type, with the type's exact arity: purego.NewCallback")
	pg.p("// makes one C entry for each on first use (%d at most, well under purego's limit of 2000).\n", len(cbs))
	pg.p("var callbackAdapters = [callbackTypeCount]any{")
	for _, cb := range cbs {
		var ps, sets []string
		for i := range cb.params {
			ps = append(ps, fmt.Sprintf("a%d", i))
			sets = append(sets, fmt.Sprintf("f.args[%d] = a%d", i, i))
		}
		sig := ""
		if len(ps) > 0 {
			sig = strings.Join(ps, ", ") + " uintptr"
		}
		pg.p("// %s", cb.t.Name)
		pg.p("func(%s) uintptr {", sig)
		pg.p("f := callbackFrame{kind: %d}", cb.index)
		for _, s := range sets {
			pg.p("%s", s)
		}
		pg.p("enterCallback(&f)")
		pg.p("return f.ret")
		pg.p("},")
	}
	pg.p("}")
	return []*genFile{g, asm, arm, pg}, nil
}

// camelToSnake is the inverse of camel for already-camel names, used to build field names.
func camelToSnake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i > 0 && r >= 'A' && r <= 'Z' {
			b.WriteByte('_')
		}
		b.WriteRune(r)
	}
	return b.String()
}
