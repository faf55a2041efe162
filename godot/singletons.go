package godot

import (
	"github.com/gdpure/gdpure/internal/engine"
	"github.com/gdpure/gdpure/internal/gdi"
)

// Singletons are resolved at every initialization level and when the main loop starts (some
// servers only exist by then): each is set from the first of those at which the engine has it, and
// stays set (singletons live as long as the engine). A platform's own singletons
// (JavaScriptBridge on the web, …) stay null elsewhere.
func init() {
	for _, l := range []engine.InitLevel{engine.LevelCore, engine.LevelServers, engine.LevelScene, engine.LevelEditor} {
		engine.OnInit(l, resolveSingletons)
	}
	engine.OnStartup(resolveSingletons)
}

func resolveSingletons() {
	eng := gdi.GlobalGetSingleton(gdi.ConstStringNamePtr(engine.StaticStringName("Engine")))
	if eng == 0 {
		return
	}
	editor := -1
	for _, s := range singletonSlots {
		if *s.slot != nil {
			continue
		}
		if s.editorOnly {
			if editor < 0 {
				editor = 0
				if (EngineSingleton{wrap(uintptr(eng), false)}).IsEditorHint() {
					editor = 1
				}
			}
			if editor == 0 {
				continue // the engine refuses editor singletons outside the editor
			}
		}
		f := engine.AcquireFrame()
		name := f.StringName(s.name)
		args := f.Alloc(8)
		*(*uintptr)(gdi.CPtr(args)) = uintptr(name)
		ret := f.Alloc(8)
		gdi.ObjectMethodBindPtrcall(methodBind(bindEngineHasSingleton), eng, args, gdi.TypePtr(ret))
		if *(*uint8)(gdi.CPtr(ret)) != 0 {
			if p := uintptr(gdi.GlobalGetSingleton(gdi.ConstStringNamePtr(name))); p != 0 {
				*s.slot = wrap(p, false)
			}
		}
		f.Release()
	}
}
