package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/variant"
)

// Go classes as a game writes them (game_cases.go, test_classes.gd): virtuals, properties of every
// hint, signals, a Go subclass, an abstract class, a custom Resource.

// GoMover is a Node2D moved by Go. It counts the engine's calls of its virtuals.
type GoMover struct {
	godot.Node2D

	// Speed in pixels per second.
	Speed    float64 `gd:",range=0,100,0.5"`
	Mode     int     `gd:",enum=Idle,Run,Jump"`
	Elements int     `gd:",flags=Fire,Ice,Wind"`
	Sprite   string  `gd:",file=*.png,*.jpg"`
	Folder   string  `gd:",dir"`
	Notes    string  `gd:",multiline,group=Text"`
	Title    string  `gd:",placeholder=Name here"`
	Target   string  `gd:",nodepath=Node2D,subgroup=Links"`
	Skin     godot.Texture2D
	Buddy    godot.Node2D
	Secret   int `gd:",noeditor,group=Hidden"`
	Shown    int `gd:",nostorage"`
	Fixed    int `gd:",readonly"`
	Scratch  int `gd:"-"`

	// Hit is emitted when the mover takes damage.
	Hit   classdb.Signal2[int, string] `gd:"hit(damage,by)"`
	Moved classdb.Signal1[float64]
	Done  classdb.Signal0

	health                                     int
	ready, processed, physics, entered, exited int
	processDelta                               float64
	readySeen                                  bool
	notifications                              []int
}

// Ready counts the engine's _ready.
func (m *GoMover) Ready() {
	m.ready++
	m.health = 100
}

// Process moves the mover by Speed along x.
func (m *GoMover) Process(delta float64) {
	m.processed++
	m.processDelta += delta
	p := m.Position()
	p.X += float32(m.Speed * delta)
	m.SetPosition(p)
	m.Moved.Emit(float64(p.X))
}

// PhysicsProcess counts physics ticks.
func (m *GoMover) PhysicsProcess(delta float64) { m.physics++ }

// EnterTree counts entering the tree.
func (m *GoMover) EnterTree() { m.entered++ }

// ExitTree counts leaving it.
func (m *GoMover) ExitTree() { m.exited++ }

// Notification records the engine's notifications.
func (m *GoMover) Notification(what int) {
	if what == int(godot.NodeNotificationReady) {
		m.readySeen = true
	}
	m.notifications = append(m.notifications, what)
}

// String is what str() and print show (the _to_string hook).
func (m *GoMover) String() string { return fmt.Sprintf("GoMover(speed=%g)", m.Speed) }

// GetHealth is the health property's getter.
func (m *GoMover) GetHealth() int { return m.health }

// SetHealth clamps health to 0..100.
func (m *GoMover) SetHealth(v int) { m.health = max(0, min(100, v)) }

// Counts returns how often the engine called ready, process, physics_process, enter and exit.
func (m *GoMover) Counts() []int {
	return []int{m.ready, m.processed, m.physics, m.entered, m.exited}
}

// Damage takes amount of damage from by and emits hit; a negative amount is an error.
func (m *GoMover) Damage(amount int32, by string) (int, error) {
	if amount < 0 {
		return 0, fmt.Errorf("negative damage %d from %s", amount, by)
	}
	m.SetHealth(m.health - int(amount))
	m.Hit.Emit(int(amount), by)
	return m.health, nil
}

// Explode panics.
func (m *GoMover) Explode() int { panic("boom") }

// Sum adds its arguments (a vararg method).
func (m *GoMover) Sum(first int, rest ...int) int {
	for _, r := range rest {
		first += r
	}
	return first
}

// Scale multiplies x by factor (2 by default).
func (m *GoMover) Scale(x, factor float64) float64 { return x * factor }

// Describe names the mover; a GDScript subclass overrides it.
func (m *GoMover) Describe() string { return "go mover" }

// Bytes takes a 32-bit int and a byte: out-of-range arguments are call errors.
func (m *GoMover) Bytes(a int32, b uint8) int { return int(a) + int(b) }

// Ints sums an Array[int]: an element that is not an int is a call error.
func (m *GoMover) Ints(xs variant.Array[int64]) (int, error) {
	s, err := xs.ToSlice()
	n := 0
	for _, x := range s {
		n += int(x)
	}
	return n, err
}

// Join joins Go strings (a PackedStringArray).
func (m *GoMover) Join(parts []string, sep string) string { return strings.Join(parts, sep) }

// Small sums int8s: an element out of range is a call error.
func (m *GoMover) Small(xs []int8) int {
	n := 0
	for _, x := range xs {
		n += int(x)
	}
	return n
}

// NewBuddy returns a new Node2D named name (the caller owns it).
func (m *GoMover) NewBuddy(name string) godot.Node2D {
	n := godot.NewNode2D()
	n.AsNode().SetName(name)
	return n
}

// Self returns the mover itself, typed as its Go class.
func (m *GoMover) Self() *GoMover { return m }

// GoRunner is a GoMover that counts laps: a Go class extending a Go class.
type GoRunner struct {
	GoMover
	Laps int
}

// Process counts a lap, then moves as a GoMover does.
func (r *GoRunner) Process(delta float64) {
	r.Laps++
	r.GoMover.Process(delta)
}

// Describe overrides GoMover's.
func (r *GoRunner) Describe() string { return "go runner after " + r.GoMover.Describe() }

// Lap returns the laps run.
func (r *GoRunner) Lap() int { return r.Laps }

// GoShape is abstract: only its subclasses are made.
type GoShape struct {
	godot.Resource
	Color variant.Color
}

// Area is the shape's area.
func (s *GoShape) Area() float64 { return 0 }

// GoSquare is a GoShape.
type GoSquare struct {
	GoShape
	Side float64
}

// SquareArea returns Side².
func (s *GoSquare) SquareArea() float64 { return s.Side * s.Side }

// GoItem is a custom Resource saved to and loaded from .tres files.
type GoItem struct {
	godot.Resource
	Title  string
	Power  int `gd:",range=0,10"`
	Weight float64
	Tags   variant.PackedStrings
	Stats  variant.Dictionary
	Icon   godot.Texture2D
	Parts  variant.Array[int64]
}

// GoInventory holds GoItems: a Ref field keeps its item alive. It is registered before GoItem,
// which its fields and methods name.
type GoInventory struct {
	godot.Node
	Main  classdb.Ref[GoItem]
	Count int
}

// Heaviest returns the heavier of the main item and other.
func (inv *GoInventory) Heaviest(other *GoItem) *GoItem {
	if m := inv.Main.Get(); m != nil && m.Weight >= other.Weight {
		return m
	}
	return other
}

// Lamp is a tool class: its code runs in the editor too.
type Lamp struct {
	godot.Node
	On bool
}

// Ready switches the lamp on (in the editor too).
func (l *Lamp) Ready() { l.On = true }

// InEditor reports whether the lamp runs in the editor.
func (l *Lamp) InEditor() bool { return godot.Engine.IsEditorHint() }

// Mistakes that registration must report and skip, with the engine running on.
type (
	// BadField has a field that cannot cross.
	BadField struct {
		godot.Node
		Ch chan int
	}
	// NoBase embeds no engine class.
	NoBase struct{ X int }
	// Misspelt has a method that looks like a virtual of Node.
	Misspelt struct{ godot.Node }
	// WrongSignature has a virtual with the wrong signature.
	WrongSignature struct{ godot.Node }
	// DuplicateName takes GoMover's name.
	DuplicateName struct{ godot.Node }
	// BadRefField keeps a RefCounted Go class by pointer, which holds no reference.
	BadRefField struct {
		godot.Node
		Item *GoItem
	}
	// BadTag has a hint on the wrong type.
	BadTag struct {
		godot.Node
		Name string `gd:",range=0,1"`
	}
	// Shadowing declares a method whose engine name is an inherited engine method's.
	Shadowing struct{ godot.Node2D }
	// ShadowingChild's parent is a Go class; its method hides an engine method of Node2D.
	ShadowingChild struct{ GoRunnerBase }
)

// SetPosition would hide Node2D.set_position.
func (*Shadowing) SetPosition(variant.Vector2) {}

// Canvas and SetCanvas make the property canvas, whose getter get_canvas would hide
// CanvasItem.get_canvas.
func (*ShadowingChild) Canvas() variant.RID { return variant.RID{} }

// SetCanvas is the setter of the pair (the engine has no set_canvas).
func (*ShadowingChild) SetCanvas(variant.RID) {}

// GoRunnerBase is a plain Go parent class for ShadowingChild.
type GoRunnerBase struct{ godot.Node2D }

// Proces is one letter away from Process.
func (*Misspelt) Proces(delta float64) {}

// Ready takes an argument _ready does not have.
func (*WrongSignature) Ready(x int) {}

var errNegative = errors.New("negative")

func init() {
	classdb.Register[GoInventory]() // before GoItem, which it names
	classdb.Register[GoMover](
		classdb.Defaults("Scale", 2.0),
		classdb.Enum("State", classdb.EnumValue{Name: "STATE_IDLE", Value: 0}, classdb.EnumValue{Name: "STATE_RUN", Value: 1}),
		classdb.Bitfield("Ability", classdb.EnumValue{Name: "ABILITY_FLY", Value: 1}, classdb.EnumValue{Name: "ABILITY_SWIM", Value: 2}),
		classdb.Constant("MAX_SPEED", 100),
		classdb.Static("mover_label", func(n int) string { return fmt.Sprintf("mover #%d", n) }),
		classdb.Static("check_positive", func(n int) (int, error) {
			if n < 0 {
				return 0, errNegative
			}
			return n, nil
		}),
	)
	classdb.Register[GoRunner]()
	classdb.Register[GoShape](classdb.Abstract())
	classdb.Register[GoSquare]()
	classdb.Register[GoItem]()
	classdb.Register[Lamp](classdb.Tool())

	classdb.Register[BadField]()
	classdb.Register[NoBase]()
	classdb.Register[Misspelt]()
	classdb.Register[WrongSignature]()
	classdb.Register[DuplicateName](classdb.Name("GoMover"))
	classdb.Register[BadTag]()
	classdb.Register[BadRefField]()
	classdb.Register[Shadowing]()
	classdb.Register[GoRunnerBase]()
	classdb.Register[ShadowingChild]()
	classdb.Register[NoSuchPair](classdb.Property("Nope", classdb.PropertyOptions{Name: "x"}))
	classdb.Register[GoHiding](classdb.Hide((*GoHiding).Helper, "Other"))
	classdb.Register[BadHide](classdb.Hide("Nope"))
	classdb.Register[ForeignMixin]()
	classdb.Register[ForeignCloser]()
	classdb.Register[MixinClashes]()
}

// ForeignCloser hides its engine type's String with its own and gets one method (Close) from an
// embedded interface of another package, which bindings cannot list: the count of its methods
// must still tell a gdpure_bound build that one is missing.
type ForeignCloser struct {
	godot.Node
	io.Closer
}

// String hides godot.Node's String.
func (*ForeignCloser) String() string { return "closer" }

// MixinClashes embeds mixins whose methods clash: MixinStats's String with godot.Node's (at the
// same depth: neither is in the method set), MixinStats's and MixinTally's Reset (the same). Only
// Score, which nothing else has, is the class's engine method; the generated bindings must compile
// and agree with reflection.
type MixinClashes struct {
	godot.Node
	MixinStats
	MixinTally
}

// MixinStats is a mixin with a String of its own.
type MixinStats struct{}

// String clashes with godot.Node's String.
func (MixinStats) String() string { return "stats" }

// Score is the only method that reaches the class.
func (MixinStats) Score() int { return 7 }

// Reset clashes with MixinTally's Reset.
func (MixinStats) Reset() {}

// MixinTally is a second mixin.
type MixinTally struct{}

// Reset clashes with MixinStats's Reset.
func (*MixinTally) Reset() {}

// ForeignMixin embeds a type of another package with exported methods (sync.Mutex: Lock, Unlock,
// TryLock), which gdgen bind cannot list: found by reflection they are engine methods like any
// other; built with -tags gdpure_bound the class is refused, with the reason.
type ForeignMixin struct {
	godot.Node
	sync.Mutex
}

// Own is the class's own method.
func (*ForeignMixin) Own() int { return 1 }

// GoHiding keeps Go-only helpers from the engine.
type GoHiding struct{ godot.Node }

// Helper is Go-only, hidden by a method expression.
func (*GoHiding) Helper() int { return 1 }

// Other is Go-only, hidden by its name.
func (*GoHiding) Other() int { return 2 }

// Shown is an engine method.
func (*GoHiding) Shown() int { return 3 }

// BadHide hides a method it does not have.
type BadHide struct{ godot.Node }

// NoSuchPair names a property pair it does not have.
type NoSuchPair struct{ godot.Node }
