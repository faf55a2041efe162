//go:build !(linux && amd64 && gdpure_bench_asmcgocall)

package main

// Without -tags gdpure_bench_asmcgocall the asmcgocall experiment is not built (see
// asmcgocall_amd64.go).

func asmcgoCall4(fn, a, b, c, d uintptr) uintptr { panic("built without gdpure_bench_asmcgocall") }

const haveAsmcgocall = false
