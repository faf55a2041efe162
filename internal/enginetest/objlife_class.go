package main

import (
	"fmt"
	"sync/atomic"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/osthread"
	"github.com/gdpure/gdpure/variant"
)

// Go classes for the object-lifetime tests (objlife_cases.go, test_object_lifetimes.gd).

// LifeProbe is a RefCounted Go class that watches its own lifetime: its Alive method and its
// alive_probe property collect Go garbage while the engine is inside the call, then report whether
// the object survived it (a caller that did not keep its receiver or argument alive loses it
// there), and it records the thread that destroys it.
type LifeProbe struct{ godot.RefCounted }

// lifeProbeDestroyedOn is the kernel thread id of the last LifeProbe's NOTIFICATION_PREDELETE.
var lifeProbeDestroyedOn atomic.Int64

// Alive collects Go garbage and reports whether the object is still alive.
func (p *LifeProbe) Alive() bool {
	engine.CollectGarbage()
	return p.IsAlive()
}

// GetAliveProbe is the alive_probe property: Alive, read through the engine's property get.
func (p *LifeProbe) GetAliveProbe() bool { return p.Alive() }

// SetAliveProbe ignores the value (the property is for reading).
func (*LifeProbe) SetAliveProbe(bool) {}

// lifeProbePostinitialized counts the NOTIFICATION_POSTINITIALIZE LifeProbes got.
var lifeProbePostinitialized atomic.Int64

// lifeProbeCheckAlive is a notification of the suite's own: a LifeProbe getting it records in
// lifeProbeAliveInNotification whether it is alive after a collection (Alive).
const lifeProbeCheckAlive = 90017

var lifeProbeAliveInNotification atomic.Bool

// Notification records the thread that destroys the object, counts POSTINITIALIZE, and answers
// lifeProbeCheckAlive.
func (p *LifeProbe) Notification(what int) {
	switch what {
	case lifeProbeCheckAlive:
		lifeProbeAliveInNotification.Store(p.Alive())
	case godot.ObjectNotificationPredelete:
		lifeProbeDestroyedOn.Store(osthread.ID())
	case godot.ObjectNotificationPostinitialize:
		lifeProbePostinitialized.Add(1)
	}
}

// Postinitialized returns how many LifeProbes got NOTIFICATION_POSTINITIALIZE.
func (*LifeProbe) Postinitialized() int64 { return lifeProbePostinitialized.Load() }

// NotifyBase and NotifyChild (a Go class derived from a Go class) log the notifications each gets.
type NotifyBase struct {
	godot.Node
	Log []string
}

// Notification logs "base:WHAT".
func (b *NotifyBase) Notification(what int) {
	if what == godot.ObjectNotificationPostinitialize || what == godot.NodeNotificationReady || what == godot.ObjectNotificationPredelete {
		b.Log = append(b.Log, fmt.Sprintf("base:%d", what))
		notifyLog = b.Log
	}
}

// NotifyChild derives from NotifyBase.
type NotifyChild struct{ NotifyBase }

// Notification logs "child:WHAT".
func (c *NotifyChild) Notification(what int) {
	if what == godot.ObjectNotificationPostinitialize || what == godot.NodeNotificationReady || what == godot.ObjectNotificationPredelete {
		c.Log = append(c.Log, fmt.Sprintf("child:%d", what))
		notifyLog = c.Log
	}
}

// notifyLog is the log of the last NotifyBase or NotifyChild, also after it is freed.
var notifyLog []string

// LastNotifyLog returns notifyLog (for GDScript).
func (*NotifyChild) LastNotifyLog() []string { return notifyLog }

// GoMesh is a Mesh whose surface material comes from a Go virtual: _surface_get_material returns a
// Ref<Material>, so the engine's result slot must take a reference of its own.
type GoMesh struct {
	godot.Mesh
	material godot.Material
}

// SurfaceGetMaterial is the virtual _surface_get_material.
func (m *GoMesh) SurfaceGetMaterial(int) godot.Material { return m.material }

// SetMaterial sets the material the virtual returns (for GDScript).
func (m *GoMesh) SetMaterial(mat godot.Material) { m.material = mat }

// Collect collects Go garbage, so references Go dropped are released.
func (*GoMesh) Collect() { engine.CollectGarbage(); engine.CollectGarbage() }

// DynamicProps answers property reads and reverts through the Object hooks (_get, _set,
// _get_property_list, _property_can_revert, _property_get_revert) with values made fresh for each
// read (a String, an Array of Strings) and an object it keeps (held), so the engine's result slot
// must hold copies with references of their own.
type DynamicProps struct {
	godot.RefCounted
	held  godot.Resource
	store map[string]variant.Variant
}

// Init makes the held resource.
func (d *DynamicProps) Init() {
	d.held = godot.NewResource()
	d.held.SetName("held by Go")
	d.store = map[string]variant.Variant{}
}

// dynamicValue is the fresh value of a dynamic property, or false when the name is not one.
func dynamicValue(name string, revert bool) (variant.Variant, bool) {
	prefix := "dynamic "
	if revert {
		prefix = "revert "
	}
	switch name {
	case "text":
		return mustVariant(prefix + "text"), true
	case "list":
		a, _ := variant.ArrayOf("a", "b", prefix+"c")
		return mustVariant(a), true
	case "number":
		return mustVariant(int64(42)), true
	}
	return variant.Variant{}, false
}

// Get is _get.
func (d *DynamicProps) Get(name string) (variant.Variant, bool) {
	if v, ok := d.store[name]; ok {
		return v, true
	}
	if name == "held" {
		return mustVariant(d.held), true
	}
	return dynamicValue(name, false)
}

// Set is _set: a set value is kept (in a Go map) and read back by Get.
func (d *DynamicProps) Set(name string, v variant.Variant) bool {
	if _, ok := dynamicValue(name, false); !ok && name != "held" {
		return false
	}
	d.store[name] = v
	return true
}

// PropertyList is _get_property_list.
func (*DynamicProps) PropertyList() []classdb.PropertyInfo {
	return []classdb.PropertyInfo{{Name: "text", Type: variant.TypeString}, {Name: "list", Type: variant.TypeArray},
		{Name: "number", Type: variant.TypeInt, Hint: godot.PropertyHintRange, HintString: "0,100", Usage: godot.PropertyUsageStorage},
		{Name: "held", Type: variant.TypeObject, ClassName: "Resource"}}
}

// PropertyCanRevert is _property_can_revert.
func (*DynamicProps) PropertyCanRevert(name string) bool {
	_, ok := dynamicValue(name, true)
	return ok || name == "held"
}

// PropertyGetRevert is _property_get_revert.
func (d *DynamicProps) PropertyGetRevert(name string) (variant.Variant, bool) {
	if name == "held" {
		return mustVariant(d.held), true
	}
	return dynamicValue(name, true)
}

// HeldReferences returns the reference count of the held resource.
func (d *DynamicProps) HeldReferences() int { return d.held.AsRefCounted().ReferenceCount() }

// Collect collects Go garbage, so values Go dropped are released.
func (*DynamicProps) Collect() { engine.CollectGarbage(); engine.CollectGarbage() }

func init() {
	classdb.Register[LifeProbe]()
	classdb.Register[GoMesh]()
	classdb.Register[DynamicProps]()
	classdb.Register[Validated]()
	classdb.Register[NotifyBase]()
	classdb.Register[NotifyChild]()
}

// Conformer exposes Go features of issue 12 to GDScript (test_conformance.gd).
type Conformer struct {
	godot.RefCounted
	Names  []string
	Sizes  []int8
	Means  []float32
	Scores variant.TypedDictionary[string, int64]
}

// Total sums a typed dictionary's values.
func (*Conformer) Total(d variant.TypedDictionary[string, int64]) int64 {
	var sum int64
	for _, v := range d.All() {
		sum += v
	}
	return sum
}

// MakeScores returns a new Dictionary[String, int].
func (*Conformer) MakeScores() variant.TypedDictionary[string, int64] {
	var d variant.TypedDictionary[string, int64]
	_ = d.Set("go", 7)
	return d
}

// position backs the custom_position property pair.
var conformerPosition variant.Vector2

// GetCustomPosition and SetCustomPosition are a property pair registered with a name and prefixed
// groups (classdb.Property).
func (*Conformer) GetCustomPosition() variant.Vector2 { return conformerPosition }

// SetCustomPosition sets the custom position.
func (*Conformer) SetCustomPosition(p variant.Vector2) { conformerPosition = p }

// Elements returns what Variant.Iterate yields for v, or its error.
func (*Conformer) Elements(v variant.Variant) (variant.Array[variant.Variant], error) {
	seq, err := v.Iterate()
	if err != nil {
		return variant.Array[variant.Variant]{}, err
	}
	out, _ := variant.ArrayOf[variant.Variant]()
	for x := range seq {
		if err := out.Append(x); err != nil {
			return out, err
		}
	}
	return out, nil
}

// FirstOf returns the first element Variant.Iterate yields for v (the loop breaks there).
func (*Conformer) FirstOf(v variant.Variant) (variant.Variant, error) {
	seq, err := v.Iterate()
	if err != nil {
		return variant.Variant{}, err
	}
	for x := range seq {
		return x, nil
	}
	return variant.Variant{}, nil
}

// GoVirtualBase is a virtual class: it cannot be made on its own, GoVirtualChild and scripts
// (scripts/virtual_child.gd) extend it.
type GoVirtualBase struct {
	godot.RefCounted
	Label string
}

// Describe is a method of the virtual base.
func (b *GoVirtualBase) Describe() string { return "virtual base " + b.Label }

// GoVirtualChild is a Go class derived from the virtual GoVirtualBase. Its base follows a field of
// its own, so the base's methods run at an offset into the child.
type GoVirtualChild struct {
	tag int64
	GoVirtualBase
}

// Validated adjusts how the engine lists its properties (_validate_property): level is listed as a
// float with a range hint, hidden leaves the editor.
type Validated struct {
	godot.RefCounted
	Level  int64
	Hidden string
}

// ValidateProperty is _validate_property.
func (*Validated) ValidateProperty(p *classdb.PropertyInfo) {
	switch p.Name {
	case "level":
		p.Type, p.Hint, p.HintString = variant.TypeFloat, godot.PropertyHintRange, "0,10,0.5"
	case "hidden":
		p.Usage = godot.PropertyUsageNoEditor
	}
}

// GoInternal is an internal class: Go makes it, scripts cannot name it.
type GoInternal struct{ godot.RefCounted }

// Secret is a method of the internal class.
func (*GoInternal) Secret() int { return 7 }

// GoEnemy declares OnHit overridable: scripts extending it override _on_hit
// (scripts/enemy_child.gd).
type GoEnemy struct{ godot.Node }

// OnHit is the Go default of the virtual _on_hit.
func (*GoEnemy) OnHit(damage int) string { return fmt.Sprintf("go default %d", damage) }

// Hit calls on_hit through the engine, as Go code reaches an override.
func (e *GoEnemy) Hit(damage int) (string, error) {
	v, err := e.AsObject().Call("on_hit", damage)
	if err != nil {
		return "", err
	}
	return v.Text()
}

func init() {
	classdb.Register[GoEnemy](classdb.Overridable("OnHit"))
	classdb.Register[Conformer](classdb.Property("CustomPosition", classdb.PropertyOptions{
		Name: "group_subgroup_custom_position", Group: "Group", GroupPrefix: "group_",
		Subgroup: "Subgroup", SubgroupPrefix: "group_subgroup_"}))
	classdb.Register[GoVirtualBase](classdb.Virtual())
	classdb.Register[GoVirtualChild]()
	classdb.Register[GoInternal](classdb.Internal())
}
