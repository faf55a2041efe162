package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// The engine's class API as Go (package godot): one Go type per engine class, with typed methods,
// enums, constants, signals, constructors and singletons; the native structures; and the table of
// method binds the methods resolve lazily.

const godotDir = "godot"

type apiClass struct {
	Name             string `json:"name"`
	IsRefcounted     bool   `json:"is_refcounted"`
	IsInstantiable   bool   `json:"is_instantiable"`
	Inherits         string `json:"inherits"`
	APIType          string `json:"api_type"`
	BriefDescription string `json:"brief_description"`
	Description      string `json:"description"`
	Constants        []struct {
		Name        string `json:"name"`
		Value       int64  `json:"value"`
		Description string `json:"description"`
	} `json:"constants"`
	Enums   []apiEnum        `json:"enums"`
	Methods []apiClassMethod `json:"methods"`
	Signals []struct {
		Name        string   `json:"name"`
		Arguments   []apiArg `json:"arguments"`
		Description string   `json:"description"`
	} `json:"signals"`
}

type apiEnum struct {
	Name       string `json:"name"`
	IsBitfield bool   `json:"is_bitfield"`
	Values     []struct {
		Name        string `json:"name"`
		Value       int64  `json:"value"`
		Description string `json:"description"`
	} `json:"values"`
}

type apiClassMethod struct {
	Name        string `json:"name"`
	IsConst     bool   `json:"is_const"`
	IsStatic    bool   `json:"is_static"`
	IsVararg    bool   `json:"is_vararg"`
	IsVirtual   bool   `json:"is_virtual"`
	Hash        int64  `json:"hash"`
	ReturnValue *struct {
		Type string `json:"type"`
		Meta string `json:"meta"`
	} `json:"return_value"`
	Arguments   []apiArg `json:"arguments"`
	Description string   `json:"description"`
}

type apiArg struct {
	Name         string  `json:"name"`
	Type         string  `json:"type"`
	Meta         string  `json:"meta"`
	DefaultValue *string `json:"default_value"`
}

type apiSingleton struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

type apiNativeStructure struct {
	Name   string `json:"name"`
	Format string `json:"format"`
}

// classModel is what the generator knows of the whole class API.
type classModel struct {
	taken      map[string]bool // the class's method names a getter cannot take (getterName)
	api        *apiFile
	classes    map[string]*apiClass
	singleton  map[string]bool // classes that are engine singletons
	enumTypes  map[string]string
	binds      []bindEntry
	classIndex map[string]int
	classOrder []string
	skipped    []string // methods not generated, with the reason
	globals    map[string]string
	// enumValueNames maps an enum's Go type and a value to the value's Go constant, when exactly
	// one constant has it.
	enumValueNames map[string]map[int64]string
	// virtualGoNames lists the Go names of each class's own virtuals, by Go class name (genVirtuals).
	virtualGoNames map[string][]string
	enumScope      map[string]string // enum Go type -> the class it belongs to ("" for global)
}

type bindEntry struct {
	class, method string
	hash          int64
}

func newClassModel(api *apiFile) *classModel {
	m := &classModel{api: api, classes: map[string]*apiClass{}, singleton: map[string]bool{},
		enumTypes: map[string]string{}, classIndex: map[string]int{}, globals: map[string]string{},
		enumValueNames: map[string]map[int64]string{}, virtualGoNames: map[string][]string{}, enumScope: map[string]string{}}
	for i := range api.Classes {
		c := &api.Classes[i]
		m.classes[c.Name] = c
	}
	for _, s := range api.Singletons {
		m.singleton[s.Type] = true
	}
	for _, e := range api.GlobalEnums {
		if strings.HasPrefix(e.Name, "Variant.") {
			continue
		}
		m.enumTypes[e.Name] = e.Name
	}
	for _, c := range api.Classes {
		for _, e := range c.Enums {
			m.enumTypes[c.Name+"."+e.Name] = c.Name + e.Name
			m.enumScope[c.Name+e.Name] = m.goClass(c.Name)
			m.noteEnumValues(c.Name+e.Name, e)
		}
	}
	for _, e := range api.GlobalEnums {
		if !strings.HasPrefix(e.Name, "Variant.") {
			m.noteEnumValues(e.Name, e)
		}
	}
	m.enumTypes["Variant.Type"] = "variant.Type"
	m.enumTypes["Variant.Operator"] = "variant.Operator"
	// The one enum of a builtin class that class methods take (SpriteBase3D.set_axis, the 6DOF
	// joint's parameters, …): package variant declares it with its constants.
	m.enumTypes["Vector3.Axis"] = "variant.Vector3Axis"
	m.enumValueNames["variant.Vector3Axis"] = map[int64]string{0: "variant.Vector3AxisX", 1: "variant.Vector3AxisY", 2: "variant.Vector3AxisZ"}
	names := make([]string, 0, len(m.classes))
	for n := range m.classes {
		names = append(names, n)
	}
	sort.Strings(names)
	m.classOrder = names
	for i, n := range names {
		m.classIndex[n] = i
	}
	return m
}

func (m *classModel) noteEnumValues(goType string, e apiEnum) {
	var names []string
	for _, v := range e.Values {
		names = append(names, v.Name)
	}
	consts := enumConstNames(m.enumScope[goType], goType, names)
	byValue := map[int64]string{}
	seen := map[int64]int{}
	for i, v := range e.Values {
		byValue[v.Value] = consts[i]
		seen[v.Value]++
	}
	for v, n := range seen {
		if n > 1 {
			delete(byValue, v)
		}
	}
	m.enumValueNames[goType] = byValue
}

// goClass is the Go type name of an engine class: its own name, with "Singleton" appended for the
// classes of engine singletons, whose plain name is the package variable holding the singleton.
func (m *classModel) goClass(name string) string {
	if m.singleton[name] {
		return name + "Singleton"
	}
	return name
}

// declare records a package-level name, failing on a clash.
func (m *classModel) declare(name, what string) error {
	if prev, ok := m.globals[name]; ok {
		return fmt.Errorf("godot: %s and %s are both named %s", prev, what, name)
	}
	m.globals[name] = what
	return nil
}

// gtype says how one engine type crosses a method call of the class API.
type gtype struct {
	param  string                            // Go parameter type
	result string                            // Go result type
	put    func(i int, name string) string   // statement writing argument i
	get    func(bind int) string             // expression calling and reading the result
	def    func(value string) (string, bool) // Go expression for a default value
	// A type that crosses as one 8-byte word (see godot/wordcall.go) also has:
	word     func(name string) string // the argument's word
	fromWord func(r string) string    // the result read from the word r
}

// wordMathTypes are the math types of 8 bytes, which cross a call as one word.
var wordMathTypes = map[string]bool{"Vector2": true, "Vector2i": true, "RID": true}

var packedGoTypes = map[string]string{"PackedByteArray": "variant.Packed[uint8]", "PackedInt32Array": "variant.Packed[int32]",
	"PackedInt64Array": "variant.Packed[int64]", "PackedFloat32Array": "variant.Packed[float32]",
	"PackedFloat64Array": "variant.Packed[float64]", "PackedVector2Array": "variant.Packed[variant.Vector2]",
	"PackedVector3Array": "variant.Packed[variant.Vector3]", "PackedVector4Array": "variant.Packed[variant.Vector4]",
	"PackedColorArray": "variant.Packed[variant.Color]", "PackedStringArray": "variant.PackedStrings"}

// elementGoType is the Go element type of a typed array of the engine type t.
func (m *classModel) elementGoType(t string) (string, bool) {
	switch t {
	case "int":
		return "int64", true
	case "float":
		return "float64", true
	case "bool":
		return "bool", true
	case "String":
		return "string", true
	case "StringName", "NodePath", "Callable", "Signal", "Dictionary":
		return "variant." + t, true
	case "Array":
		return "variant.Array[variant.Variant]", true
	case "Variant":
		return "variant.Variant", true
	}
	if isMathType[t] {
		return "variant." + t, true
	}
	if p, ok := packedGoTypes[t]; ok {
		return p, true
	}
	if _, ok := m.classes[t]; ok {
		return m.goClass(t), true
	}
	return "", false
}

func intGoType(meta string) string {
	switch meta {
	case "uint64":
		return "uint64"
	case "char32":
		return "rune"
	}
	return "int"
}

func floatGoType(meta string) string {
	if meta == "float" {
		return "float32"
	}
	return "float64"
}

func ownedGType(goType, vt string) gtype {
	return gtype{param: goType, result: goType,
		put: func(i int, n string) string { return fmt.Sprintf("c.owned(%d, %s)", i, n) },
		get: func(b int) string { return fmt.Sprintf("retOwned[%s](&c, %d, %s)", goType, b, vt) },
		def: func(v string) (string, bool) {
			switch {
			case v == "[]" || v == "{}" || strings.HasSuffix(v, "([])") || strings.HasSuffix(v, "()"):
				return goType + "{}", true
			}
			return "", false
		}}
}

// typeOf returns how the engine type t (with its meta) crosses a call, or false when the class API
// does not carry it (raw pointers).
func (m *classModel) typeOf(t, meta string) (gtype, bool) {
	switch {
	case t == "int":
		g := intGoType(meta)
		return gtype{param: g, result: g,
			put:      func(i int, n string) string { return fmt.Sprintf("c.int(%d, int64(%s))", i, n) },
			get:      func(b int) string { return fmt.Sprintf("%s(c.retInt(%d))", g, b) },
			def:      func(v string) (string, bool) { return intLiteral(v, g) },
			word:     func(n string) string { return fmt.Sprintf("uint64(int64(%s))", n) },
			fromWord: func(r string) string { return fmt.Sprintf("%s(int64(%s))", g, r) }}, true
	case t == "float":
		g := floatGoType(meta)
		return gtype{param: g, result: g,
			put:      func(i int, n string) string { return fmt.Sprintf("c.float(%d, float64(%s))", i, n) },
			get:      func(b int) string { return fmt.Sprintf("%s(c.retFloat(%d))", g, b) },
			def:      floatLiteral,
			word:     func(n string) string { return fmt.Sprintf("floatWord(float64(%s))", n) },
			fromWord: func(r string) string { return fmt.Sprintf("%s(wordFloat(%s))", g, r) }}, true
	case t == "bool":
		return gtype{param: "bool", result: "bool",
			put:      func(i int, n string) string { return fmt.Sprintf("c.bool(%d, %s)", i, n) },
			get:      func(b int) string { return fmt.Sprintf("c.retBool(%d)", b) },
			def:      func(v string) (string, bool) { return v, v == "true" || v == "false" },
			word:     func(n string) string { return fmt.Sprintf("boolWord(%s)", n) },
			fromWord: func(r string) string { return fmt.Sprintf("wordBool(%s)", r) }}, true
	case t == "String" || t == "StringName" || t == "NodePath":
		writer := map[string]string{"String": "string", "StringName": "stringName", "NodePath": "nodePath"}[t]
		return gtype{param: "string", result: "string",
			put: func(i int, n string) string { return fmt.Sprintf("c.%s(%d, %s)", writer, i, n) },
			get: func(b int) string { return fmt.Sprintf("c.ret%s(%d)", t, b) },
			def: stringLiteral}, true
	case t == "Variant":
		return gtype{param: "any", result: "variant.Variant",
			put: func(i int, n string) string { return fmt.Sprintf("c.variant(%d, %s)", i, n) },
			get: func(b int) string { return fmt.Sprintf("c.retVariant(%d)", b) },
			def: func(v string) (string, bool) {
				if v == "null" {
					return "nil", true
				}
				if x, ok := intLiteral(v, "int64"); ok {
					return x, true
				}
				if x, ok := floatLiteral(v); ok {
					return x, true
				}
				if v == "true" || v == "false" {
					return v, true
				}
				return stringLiteral(v)
			}}, true
	case isMathType[t]:
		g := "variant." + t
		gt := gtype{param: g, result: g,
			put: func(i int, n string) string {
				return fmt.Sprintf("c.value(%d, unsafe.Pointer(&%s), unsafe.Sizeof(%s))", i, n, n)
			},
			get: func(b int) string { return fmt.Sprintf("retValue[%s](&c, %d)", g, b) },
			def: func(v string) (string, bool) { return valueLiteral(t, v) }}
		if wordMathTypes[t] {
			gt.word = func(n string) string { return fmt.Sprintf("valueWord(%s)", n) }
			gt.fromWord = func(r string) string { return fmt.Sprintf("wordValue[%s](%s)", g, r) }
		}
		return gt, true
	case t == "Array":
		return ownedGType("variant.Array[variant.Variant]", "variant.TypeArray"), true
	case strings.HasPrefix(t, "typedarray::"):
		elem, ok := m.elementGoType(strings.TrimPrefix(t, "typedarray::"))
		if !ok {
			return gtype{}, false
		}
		return ownedGType("variant.Array["+elem+"]", "variant.TypeArray"), true
	case t == "Dictionary" || strings.HasPrefix(t, "typeddictionary::"):
		return ownedGType("variant.Dictionary", "variant.TypeDictionary"), true
	case t == "Callable" || t == "Signal":
		return ownedGType("variant."+t, "variant.Type"+t), true
	case packedGoTypes[t] != "":
		return ownedGType(packedGoTypes[t], "variant.Type"+t), true
	case strings.HasPrefix(t, "enum::") || strings.HasPrefix(t, "bitfield::"):
		name := t[strings.Index(t, "::")+2:]
		g, ok := m.enumTypes[name]
		if !ok {
			return gtype{}, false
		}
		result, get := g, func(b int) string { return fmt.Sprintf("%s(c.retInt(%d))", g, b) }
		fromWord := func(r string) string { return fmt.Sprintf("%s(int64(%s))", g, r) }
		if t == "enum::Error" {
			// The engine's Error result is a Go error: nil for OK, else the Error (errorOf).
			result, get = "error", func(b int) string { return fmt.Sprintf("errorOf(Error(c.retInt(%d)))", b) }
			fromWord = func(r string) string { return fmt.Sprintf("errorOf(Error(int64(%s)))", r) }
		}
		return gtype{param: g, result: result,
			put:      func(i int, n string) string { return fmt.Sprintf("c.int(%d, int64(%s))", i, n) },
			get:      get,
			word:     func(n string) string { return fmt.Sprintf("uint64(int64(%s))", n) },
			fromWord: fromWord,
			def: func(v string) (string, bool) {
				n, err := strconv.ParseInt(v, 10, 64)
				if err != nil {
					return "", false
				}
				if k, ok := m.enumValueNames[g][n]; ok {
					return k, true
				}
				return g + "(" + v + ")", true
			}}, true
	}
	if c, ok := m.classes[t]; ok {
		g := m.goClass(t)
		return gtype{param: "Any" + g, result: g,
			put: func(i int, n string) string { return fmt.Sprintf("c.object(%d, objectOf(%s))", i, n) },
			get: func(b int) string {
				return fmt.Sprintf("%s{c.retObject(%d, %v)}", g, b, m.isRefCounted(c.Name))
			},
			// An object result is one word (the object pointer); an argument is not made a word:
			// its Go handle must be kept alive and checked, which the frame path does.
			fromWord: func(r string) string { return fmt.Sprintf("%s{wordObject(%s, %v)}", g, r, m.isRefCounted(c.Name)) },
			def:      func(v string) (string, bool) { return "nil", v == "null" }}, true
	}
	return gtype{}, false
}

func (m *classModel) isRefCounted(class string) bool {
	for c := m.classes[class]; c != nil; c = m.classes[c.Inherits] {
		if c.Name == "RefCounted" {
			return true
		}
	}
	return false
}

func intLiteral(v, goType string) (string, bool) {
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return "", false
	}
	if goType == "uint64" && n < 0 {
		return "", false
	}
	return strconv.FormatInt(n, 10), true
}

func floatLiteral(v string) (string, bool) {
	if v == "inf" {
		return "math.Inf(1)", true
	}
	if _, err := strconv.ParseFloat(v, 64); err != nil {
		return "", false
	}
	return v, true
}

func stringLiteral(v string) (string, bool) {
	v = strings.TrimPrefix(v, "&")
	v = strings.TrimPrefix(v, "^")
	if strings.HasPrefix(v, "NodePath(") && strings.HasSuffix(v, ")") {
		v = v[len("NodePath(") : len(v)-1]
	}
	if len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' {
		return "", false
	}
	s, err := strconv.Unquote(v)
	if err != nil {
		return "", false
	}
	return strconv.Quote(s), true
}

var (
	numberList  = regexp.MustCompile(`^([A-Za-z0-9]+)\((.*)\)$`)
	mathTypeRef = regexp.MustCompile(`\b(Vector[234]i?|Rect2i?|Transform[23]D|Basis|Color|Quaternion|Plane|Projection)\{`)
)

// valueLiteral renders a math value type's default ("Vector2(0, 0)") as a Go composite literal of
// package variant, through the shapes of the builtin constants.
func valueLiteral(t, v string) (string, bool) {
	sub := numberList.FindStringSubmatch(v)
	if sub == nil || sub[1] != t {
		return "", false
	}
	if t == "RID" && strings.TrimSpace(sub[2]) == "" {
		return "variant.RID{}", true
	}
	shape, ok := constantShapes[t]
	if !ok {
		return "", false
	}
	var nums []string
	for _, s := range strings.Split(sub[2], ",") {
		s = strings.TrimSpace(s)
		if _, err := strconv.ParseFloat(s, 64); err != nil {
			return "", false
		}
		nums = append(nums, s)
	}
	if len(nums) != constantArity[t] {
		return "", false
	}
	return mathTypeRef.ReplaceAllString(shape(nums), "variant.$1{"), true
}

var usesVariant = regexp.MustCompile(`(?m)^[^/\n]*\bvariant\.[A-Z]`)

func article(word string) string {
	if strings.ContainsRune("AEIOU", rune(word[0])) {
		return "an"
	}
	return "a"
}

// methodDoc makes a method's doc comment start with its name, as Go's conventions want: an engine
// description that starts with a verb ("Adds a child…") reads on ("AddChild adds a child…").
func methodDoc(name string, doc []string) []string {
	if len(doc) == 0 {
		return doc
	}
	first := doc[0]
	word := first
	if i := strings.IndexByte(first, ' '); i > 0 {
		word = first[:i]
	}
	out := append([]string{}, doc...)
	if len(word) > 2 && strings.HasSuffix(word, "s") && word[0] >= 'A' && word[0] <= 'Z' && isLetters(word) {
		out[0] = name + " " + strings.ToLower(first[:1]) + first[1:]
	} else {
		out = append([]string{name + " calls the engine method described here.", ""}, doc...)
	}
	return out
}

func isLetters(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// goParamName is the Go name of an engine parameter: lowerCamel, and a name that Go or the
// generated code reserves (a keyword, a predeclared name, a package or local the code uses) becomes
// the word paramNames gives it ("type" -> "typ", "func" -> "callback").
func goParamName(name string, i int) string {
	n := lowerCamel(name)
	if n == "" {
		return fmt.Sprintf("arg%d", i)
	}
	if r, ok := paramNames[n]; ok {
		return r
	}
	if goKeywords[n] {
		return n + "Value"
	}
	return n
}

// enumConstNames are the Go names of an enum's values: the scope (the class, for a class enum) and
// the value's own name (NODE's PROCESS_MODE_INHERIT -> NodeProcessModeInherit, the global
// PROPERTY_USAGE_EDITOR -> PropertyUsageEditor). A global enum whose values share no prefix gets its
// own name in front (Orientation's VERTICAL -> OrientationVertical). The engine's Error is named as Go names errors
// (errorConstName: ERR_FILE_NOT_FOUND -> ErrFileNotFound, OK -> OK).
func enumConstNames(scope, goType string, values []string) []string {
	if scope == "" && goType == "Error" {
		out := make([]string, len(values))
		for i, v := range values {
			out[i] = errorConstName(v)
		}
		return out
	}
	prefix := scope
	if scope == "" && commonPrefix(values) == "" {
		prefix = goType
	}
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = prefix + camel(v)
	}
	return out
}

// commonPrefix is the longest prefix ending in "_" shared by all names (none for a single name).
func commonPrefix(names []string) string {
	if len(names) < 2 {
		return ""
	}
	p := names[0]
	for _, n := range names[1:] {
		for !strings.HasPrefix(n, p) {
			p = p[:len(p)-1]
		}
	}
	if i := strings.LastIndex(p, "_"); i >= 0 {
		return p[:i+1]
	}
	return ""
}

// BBCode of the engine's documentation to plain Go doc text.
var (
	bbRef       = regexp.MustCompile(`\[(?:param|member|method|constant|signal|enum|annotation|theme_item|operator|constructor) ([^\]]+)\]`)
	bbClass     = regexp.MustCompile(`\[([A-Z@][A-Za-z0-9_.]*)\]`)
	bbURL       = regexp.MustCompile(`\[url=[^\]]*\]([^\[]*)\[/url\]`)
	bbFormat    = regexp.MustCompile(`\[/?(?:b|i|u|s|code|kbd|center|color(?:=[^\]]*)?|font(?:=[^\]]*)?|font_size(?:=[^\]]*)?|url|img[^\]]*)\]`)
	bbCodeBlock = regexp.MustCompile(`(?s)\[codeblocks?\](.*?)\[/codeblocks?\]`)
	bbCsharp    = regexp.MustCompile(`(?s)\[csharp\].*?\[/csharp\]`)
	bbLang      = regexp.MustCompile(`\[/?(?:gdscript|codeblock)[^\]]*\]`)
)

// docText turns a description into Go doc lines; at most maxParas paragraphs (0: all).
func docText(s string, maxParas int) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	s = bbCodeBlock.ReplaceAllStringFunc(s, func(block string) string {
		block = bbCsharp.ReplaceAllString(block, "")
		block = bbLang.ReplaceAllString(block, "")
		block = strings.Trim(bbCodeBlock.FindStringSubmatch("[codeblock]" + block + "[/codeblock]")[1], "\n")
		var lines []string
		for _, l := range strings.Split(block, "\n") {
			lines = append(lines, "\t"+strings.TrimPrefix(l, "\t"))
		}
		return "\n\n" + strings.Join(lines, "\n") + "\n\n"
	})
	s = bbRef.ReplaceAllString(s, "$1")
	s = bbURL.ReplaceAllString(s, "$1")
	s = bbFormat.ReplaceAllString(s, "")
	s = bbClass.ReplaceAllString(s, "$1")
	s = strings.NewReplacer("[br]", "\n", "[lb]", "[", "[rb]", "]").Replace(s)
	var out []string
	paras := 0
	for _, p := range strings.Split(s, "\n") {
		p = strings.TrimRight(p, " ")
		if strings.TrimSpace(p) == "" {
			continue
		}
		if maxParas > 0 && paras == maxParas {
			break
		}
		if len(out) > 0 {
			out = append(out, "")
		}
		out = append(out, p)
		if !strings.HasPrefix(p, "\t") {
			paras++
		}
	}
	return out
}

// genClasses writes package godot's generated files.
func genClasses(api *apiFile) ([]*genFile, error) {
	m := newClassModel(api)
	var files []*genFile
	for _, name := range m.classOrder {
		if err := m.declare(m.goClass(name), "class "+name); err != nil {
			return nil, err
		}
		if err := m.declare("Any"+m.goClass(name), "interface of "+name); err != nil {
			return nil, err
		}
	}
	for _, s := range api.Singletons {
		if err := m.declare(s.Name, "singleton "+s.Name); err != nil {
			return nil, err
		}
	}
	enums, err := m.genGlobalEnums()
	if err != nil {
		return nil, err
	}
	files = append(files, enums)
	for _, name := range m.classOrder {
		f, err := m.genClass(m.classes[name])
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	files = append(files, m.genBinds(), m.genSingletons(), m.genNativeStructures(), m.genLayoutTest(), m.genSmokeTest(), m.genVirtuals())
	files = append(files, m.genBindTables(files))
	return files, nil
}

func (m *classModel) genEnum(g *genFile, goType string, e apiEnum, where string) error {
	if err := m.declare(goType, "enum "+where); err != nil {
		return err
	}
	kind := "enum"
	if e.IsBitfield {
		kind = "bitfield"
	}
	g.p("// %s is the engine's %s %s.", goType, kind, where)
	g.p("type %s int64\n", goType)
	var names []string
	for _, v := range e.Values {
		names = append(names, v.Name)
	}
	consts := enumConstNames(m.enumScope[goType], goType, names)
	g.p("const (")
	for i, v := range e.Values {
		if _, taken := m.globals[consts[i]]; taken {
			// The short name is taken (KeyModifierMask's KEY_MODIFIER_MASK): the type's name and
			// the value's own part.
			consts[i] = goType + camel(strings.TrimPrefix(v.Name, commonPrefix(names)))
		}
		if err := m.declare(consts[i], "value "+v.Name+" of "+where); err != nil {
			return err
		}
		if doc := docText(v.Description, 1); len(doc) > 0 {
			g.p("%s", comment(doc, "\t"))
		}
		g.p("%s %s = %d", consts[i], goType, v.Value)
	}
	g.p(")\n")
	if where == "Error" {
		// The engine's names of its errors, for Error.Error (error.go).
		g.p("var errorNames = map[Error]string{")
		for i, v := range e.Values {
			g.p("%s: %q,", consts[i], v.Name)
		}
		g.p("}\n")
	}
	return nil
}

func (m *classModel) genGlobalEnums() (*genFile, error) {
	g := newGoFile(godotDir + "/zglobal_enums.go")
	g.p("package godot\n")
	for _, e := range m.api.GlobalEnums {
		if strings.HasPrefix(e.Name, "Variant.") {
			continue
		}
		if err := m.genEnum(g, e.Name, e, e.Name); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// genClass writes one class: its type, interface, constructor, enums, constants, methods and
// signals.
func (m *classModel) genClass(c *apiClass) (*genFile, error) {
	g := newGoFile(godotDir + "/zclass_" + strings.ToLower(c.Name) + ".go")
	var body genFile
	gc := m.goClass(c.Name)
	doc := []string{fmt.Sprintf("%s is the engine's %s class.", gc, c.Name)}
	if c.BriefDescription != "" {
		doc = append(doc, "")
		doc = append(doc, docText(c.BriefDescription, 0)...)
	}
	if d := docText(c.Description, 3); len(d) > 0 {
		doc = append(doc, "")
		doc = append(doc, d...)
	}
	doc = append(doc, m.virtualsDoc(c)...)
	if c.Name != "Object" { // Object, AnyObject and AsObject are hand-written (object.go)
		body.p("%stype %s struct{ h *handle }\n", comment(doc, ""), gc)
		body.p("// Any%s is any value of class %s or of a class derived from it.", gc, c.Name)
		body.p("type Any%s interface {\n\tAnyObject\n\tAs%s() %s\n}\n", gc, gc, gc)
		body.p("func (%s) className() string { return %q }\n", gc, c.Name)
		// Upcasts to the class itself and to every ancestor. (Classes do not embed their parents:
		// Go would compile a wrapper for every inherited method of every class, 149,346 of them.)
		for a := c; a != nil; a = m.classes[a.Inherits] {
			ga := m.goClass(a.Name)
			body.p("// As%s returns the value as %s %s.", ga, article(ga), ga)
			body.p("func (o %s) As%s() %s { return %s{o.h} }\n", gc, ga, ga, ga)
		}
		body.p("// IsNull reports whether the value refers to no object (the zero value).")
		body.p("func (o %s) IsNull() bool { return o.h == nil }\n", gc)
		body.p("// IsAlive reports whether the value refers to an object that has not been freed.")
		body.p("func (o %s) IsAlive() bool { return Object{o.h}.IsAlive() }\n", gc)
		body.p("// InstanceID returns the engine's instance id of the object (0 for a null one).")
		body.p("func (o %s) InstanceID() uint64 { return Object{o.h}.InstanceID() }\n", gc)
		body.p("// String returns \"Class#id\", or \"<null>\".")
		body.p("func (o %s) String() string { return Object{o.h}.String() }\n", gc)
	}
	if c.IsInstantiable && !m.singleton[c.Name] {
		name := "New" + gc
		if err := m.declare(name, "constructor of "+c.Name); err != nil {
			return nil, err
		}
		body.p("// %s makes a new %s.", name, c.Name)
		body.p("func %s() %s { return %s{construct(%q, %v)} }\n", name, gc, gc, c.Name, m.isRefCounted(c.Name))
	}
	for _, e := range c.Enums {
		if err := m.genEnum(&body, c.Name+e.Name, e, c.Name+"."+e.Name); err != nil {
			return nil, err
		}
	}
	if len(c.Constants) > 0 {
		body.p("const (")
		for _, k := range c.Constants {
			name := gc + camel(k.Name)
			if err := m.declare(name, "constant "+c.Name+"."+k.Name); err != nil {
				return nil, err
			}
			if d := docText(k.Description, 1); len(d) > 0 {
				body.p("%s", comment(d, "\t"))
			}
			body.p("%s = %d", name, k.Value)
		}
		body.p(")\n")
	}
	used := map[string]bool{"String": true, "Free": true, "IsNull": true, "IsAlive": true, "InstanceID": true}
	for a := c; a != nil; a = m.classes[a.Inherits] {
		used["As"+m.goClass(a.Name)] = true
	}
	// A getter loses its Get unless the shorter name is one of these (getterName).
	m.taken = map[string]bool{}
	for n := range used {
		m.taken[n] = true
	}
	for _, meth := range c.Methods {
		if _, getter := strings.CutPrefix(meth.Name, "get_"); !getter && !meth.IsVirtual {
			m.taken[staticPrefix(meth.IsStatic)+camel(meth.Name)] = true
		}
	}
	for _, s := range c.Signals {
		m.taken["On"+camel(s.Name)] = true
	}
	for _, meth := range c.Methods {
		if meth.IsVirtual {
			continue
		}
		if c.Name == "Object" && meth.Name == "get_instance_id" {
			continue // Object.InstanceID, which works after the object is freed too
		}
		m.genMethod(&body, c, meth, used)
	}
	for _, s := range c.Signals {
		m.genSignal(&body, c, s.Name, s.Arguments, s.Description, used)
	}
	g.p("package godot\n")
	src := body.body.String()
	var imports []string
	if strings.Contains(src, "math.Inf(") {
		imports = append(imports, `"math"`)
	}
	if strings.Contains(src, "unsafe.Pointer(") {
		imports = append(imports, `"unsafe"`)
	}
	if usesVariant.MatchString(src) {
		imports = append(imports, "", `"github.com/gdpure/gdpure/variant"`)
	}
	if len(imports) > 0 {
		g.p("import (\n%s\n)\n", strings.Join(imports, "\n"))
	}
	g.body.WriteString(src)
	return g, nil
}

// staticPrefix keeps a static method's name apart from the instance methods' in classModel.taken.
func staticPrefix(static bool) string {
	if static {
		return "static "
	}
	return ""
}

// uniqueName returns name, or name with a suffix when the class already has a method so named.
func uniqueName(name string, used map[string]bool) string {
	for n := name; ; n += "_" {
		if !used[n] {
			used[n] = true
			return n
		}
	}
}

func (m *classModel) bind(class, method string, hash int64) int {
	m.binds = append(m.binds, bindEntry{class, method, hash})
	return len(m.binds) - 1
}

type methodParam struct {
	name string
	t    gtype
	def  string
	hasD bool
}

func (m *classModel) genMethod(g *genFile, c *apiClass, meth apiClassMethod, used map[string]bool) {
	gc := m.goClass(c.Name)
	var params []methodParam
	for i, a := range meth.Arguments {
		t, ok := m.typeOf(a.Type, a.Meta)
		if !ok {
			m.skipped = append(m.skipped, fmt.Sprintf("%s.%s: argument type %s", c.Name, meth.Name, a.Type))
			return
		}
		p := methodParam{name: goParamName(a.Name, i), t: t}
		if a.DefaultValue != nil {
			p.def, p.hasD = t.def(*a.DefaultValue)
		}
		params = append(params, p)
	}
	var rt gtype
	hasRet := meth.ReturnValue != nil
	if hasRet {
		var ok bool
		if rt, ok = m.typeOf(meth.ReturnValue.Type, meth.ReturnValue.Meta); !ok {
			m.skipped = append(m.skipped, fmt.Sprintf("%s.%s: result type %s", c.Name, meth.Name, meth.ReturnValue.Type))
			return
		}
	}
	b := m.bind(c.Name, meth.Name, meth.Hash)
	name := getterName(meth.Name, func(n string) bool { return m.taken[staticPrefix(meth.IsStatic)+n] })
	if meth.IsStatic {
		name = gc + name
	} else {
		name = uniqueName(name, used)
	}
	if meth.IsStatic {
		if err := m.declare(name, "static method "+c.Name+"."+meth.Name); err != nil {
			// A package-level name took the getter's shorter name: it keeps its Get.
			if full := gc + camel(meth.Name); full == name || m.declare(full, "static method "+c.Name+"."+meth.Name) != nil {
				m.skipped = append(m.skipped, err.Error())
				return
			} else {
				name = full
			}
		}
	}
	// Trailing parameters with usable defaults: the method without them uses the defaults, and
	// the …Options variant takes them all.
	firstDefault := len(params)
	for firstDefault > 0 && params[firstDefault-1].hasD {
		firstDefault--
	}
	doc := methodDoc(name, docText(meth.Description, 1))
	engineName := c.Name + "." + meth.Name
	if meth.IsVararg {
		m.genVarargMethod(g, gc, name, engineName, meth.IsStatic, params, b, doc)
		return
	}
	if firstDefault < len(params) {
		full := uniqueName(name+"Options", used)
		if meth.IsStatic {
			full = name + "Options"
			if err := m.declare(full, "static method "+engineName); err != nil {
				full = ""
			}
		}
		if full != "" {
			var defaults []string
			for _, p := range params[firstDefault:] {
				defaults = append(defaults, p.name+" = "+p.def)
			}
			short := append([]string{}, doc...)
			line := fmt.Sprintf("calls the engine's %s with %s; %s takes every argument.", engineName,
				strings.Join(defaults, ", "), full)
			if len(short) > 0 {
				short = append(short, "", "It "+line)
			} else {
				short = append(short, name+" "+line)
			}
			m.emitShortMethod(g, gc, name, full, meth.IsStatic, params, firstDefault, hasRet, rt, short)
			name = full
			doc = []string{fmt.Sprintf("%s is %s with every argument given.", full, strings.TrimSuffix(full, "Options"))}
		}
	}
	if len(doc) == 0 {
		doc = []string{fmt.Sprintf("%s calls the engine's %s.", name, engineName)}
	} else {
		doc = append(doc, "", fmt.Sprintf("Engine method: %s.", engineName))
	}
	m.emitMethod(g, gc, name, meth.IsStatic, params, hasRet, rt, b, doc)
}

func signature(params []methodParam) string {
	var ps []string
	for _, p := range params {
		ps = append(ps, p.name+" "+p.t.param)
	}
	return strings.Join(ps, ", ")
}

func (m *classModel) header(g *genFile, gc, name string, static bool, sig, result string, doc []string) {
	g.body.WriteString(comment(doc, ""))
	if static {
		g.p("func %s(%s) %s {", name, sig, result)
	} else {
		g.p("func (o %s) %s(%s) %s {", gc, name, sig, result)
	}
}

func (m *classModel) emitMethod(g *genFile, gc, name string, static bool, params []methodParam, hasRet bool, rt gtype, b int, doc []string) {
	result := ""
	if hasRet {
		result = rt.result
	}
	m.header(g, gc, name, static, signature(params), result, doc)
	if words, ok := wordArgs(params, hasRet, rt); ok && !static {
		call := fmt.Sprintf("Object{o.h}.wordCall(%d, %d, %s)", b, len(params), strings.Join(words, ", "))
		if hasRet {
			g.p("return %s", rt.fromWord(call))
		} else {
			g.p("%s", call)
		}
		g.p("}\n")
		return
	}
	g.p("var c call")
	if static {
		g.p("c.start(%d)", len(params))
	} else {
		g.p("c.begin(Object{o.h}, %d)", len(params))
	}
	for i, p := range params {
		g.p("%s", p.t.put(i, p.name))
	}
	if hasRet {
		g.p("return %s", rt.get(b))
	} else {
		g.p("c.run(%d)", b)
	}
	g.p("}\n")
}

// wordArgs returns the argument words of a call whose arguments (at most four) and result all
// cross as one word each, or false.
func wordArgs(params []methodParam, hasRet bool, rt gtype) ([]string, bool) {
	if len(params) > 4 || hasRet && rt.fromWord == nil {
		return nil, false
	}
	words := []string{"0", "0", "0", "0"}
	for i, p := range params {
		if p.t.word == nil {
			return nil, false
		}
		words[i] = p.t.word(p.name)
	}
	return words, true
}

func (m *classModel) emitShortMethod(g *genFile, gc, name, full string, static bool, params []methodParam, n int, hasRet bool, rt gtype, doc []string) {
	result := ""
	if hasRet {
		result = rt.result
	}
	m.header(g, gc, name, static, signature(params[:n]), result, doc)
	var args []string
	for i, p := range params {
		if i < n {
			args = append(args, p.name)
		} else {
			args = append(args, p.def)
		}
	}
	call := fmt.Sprintf("%s(%s)", full, strings.Join(args, ", "))
	if !static {
		call = "o." + call
	}
	if hasRet {
		g.p("return %s", call)
	} else {
		g.p("%s", call)
	}
	g.p("}\n")
}

func (m *classModel) genVarargMethod(g *genFile, gc, name, engineName string, static bool, params []methodParam, b int, doc []string) {
	if len(doc) == 0 {
		doc = []string{fmt.Sprintf("%s calls the engine's %s (a vararg method: it goes through the engine's Variant call path).", name, engineName)}
	}
	doc = append(doc, "", "A call error (a wrong argument for the method it calls, say) is returned as a *variant.CallError.")
	var ps []string
	var names []string
	for _, p := range params {
		ps = append(ps, p.name+" "+p.t.param)
		names = append(names, p.name)
	}
	ps = append(ps, "args ...any")
	m.header(g, gc, name, static, strings.Join(ps, ", "), "(variant.Variant, error)", doc)
	g.p("var c call")
	if static {
		g.p("c.start(0)")
	} else {
		g.p("c.begin(Object{o.h}, 0)")
	}
	if len(names) > 0 {
		g.p("return c.varcall(%d, []any{%s}, args)", b, strings.Join(names, ", "))
	} else {
		g.p("return c.varcall(%d, nil, args)", b)
	}
	g.p("}\n")
}

// genSignal writes OnName, which connects a Go function to the signal, typed by the signal's
// arguments.
func (m *classModel) genSignal(g *genFile, c *apiClass, name string, args []apiArg, description string, used map[string]bool) {
	gc := m.goClass(c.Name)
	var ps, types []string
	for i, a := range args {
		t, ok := m.typeOf(a.Type, a.Meta)
		if !ok {
			m.skipped = append(m.skipped, fmt.Sprintf("%s signal %s: argument type %s", c.Name, name, a.Type))
			return
		}
		typ := t.result
		if strings.HasPrefix(typ, "variant.Variant") && t.param == "any" {
			typ = "variant.Variant"
		}
		ps = append(ps, goParamName(a.Name, i)+" "+typ)
		types = append(types, typ)
	}
	method := uniqueName("On"+camel(name), used)
	doc := []string{fmt.Sprintf("%s connects fn to the signal %s: the engine calls fn with the signal's arguments each time it is emitted. Disconnect through the returned Connection.", method, name)}
	if d := docText(description, 1); len(d) > 0 {
		doc = append(doc, "", "The signal: "+d[0])
		doc = append(doc, d[1:]...)
	}
	g.body.WriteString(comment(doc, ""))
	typeArgs := ""
	if len(types) > 0 {
		typeArgs = "[" + strings.Join(types, ", ") + "]"
	}
	g.p("func (o %s) %s(fn func(%s), flags ...ObjectConnectFlags) Connection {", gc, method, strings.Join(ps, ", "))
	g.p("return connect%d%s(Object{o.h}, %q, fn, flags)", len(args), typeArgs, name)
	g.p("}\n")
}

func (m *classModel) genBinds() *genFile {
	g := newGoFile(godotDir + "/zbinds.go")
	g.p("package godot\n")
	g.p("// classNames are the engine classes, in the order the method binds refer to them.")
	g.p("var classNames = [...]string{")
	for _, n := range m.classOrder {
		g.p("%q,", n)
	}
	g.p("}\n")
	g.p("// classParents is the parent class of each of classNames (\"\" for Object).")
	g.p("var classParents = [...]string{")
	for _, n := range m.classOrder {
		g.p("%q,", m.classes[n].Inherits)
	}
	g.p("}\n")
	g.p("// classRefCounted says, for each of classNames, whether the class derives from RefCounted.")
	g.p("var classRefCounted = [...]bool{")
	for _, n := range m.classOrder {
		g.p("%v,", m.isRefCounted(n))
	}
	g.p("}\n")
	g.p("// bindInfos names every method of the class API: class, method and the hash the engine checks.")
	g.p("var bindInfos = [...]bindInfo{")
	for _, b := range m.binds {
		g.p("{%d, %q, %d},", m.classIndex[b.class], b.method, b.hash)
	}
	g.p("}\n")
	// The binds the hand-written runtime calls directly.
	g.p("const (")
	for _, want := range []struct{ name, class, method string }{
		{"bindRefCountedReference", "RefCounted", "reference"},
		{"bindRefCountedUnreference", "RefCounted", "unreference"},
		{"bindRefCountedInitRef", "RefCounted", "init_ref"},
		{"bindRefCountedGetReferenceCount", "RefCounted", "get_reference_count"},
		{"bindObjectConnect", "Object", "connect"},
		{"bindObjectDisconnect", "Object", "disconnect"},
		{"bindEngineHasSingleton", "Engine", "has_singleton"},
		{"bindObjectNotification", "Object", "notification"},
		{"bindObjectEmitSignal", "Object", "emit_signal"},
	} {
		for i, b := range m.binds {
			if b.class == want.class && b.method == want.method {
				g.p("%s = %d", want.name, i)
			}
		}
	}
	g.p(")\n")
	// What is not generated is said here, for a reader of the generated code; the class API has
	// no name for it (a C pointer argument has no Go type a plugin could pass).
	g.p("// The engine methods and signals the class API does not carry, and why:")
	g.p("//")
	for _, s := range m.skipped {
		g.p("//   - %s", s)
	}
	return g
}

func (m *classModel) genSingletons() *genFile {
	g := newGoFile(godotDir + "/zsingletons.go")
	g.p("package godot\n")
	g.p("// The engine's singletons. Each variable refers to its singleton from the initialization level")
	g.p("// at which the engine provides it (most before any scene exists; the editor's in the editor only).")
	g.p("var (")
	for _, s := range m.api.Singletons {
		g.p("// %s is the engine's %s singleton.", s.Name, s.Name)
		g.p("%s %s", s.Name, m.goClass(s.Type))
	}
	g.p(")\n")
	g.p("// singletonSlots lists the singletons for resolveSingletons.")
	g.p("var singletonSlots = [...]struct {")
	g.p("name string")
	g.p("slot **handle")
	g.p("editorOnly bool")
	g.p("}{")
	for _, s := range m.api.Singletons {
		g.p("{%q, &%s.h, %v},", s.Name, s.Name, m.classes[s.Type] != nil && m.classes[s.Type].APIType == "editor")
	}
	g.p("}")
	return g
}

// Native structures: Go structs in the C layout of the format strings the engine gives.

type nativeField struct {
	name, goType, cType string
	array               int
}

func (m *classModel) nativeFields(s apiNativeStructure) ([]nativeField, error) {
	var out []nativeField
	for _, decl := range strings.Split(s.Format, ";") {
		decl = strings.TrimSpace(decl)
		if i := strings.Index(decl, "="); i >= 0 {
			decl = strings.TrimSpace(decl[:i])
		}
		if decl == "" {
			continue
		}
		sp := strings.LastIndexAny(decl, " *")
		typ, name := strings.TrimSpace(decl[:sp+1]), decl[sp+1:]
		f := nativeField{name: camel(name)}
		if i := strings.Index(name, "["); i >= 0 {
			n, err := strconv.Atoi(strings.TrimSuffix(name[i+1:], "]"))
			if err != nil {
				return nil, fmt.Errorf("native structure %s: %s", s.Name, decl)
			}
			f.name, f.array = camel(name[:i]), n
		}
		switch {
		case strings.HasSuffix(typ, "*"):
			f.goType, f.cType = "uintptr", "void *"
		case strings.Contains(typ, "::"):
			f.goType, f.cType = "int32", "int" // a C++ enum
		default:
			b, ok := nativeBase[typ]
			if !ok {
				return nil, fmt.Errorf("native structure %s: unknown type %q", s.Name, typ)
			}
			f.goType, f.cType = b[0], b[1]
		}
		out = append(out, f)
	}
	return out, nil
}

func (m *classModel) genNativeStructures() *genFile {
	g := newGoFile(godotDir + "/znative_structures.go")
	g.p("package godot\n")
	g.p("import \"github.com/gdpure/gdpure/variant\"\n")
	for _, s := range m.api.NativeStructures {
		fields, err := m.nativeFields(s)
		if err != nil {
			m.skipped = append(m.skipped, err.Error())
			continue
		}
		g.p("// %s is the engine's native structure %s, in its C layout: %s.", s.Name, s.Name, s.Format)
		g.p("type %s struct {", s.Name)
		for _, f := range fields {
			if f.array > 0 {
				g.p("%s [%d]%s", f.name, f.array, f.goType)
			} else {
				g.p("%s %s", f.name, f.goType)
			}
		}
		g.p("}\n")
	}
	return g
}

// genLayoutTest writes the expected C layout of the native structures (computed by gcc in the
// test from the same declarations) and checks every class type is one pointer wide.
func (m *classModel) genLayoutTest() *genFile {
	// An external test package: a test file in package godot would make go test compile the whole
	// package a second time (40 s and 2.7 GB here) just to add it.
	g := newGoFile(godotDir + "/zlayout_test.go")
	g.p("package godot_test\n")
	g.p("import (\n\"unsafe\"\n\n\"github.com/gdpure/gdpure/godot\"\n)\n")
	g.p("// nativeStructureDecls are the native structures as C, for gcc.")
	g.p("var nativeStructureDecls = []struct {")
	g.p("name, c string")
	g.p("size uintptr")
	g.p("offsets []uintptr")
	g.p("}{")
	for _, s := range m.api.NativeStructures {
		fields, err := m.nativeFields(s)
		if err != nil {
			continue
		}
		var decls, offs []string
		for _, f := range fields {
			d := f.cType + " " + f.name
			if f.array > 0 {
				d += fmt.Sprintf("[%d]", f.array)
			}
			decls = append(decls, d+";")
			offs = append(offs, fmt.Sprintf("unsafe.Offsetof(godot.%s{}.%s)", s.Name, f.name))
		}
		g.p("{%q, %q, unsafe.Sizeof(godot.%s{}), []uintptr{%s}},", s.Name, "struct "+s.Name+" { "+strings.Join(decls, " ")+" };",
			s.Name, strings.Join(offs, ", "))
	}
	g.p("}\n")
	nv := 0
	for _, n := range m.classOrder {
		c := m.classes[n]
		for _, meth := range c.Methods {
			if _, ok := m.virtualOf(c, meth); ok && meth.IsVirtual {
				nv++
			}
		}
	}
	g.p("// virtualCount is the number of engine virtuals a Go class can implement (godot's table of them).")
	g.p("const virtualCount = %d\n", nv)
	g.p("// classSizes is the size of every class type (one handle pointer each), by engine class name.")
	g.p("var classSizes = []struct {")
	g.p("name string")
	g.p("size uintptr")
	g.p("}{")
	for _, n := range m.classOrder {
		g.p("{%q, unsafe.Sizeof(godot.%s{})},", n, m.goClass(n))
	}
	g.p("}")
	return g
}

func (m *classModel) derivesFromSingleton(c *apiClass) bool {
	for a := m.classes[c.Inherits]; a != nil; a = m.classes[a.Inherits] {
		if m.singleton[a.Name] {
			return true
		}
	}
	return false
}

// genSmokeTest writes the table of the generated in-engine smoke test (internal/enginetest): every
// instantiable class with its constructor, and every singleton.
func (m *classModel) genSmokeTest() *genFile {
	g := newGoFile("internal/enginetest/zclass_smoke.go")
	g.p("package main\n")
	g.p("import \"github.com/gdpure/gdpure/godot\"\n")
	g.p("// instantiableClasses are the engine classes Go can make, with their constructors. Subclasses of")
	g.p("// singleton classes (PhysicsServer2DExtension, …) are left out: making one replaces the engine's")
	g.p("// singleton, and freeing it would leave the engine without one.")
	g.p("var instantiableClasses = []struct {")
	g.p("name string")
	g.p("make func() godot.Object")
	g.p("refCounted, editor bool")
	g.p("}{")
	for _, n := range m.classOrder {
		c := m.classes[n]
		if !c.IsInstantiable || m.singleton[n] || m.derivesFromSingleton(c) {
			continue
		}
		g.p("{%q, func() godot.Object { return godot.New%s().AsObject() }, %v, %v},", n, m.goClass(n), m.isRefCounted(n), c.APIType == "editor")
	}
	g.p("}\n")
	g.p("// engineSingletons are the engine's singletons as Go reaches them.")
	g.p("var engineSingletons = []struct {")
	g.p("name string")
	g.p("get func() godot.Object")
	g.p("editor bool")
	g.p("}{")
	for _, s := range m.api.Singletons {
		g.p("{%q, func() godot.Object { return godot.%s.AsObject() }, %v},", s.Name, s.Name, m.classes[s.Type].APIType == "editor")
	}
	g.p("}")
	return g
}

// Virtual methods: the engine calls them on classes defined by extensions. For each, a Go method
// name and signature, and an adapter that calls a Go class's method of that name and signature
// with the engine's ptrcall arguments (package classdb registers Go classes with them).

// vtype says how one engine type crosses into a virtual method (an argument read from the
// engine's ptrcall arguments) and back (the result written to its initialized result slot).
type vtype struct {
	goType string
	read   func(i int) string       // expression reading argument i from args
	write  func(expr string) string // statement writing the result expr to ret
}

func (m *classModel) virtualTypeOf(t, meta string) (vtype, bool) {
	gt, ok := m.typeOf(t, meta)
	if !ok {
		return vtype{}, false
	}
	switch {
	case t == "int" || strings.HasPrefix(t, "enum::") || strings.HasPrefix(t, "bitfield::"):
		return vtype{gt.param, func(i int) string { return fmt.Sprintf("%s(vInt(args, %d))", gt.param, i) },
			func(e string) string { return fmt.Sprintf("wInt(ret, int64(%s))", e) }}, true
	case t == "float":
		return vtype{gt.param, func(i int) string { return fmt.Sprintf("%s(vFloat(args, %d))", gt.param, i) },
			func(e string) string { return fmt.Sprintf("wFloat(ret, float64(%s))", e) }}, true
	case t == "bool":
		return vtype{"bool", func(i int) string { return fmt.Sprintf("vBool(args, %d)", i) },
			func(e string) string { return fmt.Sprintf("wBool(ret, %s)", e) }}, true
	case t == "String" || t == "StringName" || t == "NodePath":
		return vtype{"string", func(i int) string { return fmt.Sprintf("v%s(args, %d)", t, i) },
			func(e string) string { return fmt.Sprintf("w%s(ret, %s)", t, e) }}, true
	case t == "Variant":
		return vtype{"variant.Variant", func(i int) string { return fmt.Sprintf("vVariant(args, %d)", i) },
			func(e string) string { return fmt.Sprintf("wVariant(ret, %s)", e) }}, true
	case isMathType[t]:
		return vtype{gt.param, func(i int) string { return fmt.Sprintf("vValue[%s](args, %d)", gt.param, i) },
			func(e string) string { return fmt.Sprintf("wValue(ret, %s)", e) }}, true
	case m.classes[t] != nil:
		g := m.goClass(t)
		return vtype{g, func(i int) string { return fmt.Sprintf("%s{vObject(args, %d)}", g, i) },
			func(e string) string { return fmt.Sprintf("wObject(ret, %s.AsObject(), %v)", e, m.isRefCounted(t)) }}, true
	default: // Array, Dictionary, Callable, Signal, packed arrays: engine-owned values
		return vtype{gt.param, func(i int) string { return fmt.Sprintf("vOwned[%s](args, %d)", gt.param, i) },
			func(e string) string { return fmt.Sprintf("wOwned(ret, %s)", e) }}, true
	}
}

// A carriedVirtual is an engine virtual method offered to Go: its Go method name and signature,
// the named interface a Go class implements it through, and the adapter's body.
type carriedVirtual struct {
	goName, sig, iface, body string
}

// virtualOf is the Go shape of the virtual meth of class c, or false when one of its types does not
// cross (a raw pointer).
func (m *classModel) virtualOf(c *apiClass, meth apiClassMethod) (carriedVirtual, bool) {
	var ps, reads []string
	for i, a := range meth.Arguments {
		vt, ok := m.virtualTypeOf(a.Type, a.Meta)
		if !ok {
			return carriedVirtual{}, false
		}
		ps = append(ps, goParamName(a.Name, i)+" "+vt.goType)
		reads = append(reads, vt.read(i))
	}
	var rt vtype
	if meth.ReturnValue != nil {
		var ok bool
		if rt, ok = m.virtualTypeOf(meth.ReturnValue.Type, meth.ReturnValue.Meta); !ok {
			return carriedVirtual{}, false
		}
	}
	v := carriedVirtual{goName: camel(strings.TrimPrefix(meth.Name, "_"))}
	v.sig = v.goName + "(" + strings.Join(ps, ", ") + ")"
	if meth.ReturnValue != nil {
		v.sig += " " + rt.goType
	}
	v.iface = m.goClass(c.Name) + "Virtual" + v.goName
	v.body = fmt.Sprintf("x.(%s).%s(%s)", v.iface, v.goName, strings.Join(reads, ", "))
	if meth.ReturnValue != nil {
		v.body = rt.write(v.body)
	}
	return v, true
}

// virtualsDoc is the paragraph of a class's doc comment listing the virtuals a Go class extending
// it can implement.
func (m *classModel) virtualsDoc(c *apiClass) []string {
	var sigs []string
	for _, meth := range c.Methods {
		if v, ok := m.virtualOf(c, meth); ok && meth.IsVirtual {
			sigs = append(sigs, "  - "+v.sig+" (the engine's "+meth.Name+"; "+v.iface+")")
		}
	}
	if len(sigs) == 0 {
		return nil
	}
	return append([]string{"", "The virtual methods a Go class extending " + c.Name + " can implement, each named by an interface for a compile-time check (var _ godot." +
		m.goClass(c.Name) + "Virtual… = (*MyClass)(nil)); the engine calls them:", ""}, sigs...)
}

func (m *classModel) genVirtuals() *genFile {
	g := newGoFile(godotDir + "/zvirtuals.go")
	g.p("package godot\n")
	g.p("import (")
	g.p("\"reflect\"\n")
	g.p("\"github.com/gdpure/gdpure/internal/classhook\"")
	g.p("\"github.com/gdpure/gdpure/variant\"")
	g.p(")\n")
	var table, ifaces genFile
	skipped := 0
	for _, n := range m.classOrder {
		c := m.classes[n]
		for _, meth := range c.Methods {
			if !meth.IsVirtual {
				continue
			}
			v, ok := m.virtualOf(c, meth)
			if !ok {
				skipped++
				continue
			}
			if err := m.declare(v.iface, "the interface of virtual "+c.Name+"."+meth.Name); err != nil {
				panic(err) // a name of the generated API is taken twice: fix the naming rule
			}
			doc := []string{fmt.Sprintf("%s is implemented by a Go class extending %s that implements the engine's virtual %s.%s: "+
				"the engine calls its %s.", v.iface, c.Name, c.Name, meth.Name, v.goName)}
			if d := docText(meth.Description, 1); len(d) > 0 {
				doc = append(append(doc, ""), d...)
			}
			m.virtualGoNames[m.goClass(c.Name)] = append(m.virtualGoNames[m.goClass(c.Name)], v.goName)
			ifaces.body.WriteString(comment(doc, ""))
			ifaces.p("type %s interface{ %s }\n", v.iface, v.sig)
			table.p("{Class: %q, Name: %q, Hash: %d, GoName: %q, GoSignature: %q, Interface: reflect.TypeOf((*%s)(nil)).Elem(), Signature: reflect.TypeOf((func%s)(nil)), Call: func(x any, args, ret uintptr) { %s }},",
				c.Name, meth.Name, meth.Hash, v.goName, v.sig, v.iface, strings.TrimPrefix(v.sig, v.goName), v.body)
		}
	}
	g.body.WriteString(ifaces.body.String())
	g.p("// virtuals are the engine's virtual methods a Go class can implement: class, engine name and")
	g.p("// hash, the Go method, and the adapter calling it with the engine's ptrcall arguments.")
	g.p("var virtuals = [...]classhook.Virtual{")
	g.body.WriteString(table.body.String())
	g.p("}\n")
	g.p("// virtualsNotCarried is the number of engine virtuals with raw-pointer arguments, not offered to Go.")
	g.p("const virtualsNotCarried = %d", skipped)
	return g
}

// genBindTables writes the tables gdgen bind reads (cmd/gdgen/zbindtables.go): each class's parent
// and the Go names of its virtuals, by Go class name, so that bind leaves out the methods package
// classdb calls as virtuals (it runs in a plugin's project, without the API files); and the Go
// methods of each class's type (read from the generated class files, and handwrittenMethods), so
// that bind lists no method a class's engine type hides. Call it after genVirtuals.
func (m *classModel) genBindTables(files []*genFile) *genFile {
	g := newGoFile("cmd/gdgen/zbindtables.go")
	g.p("package main\n")
	g.p("// engineParents is the parent of each engine class that has virtuals or is an ancestor of one")
	g.p("// that has, by Go name (\"\" for Object).")
	g.p("var engineParents = map[string]string{")
	need := map[string]bool{}
	for _, n := range m.classOrder {
		if len(m.virtualGoNames[m.goClass(n)]) == 0 {
			continue
		}
		for c := m.classes[n]; c != nil; c = m.classes[c.Inherits] {
			need[c.Name] = true
		}
	}
	for _, n := range m.classOrder {
		if need[n] {
			parent := ""
			if p := m.classes[n].Inherits; p != "" {
				parent = m.goClass(p)
			}
			g.p("%q: %q,", m.goClass(n), parent)
		}
	}
	g.p("}\n")
	methods := map[string][]string{}
	for class, names := range handwrittenMethods {
		methods[class] = append(methods[class], names...)
	}
	for _, f := range files {
		if !strings.HasPrefix(f.path, "godot/zclass_") {
			continue
		}
		for _, sm := range goMethodDecl.FindAllStringSubmatch(f.body.String(), -1) {
			methods[sm[1]] = append(methods[sm[1]], sm[2])
		}
	}
	g.p("// engineMethods lists the Go methods of each engine class's Go type (space-separated), by Go")
	g.p("// class name: a mixin's method of the same name is not promoted into a class embedding it.")
	g.p("var engineMethods = map[string]string{")
	for _, n := range m.classOrder {
		names := methods[m.goClass(n)]
		sort.Strings(names)
		g.p("%q: %q,", m.goClass(n), strings.Join(names, " "))
	}
	g.p("}\n")
	g.p("// engineVirtuals lists the Go names of the virtuals each engine class declares (not those of")
	g.p("// its ancestors), by Go class name.")
	g.p("var engineVirtuals = map[string][]string{")
	for _, n := range m.classOrder {
		if names := m.virtualGoNames[m.goClass(n)]; len(names) > 0 {
			g.p("%q: {%s},", m.goClass(n), quoteAll(names))
		}
	}
	g.p("}")
	return g
}

// goMethodDecl matches a method of a generated class type: its receiver's type and its name.
var goMethodDecl = regexp.MustCompile(`(?m)^func \(o (\w+)\) (\w+)\(`)

// handwrittenMethods are the exported methods package godot declares by hand on class types
// (object.go, node.go, signal.go, …); TestHandwrittenMethods keeps the list true.
var handwrittenMethods = map[string][]string{
	"Object": {"AsObject", "ConnectCallable", "ConnectFunc", "Emit", "Free", "InstanceID", "IsAlive", "IsNull", "String"},
	"Node":   {"AllChildren"},
}

// quoteAll returns the Go literals of ss, comma-separated.
func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}
