package main

import (
	"runtime"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/osthread"
	"github.com/gdpure/gdpure/internal/probe"
	"github.com/gdpure/gdpure/variant"
)

// Object lifetimes in package godot (references, bindings, the call layer, virtuals) and in the
// Object hooks of classdb: each test is written against one kind of lifetime bug, and make mutants
// plants one of each kind (internal/mutants). They force the garbage collection that exposes the
// bug themselves, so they catch it in a normal run, not only under GC stress.

// newLifeProbe makes a LifeProbe that only the returned value holds.
func newLifeProbe() godot.Object { return classdb.NewRef[LifeProbe]().Object() }

func init() {
	// Defect kind: the engine hands Go a reference (a Ref<T> result) for an object Go already
	// wraps; Go must drop it, or the object is counted once more for every call and never freed.
	godottest.Test("Objects/ReferenceHandedOverForAnObjectGoHolds", func(t *godottest.T) {
		m := godot.NewShaderMaterial()
		next := godot.NewShaderMaterial()
		m.AsMaterial().SetNextPass(next)
		assert.Equal(t, 2, next.AsRefCounted().ReferenceCount(), "Go's and the material's")
		for i := 0; i < 3; i++ {
			got := m.AsMaterial().NextPass()
			require.Equal(t, next.InstanceID(), got.InstanceID())
			assert.Equal(t, 2, got.AsRefCounted().ReferenceCount(), "after the %d. GetNextPass: still Go's and the material's", i+1)
		}
		// The same through a Variant result (Object.get), and for an object Go sees the first time.
		v := m.AsObject().Get("next_pass")
		back, err := variant.As[godot.Material](v)
		require.NoError(t, err)
		assert.Equal(t, next.InstanceID(), back.InstanceID())
		v.Destroy()
		assert.Equal(t, 2, next.AsRefCounted().ReferenceCount(), "a Variant result destroyed: its reference went with it")
		m.AsMaterial().SetNextPass(godot.Material{})
		assert.Equal(t, 1, next.AsRefCounted().ReferenceCount(), "Go's alone")
	})

	// Defect kind: Go released its last reference to an object on the thread of the garbage
	// collector's cleanups; destroying an object runs its destructor and scripts, which must happen
	// on the main thread (as for values).
	godottest.Test("Objects/LastGoReferenceIsReleasedOnTheMainThread", func(t *godottest.T) {
		mainTID := osthread.ID()
		for i := 0; i < 3; i++ {
			lifeProbeDestroyedOn.Store(0)
			func() {
				p := newLifeProbe()
				require.True(t, p.IsAlive())
			}()
			done := make(chan struct{})
			go func() { // a goroutine drops one too
				defer close(done)
				_ = newLifeProbe()
			}()
			<-done
			settleObjects()
			assert.Equal(t, mainTID, lifeProbeDestroyedOn.Load(), "destroyed on the main thread (round %d)", i)
		}
	})

	// Defect kind: an object made by name (godot.Instantiate) of a RefCounted class is counted
	// twice (leaked) or not at all (freed under Go's hands).
	godottest.Test("Objects/InstantiateHoldsOneReference", func(t *godottest.T) {
		o, err := godot.Instantiate("Resource")
		require.NoError(t, err)
		rc, err := godot.As[godot.RefCounted](o)
		require.NoError(t, err)
		assert.Equal(t, 1, rc.ReferenceCount(), "Go's handle holds the one reference")
		id := o.InstanceID()
		settleObjects()
		t.WaitFrames(1)
		_, alive := godot.InstanceFromID(id)
		assert.True(t, alive, "alive while Go holds it")
		runtime.KeepAlive(o)
		o, rc = godot.Object{}, godot.RefCounted{}
		settleObjects()
		t.WaitFrames(1)
		_, alive = godot.InstanceFromID(id)
		assert.False(t, alive, "freed when Go's last handle went")
	})

	// Defect kind: the call layer did not keep a call's receiver or object argument alive until the
	// engine returned. Each call's only reference to the object is the temporary passed; the method
	// the engine runs collects Go garbage and reports whether its object survived.
	godottest.Test("Objects/TemporaryReceiversAndArgumentsLiveUntilTheCallReturns", func(t *godottest.T) {
		for i := 0; i < 3; i++ {
			v := newLifeProbe().Get("alive_probe") // a ptrcall on a temporary receiver
			alive, err := v.Bool()
			require.NoError(t, err)
			assert.True(t, alive, "the receiver of Object.get outlived the call")

			r, err := newLifeProbe().Call("alive") // a varcall on a temporary receiver
			require.NoError(t, err)
			alive, err = r.Bool()
			require.NoError(t, err)
			assert.True(t, alive, "the receiver of Object.call outlived the call")

			v = godot.ClassDB.ClassGetProperty(newLifeProbe(), "alive_probe") // a temporary argument
			alive, err = v.Bool()
			require.NoError(t, err)
			assert.True(t, alive, "the argument of ClassDB.class_get_property outlived the call")

			// A word call (godot/wordcall.go: Object.notification takes an int and a bool and
			// returns nothing, so its arguments go on the C stack, without a call frame).
			lifeProbeAliveInNotification.Store(false)
			newLifeProbe().Notification(lifeProbeCheckAlive)
			assert.True(t, lifeProbeAliveInNotification.Load(), "the receiver of Object.notification (a word call) outlived the call")

			// A Variant whose object only that temporary Variant holds, called by name.
			r, err = mustVariant(newLifeProbe()).Call("alive")
			require.NoError(t, err)
			alive, err = r.Bool()
			require.NoError(t, err)
			assert.True(t, alive, "the receiver of Variant.Call outlived the call")
		}
	})

	// Defect kind: a Go virtual returned a RefCounted into the engine's Ref<T> slot without a
	// reference of the slot's own; the engine's release of its Ref then took Go's.
	godottest.Test("Objects/VirtualReturningARefCountedGivesTheEngineItsOwnReference", func(t *godottest.T) {
		ref := classdb.NewRef[GoMesh]()
		mat := godot.NewStandardMaterial3D().AsMaterial()
		ref.Get().material = mat
		mesh, err := godot.As[godot.Mesh](ref.Object())
		require.NoError(t, err)
		for i := 0; i < 3; i++ {
			got := mesh.SurfaceGetMaterial(0)
			require.True(t, mat.IsAlive(), "Go's material survived the %d. call", i+1)
			require.Equal(t, mat.InstanceID(), got.InstanceID())
			assert.Equal(t, 1, mat.AsRefCounted().ReferenceCount(), "Go's reference alone after the %d. call", i+1)
		}
		v, err := mesh.AsObject().Call("surface_get_material", 0) // through a Variant result
		require.NoError(t, err)
		assert.Equal(t, 2, mat.AsRefCounted().ReferenceCount(), "Go's and the Variant result's")
		v.Destroy()
		assert.Equal(t, 1, mat.AsRefCounted().ReferenceCount())
	})

	// Defect kind: Packed.View did not keep its array alive while fn ran: with the array otherwise
	// unused, a garbage collection inside fn released the engine data the slice shows.
	godottest.Test("Objects/PackedViewKeepsItsArrayAlive", func(t *godottest.T) {
		for i := 0; i < 3; i++ {
			base := settledLive()
			want := make([]int32, 4096)
			for j := range want {
				want[j] = int32(j*7 + i)
			}
			var during int
			var same bool
			variant.PackedOf(want...).View(func(s []int32) {
				engine.CollectGarbage()
				during = probe.LiveValues()
				// Values of the same size now: they would take the engine data's memory if it was freed.
				others := make([]variant.Packed[int32], 4)
				for k := range others {
					others[k] = variant.PackedOf(make([]int32, 4096)...)
				}
				same = equalInt32(s, want)
				for _, o := range others {
					o.Destroy()
				}
			})
			assert.GreaterOrEqual(t, during, base+1, "the viewed array is still live during fn")
			assert.True(t, same, "the view still shows the array's elements after a collection")
		}
	})

	// The Get and revert hooks hand the engine copies with references of their own: from Go here
	// (GDScript: test_object_lifetimes.gd).
	godottest.Test("Objects/GetAndRevertHooksCopyIntoTheEngineSlot", func(t *godottest.T) {
		ref := classdb.NewRef[DynamicProps]()
		obj := ref.Object()
		for i := 0; i < 3; i++ {
			text := obj.Get("text")
			list := obj.Get("list")
			held := obj.Get("held")
			revert := obj.PropertyGetRevert("text")
			settleObjects()
			assert.Equal(t, "dynamic text", text.String())
			assert.Equal(t, `["a", "b", "dynamic c"]`, list.String())
			assert.Equal(t, "revert text", revert.String())
			assert.Equal(t, 2, ref.Get().HeldReferences(), "Go's field and the Variant result")
			text.Destroy()
			list.Destroy()
			held.Destroy()
			revert.Destroy()
			assert.Equal(t, 1, ref.Get().HeldReferences(), "Go's field alone")
		}
	})

	// A property the Set hook refuses is the engine's to set: here metadata, which Object.set
	// stores when no instance took the name. A hook that claimed every name would swallow it.
	godottest.Test("Objects/PropertyTheSetHookRefusesReachesTheEngine", func(t *godottest.T) {
		ref := classdb.NewRef[DynamicProps]()
		obj := ref.Object()
		obj.Set("text", "set through the hook")
		assert.Equal(t, "set through the hook", obj.Get("text").String(), "the hook took its own property")
		obj.Set("metadata/tag", int64(7))
		require.True(t, obj.HasMeta("tag"), "the engine stored the property the hook refused")
		assert.Equal(t, int64(7), must(obj.Meta("tag").Int()))
	})

	// What PropertyList says of each property reaches the engine's list: type, class name, hint
	// and its text, usage (the default, PROPERTY_USAGE_DEFAULT, when it gives none).
	godottest.Test("Objects/PropertyListHookDescribesEachProperty", func(t *godottest.T) {
		ref := classdb.NewRef[DynamicProps]()
		seen := map[string]variant.Dictionary{}
		for _, d := range ref.Object().PropertyList().All() {
			name, _, _ := d.Get("name")
			seen[name.String()] = d
		}
		field := func(prop, key string) variant.Variant {
			d, ok := seen[prop]
			require.True(t, ok, "%s is listed", prop)
			v, _, _ := d.Get(key)
			return v
		}
		assert.Equal(t, int64(variant.TypeObject), must(field("held", "type").Int()))
		assert.Equal(t, "Resource", field("held", "class_name").String())
		assert.Equal(t, int64(godot.PropertyUsageDefault), must(field("held", "usage").Int()), "no usage given: the default")
		assert.Equal(t, int64(godot.PropertyHintRange), must(field("number", "hint").Int()))
		assert.Equal(t, "0,100", field("number", "hint_string").String())
		assert.Equal(t, int64(godot.PropertyUsageStorage), must(field("number", "usage").Int()))
		assert.Equal(t, "", field("text", "class_name").String())
	})

	// ValidateProperty's changes reach the engine's property list: a type, a hint and its text, a
	// usage.
	godottest.Test("Objects/ValidatePropertyChangesTheListing", func(t *godottest.T) {
		ref := classdb.NewRef[Validated]()
		seen := map[string]variant.Dictionary{}
		for _, d := range ref.Object().PropertyList().All() {
			name, _, _ := d.Get("name")
			seen[name.String()] = d
		}
		field := func(prop, key string) int64 {
			d, ok := seen[prop]
			require.True(t, ok, "%s is listed", prop)
			v, _, _ := d.Get(key)
			return must(v.Int())
		}
		assert.Equal(t, int64(variant.TypeFloat), field("level", "type"), "the type ValidateProperty gave")
		assert.Equal(t, int64(godot.PropertyHintRange), field("level", "hint"))
		hint, _, _ := seen["level"].Get("hint_string")
		assert.Equal(t, "0,10,0.5", hint.String())
		assert.Equal(t, int64(godot.PropertyUsageNoEditor), field("hidden", "usage"), "the usage ValidateProperty gave")
		assert.Equal(t, int64(variant.TypeString), field("hidden", "type"), "a type left alone")
	})

	// A Variant call of a Go method with too few arguments, or one that does not fit, is the
	// engine's call error naming the cause (the argument's index and the type it wanted); the
	// method does not run.
	godottest.Test("Objects/BadVariantCallsAreCallErrors", func(t *godottest.T) {
		ref := classdb.NewRef[Calculator]()
		obj := ref.Object()
		var ce *variant.CallError
		_, err := obj.Call("add", int64(1))
		require.ErrorAs(t, err, &ce, "too few arguments")
		assert.Equal(t, 4, ce.Kind, "too few arguments: %v", err)
		assert.Equal(t, 2, ce.Expected, "the count it wanted")
		_, err = obj.Call("add", int64(1), "two")
		require.ErrorAs(t, err, &ce, "an argument that does not fit")
		assert.Equal(t, 2, ce.Kind, "invalid argument: %v", err)
		assert.Equal(t, 1, ce.Argument, "the second argument (index 1)")
		assert.Equal(t, int(variant.TypeInt), ce.Expected, "the type it wanted")
		assert.Equal(t, int64(0), ref.Get().Total(), "the method never ran")
		got, err := obj.Call("add", int64(1), int64(2))
		require.NoError(t, err)
		assert.Equal(t, int64(3), must(got.Int()), "a right call still works")
	})

	// A Go class whose Go base follows a field of its own runs the base's methods on the base:
	// GoVirtualChild embeds GoVirtualBase after a field (describe reads the base's Label).
	godottest.Test("Objects/GoBaseAtAnOffsetRunsItsOwnMethods", func(t *godottest.T) {
		child := classdb.NewRef[GoVirtualChild]()
		child.Get().Label = "at an offset"
		child.Get().tag = -1
		got, err := child.Object().Call("describe")
		require.NoError(t, err)
		assert.Equal(t, "virtual base at an offset", got.String())
	})
}

func equalInt32(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
