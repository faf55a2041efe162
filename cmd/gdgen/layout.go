package main

// genLayout writes the table the struct layout test (internal/gdi/layout_test.go) checks against
// the engine's C header: for every type of the interface its Go size and alignment, and for every
// struct member its Go offset and size, each next to the C names it must match. gdgen writes the
// unsafe.Sizeof/Offsetof expressions as text; the compiler evaluates them, so the table always
// describes the Go types as they really are laid out (and reflect names the real Go types in a
// failure report, not the ones gdgen meant to write).
func genLayout(f *ifaceFile, r *resolver) *genFile {
	g := newGoFile(gdiDir + "/zlayout_test.go")
	g.p("package gdi\n")
	g.p("import (\n\"reflect\"\n\"unsafe\"\n)\n")
	g.p("// layoutTypes lists the %d types of gdextension_interface.json with the Go layout of each,", len(f.Types))
	g.p("// and of each struct every member, in declaration order.")
	g.p("var layoutTypes = []layoutType{")
	for _, t := range f.Types {
		name := goTypeName(t.Name)
		zero := name + "(0)"
		if t.Kind == "struct" || (t.Kind == "alias" && isStruct(r, t.Type)) {
			zero = name + "{}"
		}
		g.p("{")
		g.p("c: %q, kind: %q, goName: %q,", t.Name, t.Kind, name)
		g.p("typ: reflect.TypeFor[%s](), size: unsafe.Sizeof(%s), align: unsafe.Alignof(%s),", name, zero, zero)
		if t.Kind == "struct" {
			g.p("fields: []layoutField{")
			for _, m := range t.Members {
				sel := zero + "." + plainCamel(m.Name)
				g.p("{c: %q, cType: %q, goName: %q, offset: unsafe.Offsetof(%s), size: unsafe.Sizeof(%s)},",
					m.Name, m.Type, plainCamel(m.Name), sel, sel)
			}
			g.p("},")
		}
		g.p("},")
	}
	g.p("}")
	return g
}

// isStruct reports whether the C type c names a struct of the interface.
func isStruct(r *resolver, c string) bool {
	t, ok := r.byName[c]
	return ok && t.Kind == "struct"
}
