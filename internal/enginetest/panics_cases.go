package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
	"github.com/gdpure/gdpure/internal/probe"
	"github.com/gdpure/gdpure/variant"
)

// panicIn names the callback of GoPanicky that panics next ("" for none).
var panicIn string

func maybePanic(kind string) {
	if panicIn == kind {
		panic("planted panic in " + kind)
	}
}

// GoPanicky implements every kind of callback the engine makes into a Go class, each panicking
// when panicIn names it (Panics/EveryCallbackKind).
type GoPanicky struct {
	godot.Resource
	Fired classdb.Signal0
	X     int
}

func (*GoPanicky) Init()                 { maybePanic("Init") }
func (*GoPanicky) Ok() int               { return 1 }
func (*GoPanicky) Boom() int             { maybePanic("Method"); return 2 }
func (*GoPanicky) ResetState()           { maybePanic("Virtual") }
func (*GoPanicky) Notification(what int) { maybePanic("Notification") }
func (*GoPanicky) String() string        { maybePanic("String"); return "GoPanicky" }
func (*GoPanicky) PropertyCanRevert(n string) bool {
	maybePanic("PropertyCanRevert")
	return n == "dyn"
}
func (*GoPanicky) ValidateProperty(p *classdb.PropertyInfo) { maybePanic("ValidateProperty") }

func (*GoPanicky) Get(name string) (variant.Variant, bool) {
	maybePanic("Get")
	if name == "dyn" {
		return mustVariant(int64(7)), true
	}
	return variant.Variant{}, false
}

func (*GoPanicky) Set(name string, v variant.Variant) bool {
	maybePanic("Set")
	return name == "dyn"
}

func (*GoPanicky) PropertyList() []classdb.PropertyInfo {
	maybePanic("PropertyList")
	return []classdb.PropertyInfo{{Name: "dyn", Type: variant.TypeInt}}
}

func (*GoPanicky) PropertyGetRevert(name string) (variant.Variant, bool) {
	maybePanic("PropertyGetRevert")
	return mustVariant(int64(0)), name == "dyn"
}

func init() {
	classdb.Register[GoPanicky]()

	// A panic in each kind of callback the engine makes into Go is reported through the engine's
	// error output with its Go stack (gdi.PanicHook, recorded here), the engine call returns as a
	// failed one, and the object and the engine go on working; the harness checks at exit that no
	// instance leaked and gdpure's ledger is empty.
	godottest.Test("Panics/EveryCallbackKind", func(t *godottest.T) {
		type report struct{ where, value, stack string }
		var reports []report
		old := gdi.PanicHook
		gdi.PanicHook = func(where string, v any, stack []byte) {
			reports = append(reports, report{where, fmt.Sprint(v), string(stack)})
			old(where, v, stack)
		}
		defer func() { gdi.PanicHook = old; panicIn = "" }()
		baseCallables := probe.LiveCallables()

		item := classdb.NewRef[GoPanicky]()
		o := item.Object()
		var sum int
		conn := item.Get().Fired.Connect(func() { maybePanic("Signal"); sum++ })
		callable := variant.NewCallable0("panicky", func() { maybePanic("Callable"); sum++ })
		kinds := []struct {
			kind string
			run  func()
		}{
			{"Init", func() {
				defer func() {
					err, _ := recover().(error)
					assert.ErrorContains(t, err, "classdb: cannot make GoPanicky: its Init panicked: planted panic in Init")
				}()
				_ = classdb.NewRef[GoPanicky]()
			}},
			{"Method", func() { _, _ = o.Call("boom") }},
			{"Virtual", func() { _, _ = o.Call("reset_state") }},
			{"Notification", func() { o.Notification(12345) }},
			{"String", func() { _ = o.ToString() }},
			{"Get", func() { _ = o.Get("dyn") }},
			{"Set", func() { o.Set("dyn", 3) }},
			{"PropertyList", func() { _ = o.PropertyList() }},
			{"ValidateProperty", func() { _ = o.PropertyList() }},
			{"PropertyCanRevert", func() { _ = o.PropertyCanRevert("dyn") }},
			{"PropertyGetRevert", func() { _ = o.PropertyGetRevert("dyn") }},
			{"Signal", func() { _ = o.Emit("fired") }},
			{"Callable", func() { _, _ = callable.Call() }},
			{"Deferred", func() {
				godot.CallDeferred(func() { maybePanic("Deferred"); sum++ })
				t.WaitFrames(1)
			}},
		}
		for _, k := range kinds {
			reports = reports[:0]
			panicIn = k.kind
			k.run()
			panicIn = ""
			require.NotEmpty(t, reports, "%s: a panic was not reported", k.kind)
			r := reports[0]
			assert.Equal(t, "planted panic in "+k.kind, r.value, "%s: the report carries the panic", k.kind)
			assert.True(t, strings.Contains(r.stack, "panics_cases.go"), "%s: the Go stack names the panicking code:\n%s", k.kind, r.stack)
			// The object still answers, through the engine and from Go.
			got, err := o.Call("ok")
			require.NoError(t, err, "%s: the object works after the panic", k.kind)
			assert.Equal(t, int64(1), must(got.Int()), k.kind)
		}
		afterKinds := probe.LiveCallables()
		// Without panics, each callback works again.
		reports = reports[:0]
		assert.Equal(t, int64(2), must(must(o.Call("boom")).Int()))
		assert.Equal(t, "GoPanicky", o.ToString())
		assert.Equal(t, int64(7), must(o.Get("dyn").Int()))
		require.NoError(t, o.Emit("fired"))
		_, err := callable.Call()
		require.NoError(t, err)
		godot.CallDeferred(func() { sum++ })
		t.WaitFrames(1)
		assert.Equal(t, 3, sum, "the signal, the callable and the deferred function ran once each without a panic")
		assert.Empty(t, reports, "no report without a panic")
		conn.Disconnect()
		callable = variant.Callable{}
		t.Logf("%d callback kinds: each panic reported with its Go stack, the object working after it", len(kinds))
		for end := time.Now().Add(10 * time.Second); probe.LiveCallables() > baseCallables && time.Now().Before(end); {
			engine.CollectGarbage()
			time.Sleep(time.Millisecond)
		}
		assert.LessOrEqual(t, probe.LiveCallables(), baseCallables, "the callable is released (%d before the test, %d after the kinds)", baseCallables, afterKinds)
	})
}
