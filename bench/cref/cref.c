// The C reference extension: the same operations as the Go side of the benchmarks, written in
// plain C against the GDExtension interface, the physical limit of a binding. Test tooling, built
// with gcc by the benchmarks (not part of the binding). It declares the few interface types it
// uses itself (they match gdextension_interface.h of Godot 4.6), so it needs no header.
//
// Class CBench (extends RefCounted): add(a: int, b: int) -> int, with ptrcall and call entries.
#include <stdint.h>
#include <stddef.h>

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

enum { LEVEL_SCENE = 2, TYPE_NIL = 0, TYPE_INT = 2, CALL_OK = 0, CALL_INVALID_ARGUMENT = 2, META_INT64 = 4 };

static void *library;
static void (*string_name_new_with_latin1_chars)(void *dst, const char *s, GDBool is_static);
static GDObject (*classdb_construct_object2)(const void *class_name);
static void (*object_set_instance)(GDObject obj, const void *class_name, void *instance);
static void (*classdb_register_extension_class5)(void *lib, const void *name, const void *parent, const ClassCreationInfo *info);
static void (*classdb_register_extension_class_method)(void *lib, const void *class_name, const MethodInfo *info);
static void (*classdb_unregister_extension_class)(void *lib, const void *name);
static uint32_t (*variant_get_type)(const void *v);
static void (*(*get_variant_from_type_constructor)(uint32_t type))(void *dst, void *src);
static void (*(*get_variant_to_type_constructor)(uint32_t type))(void *dst, void *src);

static void (*int_to_variant)(void *dst, void *src);
static void (*variant_to_int)(void *dst, void *src);

// StringNames made once, static (the engine keeps them for the process).
static uint64_t sn_class, sn_parent, sn_add, sn_a, sn_b, sn_empty;

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

static void initialize(void *userdata, int level) {
	(void)userdata;
	if (level != LEVEL_SCENE) {
		return;
	}
	int_to_variant = get_variant_from_type_constructor(TYPE_INT);
	variant_to_int = get_variant_to_type_constructor(TYPE_INT);
	string_name_new_with_latin1_chars(&sn_class, "CBench", 1);
	string_name_new_with_latin1_chars(&sn_parent, "RefCounted", 1);
	string_name_new_with_latin1_chars(&sn_add, "add", 1);
	string_name_new_with_latin1_chars(&sn_a, "a", 1);
	string_name_new_with_latin1_chars(&sn_b, "b", 1);

	ClassCreationInfo info = {0};
	info.is_exposed = 1;
	info.create_instance_func = create_instance;
	info.free_instance_func = free_instance;
	classdb_register_extension_class5(library, &sn_class, &sn_parent, &info);

	static uint64_t empty_string;
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
}

static void deinitialize(void *userdata, int level) {
	(void)userdata;
	if (level == LEVEL_SCENE) {
		classdb_unregister_extension_class(library, &sn_class);
	}
}

GDBool cref_init(GetProcAddress get, void *lib, Initialization *init) {
	library = lib;
	string_name_new_with_latin1_chars = (void *)get("string_name_new_with_latin1_chars");
	classdb_construct_object2 = (void *)get("classdb_construct_object2");
	object_set_instance = (void *)get("object_set_instance");
	classdb_register_extension_class5 = (void *)get("classdb_register_extension_class5");
	classdb_register_extension_class_method = (void *)get("classdb_register_extension_class_method");
	classdb_unregister_extension_class = (void *)get("classdb_unregister_extension_class");
	variant_get_type = (void *)get("variant_get_type");
	get_variant_from_type_constructor = (void *)get("get_variant_from_type_constructor");
	get_variant_to_type_constructor = (void *)get("get_variant_to_type_constructor");
	init->minimum_initialization_level = LEVEL_SCENE;
	init->initialize = initialize;
	init->deinitialize = deinitialize;
	return 1;
}
