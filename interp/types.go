package interp

// This file declares the class objects of the built-in types. Their
// constructors and methods are installed by the setup function of the file
// that implements each type (str.go, list.go, ...), all called from
// setupUniverse (universe.go) when the first VM is made.

var (
	ObjectClass          = newBuiltinClass("object", nil)
	TypeClass            = newBuiltinClass("type", ObjectClass)
	NoneTypeClass        = newBuiltinClass("NoneType", ObjectClass)
	IntClass             = newBuiltinClass("int", ObjectClass)
	BoolClass            = newBuiltinClass("bool", IntClass)
	FloatClass           = newBuiltinClass("float", ObjectClass)
	StrClass             = newBuiltinClass("str", ObjectClass)
	TupleClass           = newBuiltinClass("tuple", ObjectClass)
	ListClass            = newBuiltinClass("list", ObjectClass)
	DictClass            = newBuiltinClass("dict", ObjectClass)
	SetClass             = newBuiltinClass("set", ObjectClass)
	FrozenSetClass       = newBuiltinClass("frozenset", ObjectClass)
	RangeClass           = newBuiltinClass("range", ObjectClass)
	SliceClass           = newBuiltinClass("slice", ObjectClass)
	EllipsisClass        = newBuiltinClass("ellipsis", ObjectClass)
	NotImplementedClass  = newBuiltinClass("NotImplementedType", ObjectClass)
	BuiltinFunctionClass = newBuiltinClass("builtin_function_or_method", ObjectClass)
	FunctionClass        = newBuiltinClass("function", ObjectClass)
	MethodClass          = newBuiltinClass("method", ObjectClass)
	ModuleClass          = newBuiltinClass("module", ObjectClass)
	CellClass            = newBuiltinClass("cell", ObjectClass)
	CoroutineClass       = newBuiltinClass("coroutine", ObjectClass)
	GeneratorClass       = newBuiltinClass("generator", ObjectClass)
	AsyncGeneratorClass  = newBuiltinClass("async_generator", ObjectClass)
	PropertyClass        = newBuiltinClass("property", ObjectClass)
	StaticMethodClass    = newBuiltinClass("staticmethod", ObjectClass)
	ClassMethodClass     = newBuiltinClass("classmethod", ObjectClass)
	SuperClass           = newBuiltinClass("super", ObjectClass)
	// IteratorClass is the shared class of Go-implemented iterators
	// (list_iterator, range_iterator, ... are not distinguished by name
	// except through Iterator.Type).
	IteratorClass = newBuiltinClass("iterator", ObjectClass)
)
