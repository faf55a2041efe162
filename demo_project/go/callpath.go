package main

import "github.com/gdpure/gdpure/gdextension"

func callPath() string { return gdextension.CallPath }
