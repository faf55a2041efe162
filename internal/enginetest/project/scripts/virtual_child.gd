extends GoVirtualBase

# A script extending the virtual Go class GoVirtualBase (test_conformance.gd).

func shout() -> String:
	return describe() + "!"
