package interp_test

// Golden programs of the object model: subclasses of built-in types,
// class machinery (descriptors, MRO, metaclasses), introspection
// builtins. Each chunked file holds many small programs recorded by
// internal/golden/record_chunks.py from CPython 3.11.

import (
	"testing"

	"github.com/asyncscript/asyncscript/internal/golden"
)

func TestSubclassBuiltinPrograms(t *testing.T) {
	golden.Suite{Chunks: "testdata/subclass_builtins.as"}.Test(t)
}

func TestClassMachineryPrograms(t *testing.T) {
	golden.Suite{Chunks: "testdata/class_machinery.as"}.Test(t)
}

func TestIntrospectionPrograms(t *testing.T) {
	golden.Suite{Chunks: "testdata/introspection.as"}.Test(t)
}

func TestInstanceAttrPrograms(t *testing.T) {
	golden.Suite{Chunks: "testdata/instance_attrs.as"}.Test(t)
}

func TestClassVersionPrograms(t *testing.T) {
	golden.Suite{Chunks: "testdata/class_versions.as"}.Test(t)
}

func TestObjectFastPathPrograms(t *testing.T) {
	golden.Suite{Chunks: "testdata/object_fast_paths.as"}.Test(t)
}
