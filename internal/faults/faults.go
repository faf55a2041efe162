// Package faults holds the switches that plant deliberate bugs for the suite's own checks (the
// planted use-after-free runs of internal/enginetest). Only gdpure's own in-engine test extension
// sets them, from the environment, in its init; a plugin never does, so in a plugin they stay
// false whatever its environment says.
package faults

// EarlyFreePropertyList (GDPURE_PLANT_UAF=1 in the suite's extension): a Go class's
// get_property_list releases the list it returns before the engine reads it, so guard mode can be
// shown to catch the use after free, and the engine's crash handler to report the engine's fault.
var EarlyFreePropertyList bool
