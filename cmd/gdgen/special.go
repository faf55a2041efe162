package main

import "strings"

// The special cases of the engine's API that gdgen knows by name, in one place. Everything else
// is derived from api/extension_api.json and api/gdextension_interface.json.

// mathTypes are the builtin classes package variant carries as plain Go structs with the engine's
// memory layout (the rest of the builtin classes are engine-owned values held through handles).
var mathTypes = []string{"Vector2", "Vector2i", "Rect2", "Rect2i", "Vector3", "Vector3i", "Transform2D",
	"Vector4", "Vector4i", "Plane", "Quaternion", "AABB", "Basis", "Transform3D", "Projection", "Color", "RID"}

// isMathType reports whether a builtin class is one of mathTypes.
var isMathType = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range mathTypes {
		m[t] = true
	}
	return m
}()

// classdbHooks are the methods package classdb calls as hooks of a Go class (classdb's Notifier,
// Stringer, Getter, …), never as engine methods; bind writes no dispatch for them.
var classdbHooks = map[string]bool{"Notification": true, "String": true, "Get": true, "Set": true,
	"PropertyList": true, "PropertyCanRevert": true, "PropertyGetRevert": true, "ValidateProperty": true, "Init": true}

// initialisms are the words a Go name writes in capitals: those of Go's code review comments, and
// the engine's own (RID, AABB, 2D, MD5, …). A plural takes a lower-case s ("ids" -> "IDs").
var initialisms = map[string]string{
	"acl": "ACL", "api": "API", "ascii": "ASCII", "cpu": "CPU", "css": "CSS", "dns": "DNS",
	"eof": "EOF", "guid": "GUID", "html": "HTML", "http": "HTTP", "https": "HTTPS", "id": "ID",
	"ip": "IP", "json": "JSON", "lhs": "LHS", "qps": "QPS", "ram": "RAM", "rhs": "RHS", "rpc": "RPC",
	"sla": "SLA", "smtp": "SMTP", "sql": "SQL", "ssh": "SSH", "tcp": "TCP", "tls": "TLS", "ttl": "TTL",
	"udp": "UDP", "ui": "UI", "uid": "UID", "uuid": "UUID", "uri": "URI", "url": "URL", "utf8": "UTF8",
	"vm": "VM", "xml": "XML", "xmpp": "XMPP", "xsrf": "XSRF", "xss": "XSS",
	"md5": "MD5", "sha1": "SHA1", "sha256": "SHA256", "crc32": "CRC32", "dtls": "DTLS", "gpu": "GPU",
	"rid": "RID", "aabb": "AABB", "utf16": "UTF16", "utf32": "UTF32",
	"1d": "1D", "2d": "2D", "3d": "3D",
}

// paramNames rename the engine parameters whose names Go or the generated code reserves.
var paramNames = map[string]string{
	"type": "typ", "map": "mapRID", "func": "callback", "string": "text", "args": "arguments",
	"variant": "value", "default": "defaultValue", "interface": "iface",
	"range": "valueRange", "var": "value", "len": "length", "bool": "on", "base": "base",
	"c": "c3", "o": "obj", "unsafe": "unsafeValue", "math": "mathValue", "fn": "callback",
	"flags": "flags", "self": "selfValue", "ret": "result", "uintptr": "pointer", "r": "r",
}

// goTypeOfBuiltin is the Go type of each builtin class in package variant.
var goTypeOfBuiltin = map[string]string{"PackedStringArray": "PackedStrings"}

// sameAsHandWritten are the engine methods of Array and the packed arrays that the hand-written
// Array[T] and Packed[T] already offer under Go's name for the operation (one name per operation):
// Len for size, At for get, Append for push_back.
var sameAsHandWritten = map[string]bool{"size": true, "get": true, "push_back": true}

var nativeBase = map[string][2]string{
	"int": {"int32", "int"}, "int32_t": {"int32", "int32_t"}, "int64_t": {"int64", "int64_t"},
	"uint8_t": {"uint8", "uint8_t"}, "uint16_t": {"uint16", "uint16_t"}, "uint32_t": {"uint32", "uint32_t"},
	"uint64_t": {"uint64", "uint64_t"}, "float": {"float32", "float"}, "real_t": {"float32", "float"},
	"double": {"float64", "double"}, "bool": {"bool", "_Bool"}, "ObjectID": {"uint64", "uint64_t"},
	"RID":     {"variant.RID", "uint64_t"},
	"Vector2": {"variant.Vector2", "Vector2"}, "Vector3": {"variant.Vector3", "Vector3"},
	"Rect2": {"variant.Rect2", "Rect2"}, "Transform2D": {"variant.Transform2D", "Transform2D"},
}

// errorConstName is the Go name of a value of the engine's global Error enum, named as Go names
// its error values: ERR_FILE_NOT_FOUND -> ErrFileNotFound, FAILED -> ErrFailed, OK -> OK (the one
// value that is not an error; methods returning an Error return a Go error, nil for OK).
func errorConstName(v string) string {
	switch {
	case v == "OK":
		return "OK"
	case strings.HasPrefix(v, "ERR_"):
		return "Err" + camel(strings.TrimPrefix(v, "ERR_"))
	}
	return "Err" + camel(v)
}
