package engine

import (
	"fmt"
	"sync"
	"syscall"

	"github.com/ebitengine/purego"
)

// mapNoReserve: macOS commits no memory for an inaccessible mapping anyway.
const mapNoReserve = 0

// libSystem's madvise, looked up on first use (package syscall has none on darwin).
var madvise struct {
	once sync.Once
	fn   uintptr
	err  error
}

// discardPages gives the memory of inaccessible pages back to the kernel (MADV_DONTNEED).
func discardPages(addr, length uintptr) error {
	madvise.once.Do(func() {
		lib, err := purego.Dlopen("/usr/lib/libSystem.B.dylib", purego.RTLD_NOW|purego.RTLD_GLOBAL)
		if err == nil {
			madvise.fn, err = purego.Dlsym(lib, "madvise")
		}
		madvise.err = err
	})
	if madvise.err != nil {
		return madvise.err
	}
	if r, _, errno := purego.SyscallN(madvise.fn, addr, length, syscall.MADV_DONTNEED); int32(r) != 0 {
		return fmt.Errorf("madvise: %v", syscall.Errno(errno))
	}
	return nil
}
