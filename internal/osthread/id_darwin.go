package osthread

import (
	"sync"

	"github.com/ebitengine/purego"
)

// libSystem's pthread_self and pthread_mach_thread_np, looked up on first use.
var darwin struct {
	once                      sync.Once
	pthreadSelf, machThreadNP uintptr
}

// ID returns the Mach port name of the calling thread (pthread_mach_thread_np(pthread_self())),
// unique among the live threads of the process.
func ID() int64 {
	darwin.once.Do(func() {
		lib, err := purego.Dlopen("/usr/lib/libSystem.B.dylib", purego.RTLD_NOW|purego.RTLD_GLOBAL)
		if err != nil {
			panic("gdpure: cannot open libSystem: " + err.Error())
		}
		darwin.pthreadSelf = mustSym(lib, "pthread_self")
		darwin.machThreadNP = mustSym(lib, "pthread_mach_thread_np")
	})
	self, _, _ := purego.SyscallN(darwin.pthreadSelf)
	port, _, _ := purego.SyscallN(darwin.machThreadNP, self)
	return int64(port)
}

func mustSym(lib uintptr, name string) uintptr {
	p, err := purego.Dlsym(lib, name)
	if err != nil {
		panic("gdpure: libSystem lacks " + name + ": " + err.Error())
	}
	return p
}
