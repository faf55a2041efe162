//go:build !cgo

package entry

// Without cgo there is no way to export the entry symbol: building a Go extension needs
// CGO_ENABLED=1 and a C linker for the final link. This file keeps the package buildable for
// tools that load it with cgo off (cross-architecture vet, for one).
