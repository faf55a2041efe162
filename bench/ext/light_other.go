//go:build !(linux && amd64)

package main

func lightCall4(fn, a, b, c, d uintptr) uintptr { panic("lightCall4: amd64 only") }

const haveLight = false
