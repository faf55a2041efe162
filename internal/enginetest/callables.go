package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/probe"
	"github.com/gdpure/gdpure/variant"
)

// Callables passes Callables and Variants between GDScript and Go (test_callables.gd).
type Callables struct{}

// The classes GDScript sees: Callables's methods, shared (test_callables.gd, test_engine_types.gd,
// test_roundtrip.gd).
type (
	GoCallables struct {
		godot.RefCounted
		Callables
	}
	GoEngineTypes struct {
		godot.RefCounted
		Callables
	}
	GoObjects struct {
		godot.RefCounted
		Callables
	}
	GoRoundTrip struct {
		godot.RefCounted
		Callables
	}
)

// MakeCounter returns a Go closure as an engine Callable: each call adds its argument to a running
// total kept on the Go side.
func (*Callables) MakeCounter() variant.Callable {
	total := int64(0)
	return variant.NewCallable("counter", func(args []variant.Variant) (any, error) {
		if len(args) != 1 {
			return nil, fmt.Errorf("want 1 argument, got %d", len(args))
		}
		n, err := args[0].Int()
		if err != nil {
			return nil, err
		}
		total += n
		return total, nil
	})
}

// CallTwice calls c(x) twice from Go and returns the second result.
func (*Callables) CallTwice(c variant.Callable, x int64) variant.Variant {
	if _, err := c.Call(x); err != nil {
		panic(err)
	}
	v, err := c.Call(x)
	if err != nil {
		panic(err)
	}
	return v
}

// Describe returns the engine's text form and type of any value.
func (*Callables) Describe(v variant.Variant) string {
	return fmt.Sprintf("%s:%s", variant.TypeName(v.Type()), v.String())
}

// LiveCallables is the number of Go functions the engine still holds.
func (*Callables) LiveCallables() int64 { return int64(probe.LiveCallables()) }

// SettleCallables collects Go garbage (releasing Go-side references to callables) until at most
// want Go functions are held by the engine, or a few seconds pass; it returns the count.
func (*Callables) SettleCallables(want int64) int64 {
	deadline := time.Now().Add(5 * time.Second)
	for int64(probe.LiveCallables()) > want && time.Now().Before(deadline) {
		engine.CollectGarbage()
		time.Sleep(time.Millisecond)
	}
	return int64(probe.LiveCallables())
}

// Failing returns a callable whose Go function fails: calls become engine call errors.
func (*Callables) Failing() variant.Callable {
	return variant.NewCallable("failing", func([]variant.Variant) (any, error) { return nil, errors.New("planned failure") })
}

func init() {
	classdb.Register[GoCallables]()
}

// SignalInfo reads a Signal passed as a Variant: "name@object-id-matches".
func (*Callables) SignalInfo(v variant.Variant, objectID int64) string {
	s, err := variant.SignalFromVariant(v)
	if err != nil {
		return err.Error()
	}
	defer s.Destroy()
	return fmt.Sprintf("%s@%v", s.Name(), int64(s.ObjectID()) == objectID)
}

// EmitSignalFromGo emits a Signal passed as a Variant with one argument.
func (*Callables) EmitSignalFromGo(v variant.Variant, arg int64) bool {
	s, err := variant.SignalFromVariant(v)
	if err != nil {
		return false
	}
	return s.Emit(arg) == nil
}

// EchoRID returns the RID it got.
func (*Callables) EchoRID(r variant.RID) variant.RID { return r }

// JoinStrings joins a PackedStringArray passed as a Variant.
func (*Callables) JoinStrings(v variant.Variant) string {
	p, err := variant.PackedStringsFromVariant(v)
	if err != nil {
		return err.Error()
	}
	return fmt.Sprint(p.ToSlice())
}

// Words returns a PackedStringArray built in Go.
func (*Callables) Words() variant.Variant {
	v, err := variant.From(variant.NewPackedStrings("alpha", "β", ""))
	if err != nil {
		panic(err)
	}
	return v
}

func init() {
	classdb.Register[GoEngineTypes]()
}

// ObjectInfo reads an object passed as a Variant: its class (through a dynamic call) and whether
// its instance id is the one GDScript gave.
func (*Callables) ObjectInfo(v variant.Variant, id int64) string {
	oid, err := v.ObjectID()
	if err != nil {
		return err.Error()
	}
	class, err := v.Call("get_class")
	if err != nil {
		return err.Error()
	}
	return fmt.Sprintf("%s:%v", class, int64(oid) == id)
}

func init() {
	classdb.Register[GoObjects]()
}
