// The C reference extension: the same operations as the Go side of the benchmarks, written in
// plain C against the GDExtension interface, the physical limit of a binding. Test tooling, built
// with gcc by the benchmarks (not part of the binding). It declares the few interface types it
// uses itself (they match gdextension_interface.h of Godot 4.6), so it needs no header.
//
// Class CBench (extends RefCounted): add(a: int, b: int) -> int, with ptrcall and call entries, and
// the C side of every operation of `make bench` (bench/ext): methods that each run one operation n
// times in C through the interface functions and return a checksum, timed by the Go driver (one
// call per batch of n, so the Object.call that starts the loop is amortized away). Class
// CBenchNode (extends Node): _process counts its calls (the virtual-dispatch operation).
#include <stdint.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef void *GDObject;
typedef void (*GDProc)(void);
typedef GDProc (*GetProcAddress)(const char *name);
typedef uint8_t GDBool;
typedef int64_t GDInt;

typedef struct {
	uint32_t error;
	int32_t argument;
	int32_t expected;
} CallError;

typedef struct {
	uint32_t type;
	void *name, *class_name;
	uint32_t hint;
	void *hint_string;
	uint32_t usage;
} PropertyInfo;

typedef void (*MethodCall)(void *ud, void *inst, const void *const *args, GDInt argc, void *ret, CallError *err);
typedef void (*MethodPtrCall)(void *ud, void *inst, const void *const *args, void *ret);

typedef struct {
	void *name;
	void *method_userdata;
	MethodCall call_func;
	MethodPtrCall ptrcall_func;
	uint32_t method_flags;
	GDBool has_return_value;
	PropertyInfo *return_value_info;
	uint32_t return_value_metadata;
	uint32_t argument_count;
	PropertyInfo *arguments_info;
	uint32_t *arguments_metadata;
	uint32_t default_argument_count;
	void **default_arguments;
} MethodInfo;

typedef struct {
	GDBool is_virtual, is_abstract, is_exposed, is_runtime;
	const void *icon_path;
	void *set_func, *get_func, *get_property_list_func, *free_property_list_func;
	void *property_can_revert_func, *property_get_revert_func, *validate_property_func;
	void *notification_func, *to_string_func, *reference_func, *unreference_func;
	GDObject (*create_instance_func)(void *ud, GDBool notify);
	void (*free_instance_func)(void *ud, void *inst);
	void *recreate_instance_func, *get_virtual_func, *get_virtual_call_data_func, *call_virtual_with_data_func;
	void *class_userdata;
} ClassCreationInfo;

typedef struct {
	int minimum_initialization_level;
	void *userdata;
	void (*initialize)(void *userdata, int level);
	void (*deinitialize)(void *userdata, int level);
} Initialization;

enum {
	LEVEL_SCENE = 2,
	TYPE_NIL = 0, TYPE_INT = 2, TYPE_FLOAT = 3, TYPE_STRING = 4, TYPE_VECTOR2 = 5, TYPE_TRANSFORM2D = 11,
	TYPE_STRING_NAME = 21, TYPE_OBJECT = 24, TYPE_CALLABLE = 25, TYPE_DICTIONARY = 27, TYPE_ARRAY = 28,
	TYPE_PACKED_FLOAT32 = 32,
	OP_MULTIPLY = 8,
	CALL_OK = 0, CALL_INVALID_ARGUMENT = 2, META_INT64 = 4,
};

typedef struct { uint64_t w[3]; } Variant; // 24 bytes
typedef void (*PtrDestructor)(void *self);
typedef void (*PtrConstructor)(void *dst, const void *const *args);
typedef void (*PtrBuiltinMethod)(void *base, const void *const *args, void *ret, int argc);
typedef void (*PtrOperator)(const void *a, const void *b, void *ret);
typedef void (*CallVirtual)(void *inst, const void *const *args, void *ret);

typedef struct {
	void *callable_userdata, *token;
	uint64_t object_id;
	void (*call_func)(void *ud, const void *const *args, GDInt argc, void *ret, CallError *err);
	void *is_valid_func, *free_func, *hash_func, *equal_func, *less_than_func, *to_string_func, *get_argument_count_func;
} CallableCustomInfo2;

static void *library;
static void (*string_name_new_with_latin1_chars)(void *dst, const char *s, GDBool is_static);
static void (*string_name_new_with_utf8_chars)(void *dst, const char *s);
static void (*string_new_with_utf8_chars)(void *dst, const char *s);
static GDObject (*classdb_construct_object2)(const void *class_name);
static void (*object_set_instance)(GDObject obj, const void *class_name, void *instance);
static void (*object_destroy)(GDObject obj);
static GDObject (*object_get_instance_from_id)(uint64_t id);
static void (*classdb_register_extension_class5)(void *lib, const void *name, const void *parent, const ClassCreationInfo *info);
static void (*classdb_register_extension_class_method)(void *lib, const void *class_name, const MethodInfo *info);
static void (*classdb_register_extension_class_signal)(void *lib, const void *class_name, const void *signal, const PropertyInfo *args, GDInt argc);
static void (*classdb_unregister_extension_class)(void *lib, const void *name);
static void *(*classdb_get_method_bind)(const void *class_name, const void *method, GDInt hash);
static void (*object_method_bind_ptrcall)(void *mb, GDObject obj, const void *const *args, void *ret);
static void (*object_method_bind_call)(void *mb, GDObject obj, const void *const *args, GDInt argc, void *ret, CallError *err);
static uint32_t (*variant_get_type)(const void *v);
static void (*variant_destroy)(void *v);
static void (*(*get_variant_from_type_constructor)(uint32_t type))(void *dst, void *src);
static void (*(*get_variant_to_type_constructor)(uint32_t type))(void *dst, void *src);
static PtrDestructor (*variant_get_ptr_destructor)(uint32_t type);
static PtrConstructor (*variant_get_ptr_constructor)(uint32_t type, int32_t index);
static PtrBuiltinMethod (*variant_get_ptr_builtin_method)(uint32_t type, const void *method, GDInt hash);
static PtrOperator (*variant_get_ptr_operator_evaluator)(uint32_t op, uint32_t a, uint32_t b);
static Variant *(*array_operator_index_const)(const void *self, GDInt i);
static Variant *(*dictionary_operator_index)(void *self, const void *key);
static Variant *(*dictionary_operator_index_const)(const void *self, const void *key);
static float *(*packed_float32_array_operator_index)(void *self, GDInt i);
static void (*callable_custom_create2)(void *dst, CallableCustomInfo2 *info);

static void (*int_to_variant)(void *dst, void *src);
static void (*variant_to_int)(void *dst, void *src);
static void (*string_name_to_variant)(void *dst, void *src);

// StringNames made once, static (the engine keeps them for the process).
static uint64_t sn_class, sn_parent, sn_add, sn_a, sn_b, sn_empty, sn_node_class, sn_node, sn_process,
	sn_get_child_count, sn_emit_signal, sn_connect, sn_object, sn_ping, sn_x, sn_length, sn_append, sn_resize;

static void *mb_get_child_count, *mb_emit_signal, *mb_connect;
static PtrDestructor string_dtor, string_name_dtor, array_dtor, dict_dtor, packed_dtor, callable_dtor;
static PtrConstructor array_ctor, dict_ctor, packed_ctor;
static PtrBuiltinMethod vector2_length, array_append, packed_resize;
static PtrOperator transform2d_mul;

// The text every String operation makes (the Go and cgo sides use the same).
static const char bench_text[] = "hello, world";
// The name every StringName lookup makes (an existing name: a lookup, not an insertion).
static const char bench_name[] = "get_child_count";

static GDObject create_instance(void *ud, GDBool notify) {
	(void)ud;
	(void)notify;
	GDObject obj = classdb_construct_object2(&sn_parent);
	object_set_instance(obj, &sn_class, obj);
	return obj;
}

static void free_instance(void *ud, void *inst) {
	(void)ud;
	(void)inst;
}

static void add_ptrcall(void *ud, void *inst, const void *const *args, void *ret) {
	(void)ud;
	(void)inst;
	*(GDInt *)ret = *(const GDInt *)args[0] + *(const GDInt *)args[1];
}

static void add_call(void *ud, void *inst, const void *const *args, GDInt argc, void *ret, CallError *err) {
	(void)ud;
	(void)inst;
	if (argc != 2) {
		err->error = argc < 2 ? 4 : 3; // too few / too many
		err->expected = 2;
		return;
	}
	for (int i = 0; i < 2; i++) {
		if (variant_get_type(args[i]) != TYPE_INT) {
			err->error = CALL_INVALID_ARGUMENT;
			err->argument = i;
			err->expected = TYPE_INT;
			return;
		}
	}
	GDInt a, b;
	variant_to_int(&a, (void *)args[0]);
	variant_to_int(&b, (void *)args[1]);
	GDInt r = a + b;
	int_to_variant(ret, &r);
	err->error = CALL_OK;
}

// ---- The operations, each run n times; every one returns a checksum so nothing is optimized out.

// Go→engine ptrcall: Node.get_child_count on the node with the given instance id.
static GDInt op_ptrcall(GDObject self, GDInt id, GDInt n) {
	(void)self;
	GDObject node = object_get_instance_from_id((uint64_t)id);
	GDBool include_internal = 0;
	const void *args[1] = {&include_internal};
	GDInt sum = 0, r;
	for (GDInt i = 0; i < n; i++) {
		object_method_bind_ptrcall(mb_get_child_count, node, args, &r);
		sum += r;
	}
	return sum;
}

// String create + destroy.
static GDInt op_string(GDObject self, GDInt n, GDInt unused) {
	(void)self;
	(void)unused;
	uint64_t s;
	GDInt sum = 0;
	for (GDInt i = 0; i < n; i++) {
		string_new_with_utf8_chars(&s, bench_text);
		sum += s != 0;
		string_dtor(&s);
	}
	return sum;
}

// StringName lookup: make (non-static, looked up in the engine's table) + destroy.
static GDInt op_string_name(GDObject self, GDInt n, GDInt unused) {
	(void)self;
	(void)unused;
	uint64_t s;
	GDInt sum = 0;
	for (GDInt i = 0; i < n; i++) {
		string_name_new_with_utf8_chars(&s, bench_name);
		sum += s != 0;
		string_name_dtor(&s);
	}
	return sum;
}

// Vector2.length through the engine's builtin method.
static GDInt op_vector2_length(GDObject self, GDInt n, GDInt unused) {
	(void)self;
	(void)unused;
	float v[2] = {3, 4};
	double acc = 0, r; // builtin methods return float as double
	for (GDInt i = 0; i < n; i++) {
		v[0] = (float)(i & 7);
		vector2_length(v, NULL, &r, 0);
		acc += r;
	}
	return (GDInt)acc;
}

// Transform2D * Transform2D through the engine's operator evaluator.
static GDInt op_transform2d_mul(GDObject self, GDInt n, GDInt unused) {
	(void)self;
	(void)unused;
	float a[6] = {1, 0.5f, -0.5f, 1, 3, 4}, b[6] = {0.8f, 0.6f, -0.6f, 0.8f, 1, 2}, r[6];
	double acc = 0;
	for (GDInt i = 0; i < n; i++) {
		b[4] = (float)(i & 7);
		transform2d_mul(a, b, r);
		acc += r[4];
	}
	return (GDInt)acc;
}

// Array: per element, arrays of up to 1e6 ints: append each, then read each back.
static GDInt op_array(GDObject self, GDInt n, GDInt chunk) {
	(void)self;
	GDInt sum = 0;
	for (GDInt done = 0; done < n; done += chunk) {
		GDInt m = n - done < chunk ? n - done : chunk;
		uint64_t arr;
		array_ctor(&arr, NULL);
		Variant v;
		for (GDInt i = 0; i < m; i++) {
			int_to_variant(&v, &i);
			const void *args[1] = {&v};
			array_append(&arr, args, NULL, 1);
		}
		for (GDInt i = 0; i < m; i++) {
			GDInt x;
			variant_to_int(&x, array_operator_index_const(&arr, i));
			sum += x;
		}
		array_dtor(&arr);
	}
	return sum;
}

// Dictionary: per key, dictionaries of up to 1e5 int keys: set d[i] = i, then get d[i].
static GDInt op_dictionary(GDObject self, GDInt n, GDInt chunk) {
	(void)self;
	GDInt sum = 0;
	for (GDInt done = 0; done < n; done += chunk) {
		GDInt m = n - done < chunk ? n - done : chunk;
		uint64_t d;
		dict_ctor(&d, NULL);
		Variant k;
		for (GDInt i = 0; i < m; i++) {
			int_to_variant(&k, &i);
			Variant *slot = dictionary_operator_index(&d, &k);
			variant_destroy(slot);
			int_to_variant(slot, &i);
		}
		for (GDInt i = 0; i < m; i++) {
			int_to_variant(&k, &i);
			GDInt x;
			variant_to_int(&x, dictionary_operator_index_const(&d, &k));
			sum += x;
		}
		dict_dtor(&d);
	}
	return sum;
}

// PackedFloat32Array bulk transfer: per element, chunks of up to 1e6 floats copied from a C buffer
// into a new array and back out.
static GDInt op_packed(GDObject self, GDInt n, GDInt chunk) {
	(void)self;
	float *src = malloc(chunk * sizeof(float)), *dst = malloc(chunk * sizeof(float));
	for (GDInt i = 0; i < chunk; i++) {
		src[i] = (float)i;
	}
	GDInt sum = 0;
	for (GDInt done = 0; done < n; done += chunk) {
		GDInt m = n - done < chunk ? n - done : chunk;
		uint64_t p[2];
		packed_ctor(p, NULL);
		const void *args[1] = {&m};
		GDInt err;
		packed_resize(p, args, &err, 1);
		if (m > 0) {
			memcpy(packed_float32_array_operator_index(p, 0), src, m * sizeof(float));
			memcpy(dst, packed_float32_array_operator_index(p, 0), m * sizeof(float));
		}
		sum += (GDInt)dst[m - 1];
		packed_dtor(p);
	}
	free(src);
	free(dst);
	return sum;
}

// Signal emitted to a C closure: CBench.ping(x) connected (once) to a custom callable summing x.
static GDInt signal_sum;
static int signal_connected;

static void ping_call(void *ud, const void *const *args, GDInt argc, void *ret, CallError *err) {
	(void)ud;
	(void)ret;
	if (argc == 1) {
		GDInt x;
		variant_to_int(&x, (void *)args[0]);
		signal_sum += x;
	}
	err->error = CALL_OK;
}

static GDInt op_signal(GDObject self, GDInt n, GDInt unused) {
	(void)unused;
	if (!signal_connected) {
		CallableCustomInfo2 info = {0};
		info.token = library;
		info.call_func = ping_call;
		uint64_t callable[2];
		callable_custom_create2(callable, &info);
		GDInt flags = 0, r;
		const void *args[3] = {&sn_ping, callable, &flags};
		object_method_bind_ptrcall(mb_connect, self, args, &r);
		callable_dtor(callable);
		signal_connected = 1;
	}
	signal_sum = 0;
	Variant name, x;
	string_name_to_variant(&name, &sn_ping);
	for (GDInt i = 0; i < n; i++) {
		int_to_variant(&x, &i);
		const void *args[2] = {&name, &x};
		Variant r;
		CallError err;
		object_method_bind_call(mb_emit_signal, self, args, 2, &r, &err);
		variant_destroy(&r);
	}
	variant_destroy(&name);
	return signal_sum;
}

// CBenchNode: a Node with a C instance struct and a _process virtual.
typedef struct {
	GDObject obj;
	GDInt processed;
} CNode;

static GDInt process_calls;

static GDObject node_create(void *ud, GDBool notify) {
	(void)ud;
	(void)notify;
	GDObject obj = classdb_construct_object2(&sn_node);
	CNode *c = calloc(1, sizeof(CNode));
	c->obj = obj;
	object_set_instance(obj, &sn_node_class, c);
	return obj;
}

static void node_free(void *ud, void *inst) {
	(void)ud;
	free(inst);
}

static void node_process(void *inst, const void *const *args, void *ret) {
	(void)args;
	(void)ret;
	((CNode *)inst)->processed++;
	process_calls++;
}

static CallVirtual node_get_virtual(void *ud, const void *name, uint32_t hash) {
	(void)ud;
	(void)hash;
	if (*(const uint64_t *)name == sn_process) {
		return node_process;
	}
	return NULL;
}

// Create and free CBenchNodes.
static GDInt op_nodes(GDObject self, GDInt n, GDInt unused) {
	(void)self;
	(void)unused;
	GDInt sum = 0;
	for (GDInt i = 0; i < n; i++) {
		GDObject o = classdb_construct_object2(&sn_node_class);
		sum += o != NULL;
		object_destroy(o);
	}
	return sum;
}

// How many times CBenchNode._process ran (the driver checks the dispatch happened).
static GDInt op_process_calls(GDObject self, GDInt a, GDInt b) {
	(void)self;
	(void)a;
	(void)b;
	return process_calls;
}

// ---- Registration of the int methods: name(a: int, b: int) -> int, called through Variant.

typedef GDInt (*IntOp)(GDObject self, GDInt a, GDInt b);

static void int_op_call(void *ud, void *inst, const void *const *args, GDInt argc, void *ret, CallError *err) {
	GDInt v[2] = {0, 0};
	if (argc > 2) {
		err->error = 3;
		err->expected = 2;
		return;
	}
	for (GDInt i = 0; i < argc; i++) {
		if (variant_get_type(args[i]) != TYPE_INT) {
			err->error = CALL_INVALID_ARGUMENT;
			err->argument = (int32_t)i;
			err->expected = TYPE_INT;
			return;
		}
		variant_to_int(&v[i], (void *)args[i]);
	}
	GDInt r = ((IntOp)ud)((GDObject)inst, v[0], v[1]);
	int_to_variant(ret, &r);
	err->error = CALL_OK;
}

static void int_op_ptrcall(void *ud, void *inst, const void *const *args, void *ret) {
	*(GDInt *)ret = ((IntOp)ud)((GDObject)inst, *(const GDInt *)args[0], *(const GDInt *)args[1]);
}

static uint64_t empty_string;

static void register_int_op(const char *name, IntOp fn) {
	static uint64_t names[32];
	static int nnames;
	uint64_t *sn = &names[nnames++];
	string_name_new_with_latin1_chars(sn, name, 1);
	PropertyInfo ret = {TYPE_INT, &sn_empty, &sn_empty, 0, &empty_string, 6};
	PropertyInfo args[2] = {{TYPE_INT, &sn_a, &sn_empty, 0, &empty_string, 6}, {TYPE_INT, &sn_b, &sn_empty, 0, &empty_string, 6}};
	uint32_t meta[2] = {META_INT64, META_INT64};
	MethodInfo m = {0};
	m.name = sn;
	m.method_userdata = (void *)fn;
	m.call_func = int_op_call;
	m.ptrcall_func = int_op_ptrcall;
	m.method_flags = 1; // normal
	m.has_return_value = 1;
	m.return_value_info = &ret;
	m.return_value_metadata = META_INT64;
	m.argument_count = 2;
	m.arguments_info = args;
	m.arguments_metadata = meta;
	classdb_register_extension_class_method(library, &sn_class, &m);
}

static void initialize(void *userdata, int level) {
	(void)userdata;
	if (level != LEVEL_SCENE) {
		return;
	}
	int_to_variant = get_variant_from_type_constructor(TYPE_INT);
	variant_to_int = get_variant_to_type_constructor(TYPE_INT);
	string_name_to_variant = get_variant_from_type_constructor(TYPE_STRING_NAME);
	string_name_new_with_latin1_chars(&sn_class, "CBench", 1);
	string_name_new_with_latin1_chars(&sn_parent, "RefCounted", 1);
	string_name_new_with_latin1_chars(&sn_add, "add", 1);
	string_name_new_with_latin1_chars(&sn_a, "a", 1);
	string_name_new_with_latin1_chars(&sn_b, "b", 1);
	string_name_new_with_latin1_chars(&sn_node_class, "CBenchNode", 1);
	string_name_new_with_latin1_chars(&sn_node, "Node", 1);
	string_name_new_with_latin1_chars(&sn_process, "_process", 1);
	string_name_new_with_latin1_chars(&sn_get_child_count, "get_child_count", 1);
	string_name_new_with_latin1_chars(&sn_emit_signal, "emit_signal", 1);
	string_name_new_with_latin1_chars(&sn_connect, "connect", 1);
	string_name_new_with_latin1_chars(&sn_object, "Object", 1);
	string_name_new_with_latin1_chars(&sn_ping, "ping", 1);
	string_name_new_with_latin1_chars(&sn_x, "x", 1);
	string_name_new_with_latin1_chars(&sn_length, "length", 1);
	string_name_new_with_latin1_chars(&sn_append, "append", 1);
	string_name_new_with_latin1_chars(&sn_resize, "resize", 1);

	// Hashes from extension_api.json of Godot 4.6.
	mb_get_child_count = classdb_get_method_bind(&sn_node, &sn_get_child_count, 894402480);
	mb_emit_signal = classdb_get_method_bind(&sn_object, &sn_emit_signal, 4047867050);
	mb_connect = classdb_get_method_bind(&sn_object, &sn_connect, 1518946055);
	string_dtor = variant_get_ptr_destructor(TYPE_STRING);
	string_name_dtor = variant_get_ptr_destructor(TYPE_STRING_NAME);
	array_dtor = variant_get_ptr_destructor(TYPE_ARRAY);
	dict_dtor = variant_get_ptr_destructor(TYPE_DICTIONARY);
	packed_dtor = variant_get_ptr_destructor(TYPE_PACKED_FLOAT32);
	callable_dtor = variant_get_ptr_destructor(TYPE_CALLABLE);
	array_ctor = variant_get_ptr_constructor(TYPE_ARRAY, 0);
	dict_ctor = variant_get_ptr_constructor(TYPE_DICTIONARY, 0);
	packed_ctor = variant_get_ptr_constructor(TYPE_PACKED_FLOAT32, 0);
	vector2_length = variant_get_ptr_builtin_method(TYPE_VECTOR2, &sn_length, 466405837);
	array_append = variant_get_ptr_builtin_method(TYPE_ARRAY, &sn_append, 3316032543);
	packed_resize = variant_get_ptr_builtin_method(TYPE_PACKED_FLOAT32, &sn_resize, 848867239);
	transform2d_mul = variant_get_ptr_operator_evaluator(OP_MULTIPLY, TYPE_TRANSFORM2D, TYPE_TRANSFORM2D);

	ClassCreationInfo info = {0};
	info.is_exposed = 1;
	info.create_instance_func = create_instance;
	info.free_instance_func = free_instance;
	classdb_register_extension_class5(library, &sn_class, &sn_parent, &info);

	PropertyInfo ret = {TYPE_INT, &sn_empty, &sn_empty, 0, &empty_string, 6};
	PropertyInfo args[2] = {{TYPE_INT, &sn_a, &sn_empty, 0, &empty_string, 6}, {TYPE_INT, &sn_b, &sn_empty, 0, &empty_string, 6}};
	uint32_t meta[2] = {META_INT64, META_INT64};
	MethodInfo m = {0};
	m.name = &sn_add;
	m.call_func = add_call;
	m.ptrcall_func = add_ptrcall;
	m.method_flags = 1; // normal
	m.has_return_value = 1;
	m.return_value_info = &ret;
	m.return_value_metadata = META_INT64;
	m.argument_count = 2;
	m.arguments_info = args;
	m.arguments_metadata = meta;
	classdb_register_extension_class_method(library, &sn_class, &m);

	register_int_op("op_ptrcall", op_ptrcall);
	register_int_op("op_string", op_string);
	register_int_op("op_string_name", op_string_name);
	register_int_op("op_vector2_length", op_vector2_length);
	register_int_op("op_transform2d_mul", op_transform2d_mul);
	register_int_op("op_array", op_array);
	register_int_op("op_dictionary", op_dictionary);
	register_int_op("op_packed", op_packed);
	register_int_op("op_signal", op_signal);
	register_int_op("op_nodes", op_nodes);
	register_int_op("op_process_calls", op_process_calls);
	PropertyInfo ping_args[1] = {{TYPE_INT, &sn_x, &sn_empty, 0, &empty_string, 6}};
	classdb_register_extension_class_signal(library, &sn_class, &sn_ping, ping_args, 1);

	ClassCreationInfo ninfo = {0};
	ninfo.is_exposed = 1;
	ninfo.create_instance_func = node_create;
	ninfo.free_instance_func = node_free;
	ninfo.get_virtual_func = (void *)node_get_virtual;
	classdb_register_extension_class5(library, &sn_node_class, &sn_node, &ninfo);
}

static void deinitialize(void *userdata, int level) {
	(void)userdata;
	if (level == LEVEL_SCENE) {
		classdb_unregister_extension_class(library, &sn_node_class);
		classdb_unregister_extension_class(library, &sn_class);
	}
}

#define GET(name) name = (void *)get(#name)

GDBool cref_init(GetProcAddress get, void *lib, Initialization *init) {
	library = lib;
	GET(string_name_new_with_latin1_chars);
	GET(string_name_new_with_utf8_chars);
	GET(string_new_with_utf8_chars);
	GET(classdb_construct_object2);
	GET(object_set_instance);
	GET(object_destroy);
	GET(object_get_instance_from_id);
	GET(classdb_register_extension_class5);
	GET(classdb_register_extension_class_method);
	GET(classdb_register_extension_class_signal);
	GET(classdb_unregister_extension_class);
	GET(classdb_get_method_bind);
	GET(object_method_bind_ptrcall);
	GET(object_method_bind_call);
	GET(variant_get_type);
	GET(variant_destroy);
	GET(get_variant_from_type_constructor);
	GET(get_variant_to_type_constructor);
	GET(variant_get_ptr_destructor);
	GET(variant_get_ptr_constructor);
	GET(variant_get_ptr_builtin_method);
	GET(variant_get_ptr_operator_evaluator);
	GET(array_operator_index_const);
	GET(dictionary_operator_index);
	GET(dictionary_operator_index_const);
	GET(packed_float32_array_operator_index);
	GET(callable_custom_create2);
	init->minimum_initialization_level = LEVEL_SCENE;
	init->initialize = initialize;
	init->deinitialize = deinitialize;
	return 1;
}
