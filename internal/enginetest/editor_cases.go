package main

import (
	"strings"
	"sync/atomic"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gdpure/gdpure/classdb"
	"github.com/gdpure/gdpure/godot"
	"github.com/gdpure/gdpure/godottest"
	"github.com/gdpure/gdpure/variant"
)

// GoToolsPlugin is an EditorPlugin written in Go: the editor makes it when it starts.
type GoToolsPlugin struct{ godot.EditorPlugin }

// pluginEnters counts the plugin's EnterTree calls (the editor adds it to its tree once).
var pluginEnters atomic.Int32

// EnterTree runs when the editor adds the plugin.
func (p *GoToolsPlugin) EnterTree() { pluginEnters.Add(1) }

// GetPluginName names the plugin in the editor.
func (p *GoToolsPlugin) GetPluginName() string { return "GoTools" }

func init() {
	classdb.Register[GoToolsPlugin](classdb.EditorPlugin())
}

// The Editor/ tests run in the editor (TestEditor: --editor --headless) and skip elsewhere.
func editorOnly(name string, fn func(t *godottest.T)) {
	godottest.Test("Editor/"+name, func(t *godottest.T) {
		if !godot.Engine.IsEditorHint() {
			t.Skip("runs in the editor only")
		}
		fn(t)
	})
}

func init() {
	editorOnly("GoClasses/ToolClassRunsInTheEditor", func(t *godottest.T) {
		l := classdb.New[Lamp]()
		sceneRoot(t).AsNode().AddChild(l)
		assert.True(t, l.On, "a tool class's Ready runs in the editor")
		got, err := l.AsObject().Call("in_editor")
		require.NoError(t, err)
		assert.True(t, must(got.Bool()))
		require.NoError(t, l.AsObject().Free())
	})

	editorOnly("GoClasses/RuntimeClassIsAPlaceholder", func(t *godottest.T) {
		// ClassDB.instantiate, as scenes and GDScript make objects (Go's godot.Instantiate asks the
		// engine for the real class).
		o, err := variant.As[godot.Object](godot.ClassDB.Instantiate("GoMover"))
		require.NoError(t, err)
		defer o.Free()
		_, notGo := classdb.InstanceOf[GoMover](o)
		assert.ErrorContains(t, notGo, "it is no Go class's instance", "no Go code runs for a runtime class in the editor: the engine makes a placeholder")
		o.Set("speed", 12.5)
		assert.Equal(t, 12.5, must(o.Get("speed").Float()), "the placeholder stores the properties")
		assert.Equal(t, "GoMover", o.Class())
	})

	// The documented difference: Go code that runs in the editor is a tool class's or an editor
	// plugin's, and classdb.New gives it the real class it asks for (its Go code runs), where a
	// scene or ClassDB.instantiate gets a placeholder.
	editorOnly("GoClasses/NewMakesTheRealClassInTheEditor", func(t *godottest.T) {
		m := classdb.New[GoMover]()
		defer m.AsObject().Free()
		_, notGo := classdb.InstanceOf[GoMover](m)
		assert.NoError(t, notGo, "classdb.New makes the Go class itself, also in the editor")
		_, err := m.AsObject().Call("damage", -1, "editor")
		require.Error(t, err, "its Go methods run: Damage refuses a negative amount")
	})

	editorOnly("GoClasses/EditorPluginRuns", func(t *godottest.T) {
		assert.Equal(t, int32(1), pluginEnters.Load(), "the editor added the Go plugin once")
		found := sceneRoot(t).AsNode().FindChildrenOptions("*", "GoToolsPlugin", true, false)
		require.Equal(t, 1, found.Len(), "the plugin is in the editor's tree")
		p := must(classdb.InstanceOf[GoToolsPlugin](must(found.At(0))))
		assert.Equal(t, "GoTools", p.GetPluginName())
	})

	editorOnly("GoClasses/DocsInTheEditorHelp", func(t *godottest.T) {
		godot.EditorInterface.ScriptEditor().GotoHelp("class_name:GoMover")
		var text string
		t.WaitUntil(300, func() bool {
			for _, h := range must(sceneRoot(t).AsNode().FindChildrenOptions("*", "EditorHelp", true, false).ToSlice()) {
				for _, l := range must(h.FindChildrenOptions("*", "RichTextLabel", true, false).ToSlice()) {
					lbl, _ := godot.As[godot.RichTextLabel](l)
					if s := lbl.ParsedText(); strings.Contains(s, "GoMover") {
						text = s
					}
				}
			}
			return strings.Contains(text, "GoMover is a Node2D moved by Go") && strings.Contains(text, "Speed in pixels per second")
		})
		assert.Contains(t, text, "GoMover is a Node2D moved by Go", "the class description, from its Go doc comment")
		assert.Contains(t, text, "Damage takes amount of damage from by and emits hit", "a method's doc")
		assert.Contains(t, text, "Speed in pixels per second", "a property's doc")
		assert.Contains(t, text, "Hit is emitted when the mover takes damage", "a signal's doc")
	})
}
