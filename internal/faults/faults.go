// Package faults holds the switches that plant deliberate bugs for the suite's own checks (the
// planted use-after-free run of internal/enginetest). They are read once from the environment and
// are off in every normal run; nothing here is for plugins.
package faults

import "os"

// EarlyFreePropertyList (GDPURE_PLANT_UAF=1): a Go class's get_property_list releases the list it
// returns before the engine reads it, so guard mode can be shown to catch the use after free.
var EarlyFreePropertyList = os.Getenv("GDPURE_PLANT_UAF") == "1"
