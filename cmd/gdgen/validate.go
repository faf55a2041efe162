package main

import (
	"fmt"
	"regexp"
	"strings"
)

// validateAPI checks what the generators take for granted of extension_api.json, so that a
// malformed file is an error naming the place, never a panic: names are identifiers, types are
// type names in the file's forms ("int", "Node", "enum::Node.ProcessMode", "bitfield::Flags",
// "typedarray::Node", "typeddictionary::StringName;Variant", "const void*", "AudioFrame*"),
// class names are unique, each parent class exists, and the inheritance has no cycle.
func validateAPI(f *apiFile) error {
	for _, b := range f.BuiltinClasses {
		if err := isName("builtin class", b.Name); err != nil {
			return err
		}
		for _, m := range b.Methods {
			where := b.Name + "." + m.Name
			if err := isName("method of "+b.Name, m.Name); err != nil {
				return err
			}
			if m.ReturnType != "" {
				if err := isType(where, m.ReturnType); err != nil {
					return err
				}
			}
			for _, a := range m.Arguments {
				if err := isArg(where, a.Name, a.Type); err != nil {
					return err
				}
			}
		}
		for _, o := range b.Operators {
			if o.RightType != "" {
				if err := isType(b.Name+" operator "+o.Name, o.RightType); err != nil {
					return err
				}
			}
			if err := isType(b.Name+" operator "+o.Name, o.ReturnType); err != nil {
				return err
			}
		}
		for _, c := range b.Constants {
			if err := isName("constant of "+b.Name, c.Name); err != nil {
				return err
			}
			if err := isType(b.Name+"."+c.Name, c.Type); err != nil {
				return err
			}
		}
	}
	for _, u := range f.UtilityFunctions {
		if err := isName("utility function", u.Name); err != nil {
			return err
		}
		if u.ReturnType != "" {
			if err := isType(u.Name, u.ReturnType); err != nil {
				return err
			}
		}
		for _, a := range u.Arguments {
			if err := isArg(u.Name, a.Name, a.Type); err != nil {
				return err
			}
		}
	}
	classes := map[string]*apiClass{}
	for i := range f.Classes {
		c := &f.Classes[i]
		if err := isName("class", c.Name); err != nil {
			return err
		}
		if classes[c.Name] != nil {
			return fmt.Errorf("class %s is declared twice", c.Name)
		}
		classes[c.Name] = c
		for _, k := range c.Constants {
			if err := isName("constant of "+c.Name, k.Name); err != nil {
				return err
			}
		}
		for _, e := range c.Enums {
			if err := isEnum(c.Name, e); err != nil {
				return err
			}
		}
		for _, m := range c.Methods {
			where := c.Name + "." + m.Name
			if err := isName("method of "+c.Name, m.Name); err != nil {
				return err
			}
			if m.ReturnValue != nil {
				if err := isType(where, m.ReturnValue.Type); err != nil {
					return err
				}
			}
			for _, a := range m.Arguments {
				if err := isArg(where, a.Name, a.Type); err != nil {
					return err
				}
			}
		}
		for _, s := range c.Signals {
			if err := isName("signal of "+c.Name, s.Name); err != nil {
				return err
			}
			for _, a := range s.Arguments {
				if err := isArg(c.Name+"."+s.Name, a.Name, a.Type); err != nil {
					return err
				}
			}
		}
	}
	for _, c := range f.Classes {
		seen := map[string]bool{}
		for a := &c; a.Inherits != ""; {
			if seen[a.Name] {
				return fmt.Errorf("class %s inherits from itself (through %s)", c.Name, a.Name)
			}
			seen[a.Name] = true
			p := classes[a.Inherits]
			if p == nil {
				return fmt.Errorf("class %s inherits from %q, which the file does not declare", a.Name, a.Inherits)
			}
			a = p
		}
	}
	for _, s := range f.Singletons {
		if err := isName("singleton", s.Name); err != nil {
			return err
		}
		if classes[s.Type] == nil {
			return fmt.Errorf("singleton %s is of class %q, which the file does not declare", s.Name, s.Type)
		}
	}
	for _, n := range f.NativeStructures {
		if err := isName("native structure", n.Name); err != nil {
			return err
		}
	}
	for _, e := range f.GlobalEnums {
		if err := isEnum("", e); err != nil {
			return err
		}
	}
	return nil
}

var (
	identifier = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	typeName   = regexp.MustCompile(`^(const )?(enum::|bitfield::|typedarray::)?[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?( ?\*+)?$`)
	dictType   = regexp.MustCompile(`^typeddictionary::[A-Za-z_][A-Za-z0-9_.]*;[A-Za-z_][A-Za-z0-9_.]*$`)
)

func isName(what, name string) error {
	if !identifier.MatchString(name) {
		return fmt.Errorf("%s %q is not a name", what, name)
	}
	return nil
}

func isType(where, t string) error {
	if !typeName.MatchString(t) && !dictType.MatchString(t) {
		return fmt.Errorf("%s: %q is not a type", where, t)
	}
	return nil
}

func isArg(where, name, t string) error {
	if err := isName("argument of "+where, name); err != nil {
		return err
	}
	return isType(where+"("+name+")", t)
}

// isEnum checks an enum of class (or a global one, class ""): its name may be dotted
// ("Variant.Type") for a global enum.
func isEnum(class string, e apiEnum) error {
	name := e.Name
	if class == "" {
		name = strings.ReplaceAll(name, ".", "_")
	}
	if err := isName("enum of "+class, name); err != nil {
		return err
	}
	for _, v := range e.Values {
		if err := isName("value of enum "+e.Name, v.Name); err != nil {
			return err
		}
	}
	return nil
}
