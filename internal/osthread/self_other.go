//go:build !((linux && (amd64 || arm64)) || (windows && amd64))

package osthread

// Self returns an identifier of the calling thread: here, where no cheaper one is read, ID.
func Self() uintptr { return uintptr(ID()) }
