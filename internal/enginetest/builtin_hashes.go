package main

// builtinMethodHash returns the hash extension_api.json gives the method of a builtin class
// ("Vector2", "limit_length"), the hash variant_get_ptr_builtin_method checks; ok is false if the
// class has no such method.
func builtinMethodHash(class, method string) (hash int64, ok bool) {
	hash, ok = builtinMethodHashes[class][method]
	return hash, ok
}
