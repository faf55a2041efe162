package classdb

import (
	"encoding/xml"
	"fmt"
	"reflect"
	"runtime/debug"
	"strings"
	"sync"
	"unsafe"

	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/faults"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/variantplumb"
	"github.com/gdpure/gdpure/variant"
)

// The Object-level callbacks of Go classes: notifications, text form, dynamic properties.

// hookPanic reports a panic of a hook with its Go stack; the engine goes on.
func hookPanic(inst *instance, what string) {
	if r := recover(); r != nil {
		gdi.PanicHook(fmt.Sprintf("%s.%s of Go class %s (%s)", inst.class.goType, what, inst.class.name, inst.class.goType), r, debug.Stack())
	}
}

// notification delivers a notification to every Go class of the instance's chain that declares
// Notification, in the engine's order: the base class first, or the most derived first when the
// engine sends it reversed (NOTIFICATION_PREDELETE, say).
func notification(h gdi.ClassInstancePtr, what int32, reversed gdi.Bool) {
	inst := lookupInstance(h)
	if inst == nil || !inst.class.hooks.notification {
		return
	}
	defer hookPanic(inst, "Notification")
	chain := inst.class.notifiers
	if len(chain) <= 1 {
		inst.value.(Notifier).Notification(int(what))
		return
	}
	for i := range chain {
		k := chain[i]
		if reversed != 0 {
			k = chain[len(chain)-1-i]
		}
		reflect.NewAt(k.t, unsafe.Add(inst.ptr, k.offset)).Interface().(Notifier).Notification(int(what))
	}
}

func toStringHook(h gdi.ClassInstancePtr, rIsValid uintptr, rOut gdi.StringPtr) {
	inst := lookupInstance(h)
	if inst == nil {
		return
	}
	defer hookPanic(inst, "String")
	s := inst.value.(Stringer).String()
	variantplumb.DestroyString(rOut)
	variantplumb.NewStringAt(gdi.UninitializedStringPtr(rOut), s)
	*(*gdi.Bool)(gdi.CPtr(rIsValid)) = 1
}

func getHook(h gdi.ClassInstancePtr, name gdi.ConstStringNamePtr, ret gdi.VariantPtr) gdi.Bool {
	inst := lookupInstance(h)
	if inst == nil {
		return 0
	}
	defer hookPanic(inst, "Get")
	v, ok := inst.value.(Getter).Get(variantplumb.StringNameAt(name))
	return replaceResult(ret, v, ok)
}

func setHook(h gdi.ClassInstancePtr, name gdi.ConstStringNamePtr, value gdi.ConstVariantPtr) gdi.Bool {
	inst := lookupInstance(h)
	if inst == nil {
		return 0
	}
	defer hookPanic(inst, "Set")
	if inst.value.(Setter).Set(variantplumb.StringNameAt(name), variantplumb.CopyVariant(value)) {
		return 1
	}
	return 0
}

func canRevertHook(h gdi.ClassInstancePtr, name gdi.ConstStringNamePtr) gdi.Bool {
	inst := lookupInstance(h)
	if inst == nil {
		return 0
	}
	defer hookPanic(inst, "PropertyCanRevert")
	if inst.value.(Reverter).PropertyCanRevert(variantplumb.StringNameAt(name)) {
		return 1
	}
	return 0
}

func getRevertHook(h gdi.ClassInstancePtr, name gdi.ConstStringNamePtr, ret gdi.VariantPtr) gdi.Bool {
	inst := lookupInstance(h)
	if inst == nil {
		return 0
	}
	defer hookPanic(inst, "PropertyGetRevert")
	v, ok := inst.value.(Reverter).PropertyGetRevert(variantplumb.StringNameAt(name))
	return replaceResult(ret, v, ok)
}

// replaceResult writes a hook's answer: when ok, v replaces the Variant in the engine's result slot
// ret (an initialized Variant the engine owns for the call) and the hook reports true.
func replaceResult(ret gdi.VariantPtr, v variant.Variant, ok bool) gdi.Bool {
	if !ok {
		return 0
	}
	gdi.VariantDestroy(ret)
	variantplumb.WriteVariant(v, gdi.UninitializedVariantPtr(ret))
	return 1
}

// validateHook lets the Go class adjust a property's description (its hint, usage, …) in place.
func validateHook(h gdi.ClassInstancePtr, p uintptr) gdi.Bool {
	inst := lookupInstance(h)
	if inst == nil {
		return 0
	}
	defer hookPanic(inst, "ValidateProperty")
	pi := (*gdi.PropertyInfo)(gdi.CPtr(p))
	in := PropertyInfo{Name: variantplumb.StringNameAt(gdi.ConstStringNamePtr(pi.Name)), Type: variant.Type(pi.Type),
		ClassName: variantplumb.StringNameAt(gdi.ConstStringNamePtr(pi.ClassName)), Hint: godot.PropertyHint(pi.Hint),
		HintString: variantplumb.StringAt(gdi.ConstStringPtr(pi.HintString)), Usage: godot.PropertyUsageFlags(pi.Usage)}
	out := in
	inst.value.(PropertyValidator).ValidateProperty(&out)
	pi.Type, pi.Hint, pi.Usage = gdi.VariantType(out.Type), uint32(out.Hint), uint32(out.Usage)
	if out.HintString != in.HintString {
		variantplumb.DestroyString(pi.HintString)
		variantplumb.NewStringAt(gdi.UninitializedStringPtr(pi.HintString), out.HintString)
	}
	return 1
}

// Dynamic property lists: built in C memory owned by an OwnerPropertyList owner, released when the
// engine calls free_property_list with the list.
var propertyLists struct {
	mu     sync.Mutex
	owners map[uintptr]*propertyList
}

type propertyList struct {
	owner *engine.Owner
	frame *engine.Frame // the StringNames and Strings of the list, destroyed with it
}

func getPropertyList(h gdi.ClassInstancePtr, rCount uintptr) uintptr {
	*(*uint32)(gdi.CPtr(rCount)) = 0
	inst := lookupInstance(h)
	if inst == nil {
		return 0
	}
	defer hookPanic(inst, "PropertyList")
	props := inst.value.(PropertyLister).PropertyList()
	if len(props) == 0 {
		return 0
	}
	pl := &propertyList{owner: engine.NewOwner(engine.OwnerPropertyList), frame: engine.AcquireFrame()}
	size := unsafe.Sizeof(gdi.PropertyInfo{})
	list := pl.owner.Alloc(size * uintptr(len(props)))
	for i, p := range props {
		pi := (*gdi.PropertyInfo)(gdi.CPtr(list + uintptr(i)*size))
		pi.Type = gdi.VariantType(p.Type)
		pi.Name = gdi.StringNamePtr(pl.frame.StringName(p.Name))
		pi.ClassName = gdi.StringNamePtr(pl.owner.Alloc(8))
		if p.ClassName != "" {
			pi.ClassName = gdi.StringNamePtr(pl.frame.StringName(p.ClassName))
		}
		pi.Hint = uint32(p.Hint)
		pi.HintString = gdi.StringPtr(pl.owner.Alloc(8))
		if p.HintString != "" {
			variantplumb.NewStringAt(gdi.UninitializedStringPtr(pi.HintString), p.HintString)
			pl.frame.DestroyOnRelease(uintptr(pi.HintString), stringDestructor)
		}
		pi.Usage = uint32(p.Usage)
		if p.Usage == 0 {
			pi.Usage = uint32(godot.PropertyUsageDefault)
		}
	}
	*(*uint32)(gdi.CPtr(rCount)) = uint32(len(props))
	if faults.EarlyFreePropertyList {
		pl.release() // the planted bug: the engine reads freed memory
		return list
	}
	propertyLists.mu.Lock()
	if propertyLists.owners == nil {
		propertyLists.owners = map[uintptr]*propertyList{}
	}
	propertyLists.owners[list] = pl
	propertyLists.mu.Unlock()
	return list
}

func (pl *propertyList) release() {
	pl.frame.Release()
	pl.owner.Release()
}

// freePropertyList ends the engine's contract for a list returned by getPropertyList.
func freePropertyList(_ gdi.ClassInstancePtr, list uintptr, _ uint32) {
	if list == 0 {
		return
	}
	propertyLists.mu.Lock()
	pl := propertyLists.owners[list]
	delete(propertyLists.owners, list)
	propertyLists.mu.Unlock()
	if pl != nil {
		pl.release()
	}
}

// Docs: the class reference the editor's help shows, from the Go doc comments gdgen bind collected
// (and Doc options), in the engine's class reference XML format.

// hasDocs reports whether the class has any documentation to load.
func hasDocs(c *classInfo) bool {
	if c.doc != "" || len(c.fieldDocs) > 0 {
		return true
	}
	for _, m := range c.methods {
		if m.doc != "" {
			return true
		}
	}
	return false
}

// loadDocs hands the class's reference to the editor's help. Only the editor reads it; the engine
// copies the text during the call.
func loadDocs(c *classInfo) {
	if !hasDocs(c) || !godot.Engine.IsEditorHint() {
		return
	}
	xml := classReference(c)
	f := engine.AcquireFrame()
	defer f.Release()
	p := f.Alloc(uintptr(len(xml)))
	copy(unsafe.Slice((*byte)(gdi.CPtr(p)), len(xml)), xml)
	gdi.EditorHelpLoadXmlFromUtf8CharsAndLen(p, gdi.Int(len(xml)))
}

// classReference renders the class reference XML of a Go class.
func classReference(c *classInfo) string {
	var b strings.Builder
	esc := func(s string) string {
		var e strings.Builder
		_ = xml.EscapeText(&e, []byte(s))
		return e.String()
	}
	typeOf := func(cd *codec) string {
		if cd == nil {
			return "void"
		}
		if cd.className != "" {
			return cd.className
		}
		if cd.vtype == variant.TypeNil {
			return "Variant"
		}
		return variant.TypeName(cd.vtype)
	}
	brief, _, _ := strings.Cut(c.doc, "\n")
	fmt.Fprintf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<class name=%q inherits=%q>\n", esc(c.name), esc(c.parent))
	fmt.Fprintf(&b, "\t<brief_description>%s</brief_description>\n\t<description>%s</description>\n\t<tutorials>\n\t</tutorials>\n",
		esc(brief), esc(c.doc))
	b.WriteString("\t<methods>\n")
	for _, m := range c.methods {
		if m.prop != nil {
			continue // a field's generated accessor
		}
		qual := ""
		if m.static {
			qual = ` qualifiers="static"`
		} else if m.variadic != nil {
			qual = ` qualifiers="vararg"`
		}
		fmt.Fprintf(&b, "\t\t<method name=%q%s>\n\t\t\t<return type=%q />\n", esc(m.name), qual, esc(typeOf(m.ret)))
		for i, p := range m.params {
			fmt.Fprintf(&b, "\t\t\t<param index=\"%d\" name=%q type=%q />\n", i, esc(m.paramNames[i]), esc(typeOf(p)))
		}
		fmt.Fprintf(&b, "\t\t\t<description>%s</description>\n\t\t</method>\n", esc(m.doc))
	}
	b.WriteString("\t</methods>\n\t<members>\n")
	for _, p := range c.props {
		doc := c.fieldDocs[p.goField]
		if !p.field {
			doc = c.methodDoc(p.getter)
		}
		fmt.Fprintf(&b, "\t\t<member name=%q type=%q setter=%q getter=%q>%s</member>\n",
			esc(p.name), esc(typeOf(p.codec)), esc(p.setter), esc(p.getter), esc(doc))
	}
	b.WriteString("\t</members>\n\t<signals>\n")
	for _, s := range c.signals {
		fmt.Fprintf(&b, "\t\t<signal name=%q>\n", esc(s.name))
		for i, a := range s.args {
			fmt.Fprintf(&b, "\t\t\t<param index=\"%d\" name=%q type=%q />\n", i, esc(s.argNames[i]), esc(typeOf(a)))
		}
		fmt.Fprintf(&b, "\t\t\t<description>%s</description>\n\t\t</signal>\n", esc(c.fieldDocs[s.goField]))
	}
	b.WriteString("\t</signals>\n\t<constants>\n")
	for _, e := range c.spec.enums {
		kind := ""
		if e.name != "" {
			kind = fmt.Sprintf(" enum=%q", esc(e.name))
			if e.bitfield {
				kind += ` is_bitfield="true"`
			}
		}
		for _, v := range e.values {
			fmt.Fprintf(&b, "\t\t<constant name=%q value=\"%d\"%s>\n\t\t</constant>\n", esc(v.Name), v.Value, kind)
		}
	}
	b.WriteString("\t</constants>\n</class>\n")
	return b.String()
}

// methodDoc returns the doc comment of the method with the engine name.
func (c *classInfo) methodDoc(name string) string {
	for _, m := range c.methods {
		if m.name == name {
			return m.doc
		}
	}
	return ""
}
