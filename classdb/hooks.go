package classdb

import (
	"fmt"
	"runtime/debug"
	"sync"
	"unsafe"

	"github.com/gdpure/gdpure/gdextension"
	"github.com/gdpure/gdpure/godot"
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

func notification(h gdi.ClassInstancePtr, what int32, _ gdi.Bool) {
	inst := lookupInstance(h)
	if inst == nil || !inst.class.hooks.notification {
		return
	}
	defer hookPanic(inst, "Notification")
	inst.value.(Notifier).Notification(int(what))
}

func toStringHook(h gdi.ClassInstancePtr, rIsValid uintptr, rOut gdi.StringPtr) {
	inst := lookupInstance(h)
	if inst == nil {
		return
	}
	defer hookPanic(inst, "ToString")
	s := inst.value.(Stringer).ToString()
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
	if !ok {
		return 0
	}
	gdi.VariantDestroy(ret)
	variantplumb.WriteVariant(v, gdi.UninitializedVariantPtr(ret))
	return 1
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
	owner *gdextension.Owner
	frame *gdextension.Frame // the StringNames and Strings of the list, destroyed with it
}

func getPropertyList(h gdi.ClassInstancePtr, rCount uintptr) uintptr {
	*(*uint32)(gdi.CPtr(rCount)) = 0
	inst := lookupInstance(h)
	if inst == nil {
		return 0
	}
	defer hookPanic(inst, "GetPropertyList")
	props := inst.value.(PropertyLister).GetPropertyList()
	if len(props) == 0 {
		return 0
	}
	pl := &propertyList{owner: gdextension.NewOwner(gdextension.OwnerPropertyList), frame: gdextension.AcquireFrame()}
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

// Docs: the class reference the editor's help shows.

func hasDocs(*classInfo) bool { return false }

func loadDocs(*classInfo) {}
