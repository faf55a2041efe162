package classdb

import (
	"os"
	"sync"
	"unsafe"

	"github.com/gdpure/gdpure/gdextension"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/variant"
)

// PropertyInfo describes one property a Go class lists to the engine.
type PropertyInfo struct {
	Name string
	Type variant.Type
}

// PropertyLister is implemented by Go classes that list properties dynamically (the engine's
// get_property_list, as GDScript's _get_property_list). The list is built in C memory owned by an
// OwnerPropertyList owner, and released when the engine calls free_property_list with it.
type PropertyLister interface {
	PropertyList() []PropertyInfo
}

// plantEarlyFree is a test-only switch (GDPURE_PLANT_UAF=1): get_property_list frees the list it
// returns before the engine reads it, so guard mode can be shown to catch the use after free.
var plantEarlyFree = os.Getenv("GDPURE_PLANT_UAF") == "1"

// propertyLists maps each list handed to the engine to its owner, until free_property_list.
var propertyLists struct {
	mu     sync.Mutex
	owners map[uintptr]*propertyList
}

type propertyList struct {
	owner *gdextension.Owner
	names []uintptr // StringName slots to destroy
}

var stringNameDtor gdi.PtrDestructor

func init() {
	gdextension.OnInit(gdextension.LevelCore, func() {
		stringNameDtor = gdi.VariantGetPtrDestructor(gdi.VariantTypeStringName)
	})
}

func getPropertyList(instance gdi.ClassInstancePtr, rCount uintptr) uintptr {
	*(*uint32)(gdi.CPtr(rCount)) = 0
	inst, err := lookupInstance(instance)
	if err != nil {
		panic(err)
	}
	lister, ok := inst.value.(PropertyLister)
	if !ok {
		return 0
	}
	props := lister.PropertyList()
	if len(props) == 0 {
		return 0
	}
	pl := &propertyList{owner: gdextension.NewOwner(gdextension.OwnerPropertyList)}
	size := unsafe.Sizeof(gdi.PropertyInfo{})
	list := pl.owner.Alloc(size * uintptr(len(props)))
	for i, p := range props {
		pi := (*gdi.PropertyInfo)(gdi.CPtr(list + uintptr(i)*size))
		pi.Type = p.Type
		name := pl.owner.Alloc(8)
		f := gdextension.AcquireFrame()
		gdi.StringNameNewWithUtf8CharsAndLen(gdi.UninitializedStringNamePtr(name), f.CString(p.Name), gdi.Int(len(p.Name)))
		f.Release()
		pl.names = append(pl.names, name)
		pi.Name = gdi.StringNamePtr(name)
		pi.ClassName = gdi.StringNamePtr(pl.owner.Alloc(8))
		pi.HintString = gdi.StringPtr(pl.owner.Alloc(8))
		pi.Usage = 6 // PROPERTY_USAGE_DEFAULT
	}
	*(*uint32)(gdi.CPtr(rCount)) = uint32(len(props))
	if plantEarlyFree {
		pl.release() // the planted bug: the engine has not read the list yet
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
	for _, n := range pl.names {
		stringNameDtor.Call(gdi.TypePtr(n))
	}
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
