package interp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// maxFileLines is the longest a source file of the package may grow.
const maxFileLines = 1500

// TestNoInitNoFuncVars checks the contract of doc.go: the package has no
// file over maxFileLines lines, no init function (the builtin classes are
// set up by setupUniverse) and no exported package variable of function type (a hook another file or
// package could set, process-wide).
func TestNoInitNoFuncVars(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		// issue 9's bound: a file a newcomer can read through
		if n := strings.Count(string(src), "\n"); n > maxFileLines {
			t.Errorf("%s: %d lines, over %d: split it by what its parts do", name, n, maxFileLines)
		}
		file, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range file.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Name.Name == "init" {
					t.Errorf("%s: func init()", fset.Position(d.Pos()))
				}
			case *ast.GenDecl:
				if d.Tok != token.VAR {
					continue
				}
				for _, spec := range d.Specs {
					vs := spec.(*ast.ValueSpec)
					for i, n := range vs.Names {
						if !n.IsExported() {
							continue
						}
						_, typed := vs.Type.(*ast.FuncType)
						var lit bool
						if i < len(vs.Values) {
							switch v := vs.Values[i].(type) {
							case *ast.FuncLit:
								lit = true
							case *ast.CallExpr: // sync.OnceFunc, OnceValue, OnceValues
								if sel, ok := v.Fun.(*ast.SelectorExpr); ok && strings.HasPrefix(sel.Sel.Name, "Once") {
									lit = true
								}
							}
						}
						if typed || lit {
							t.Errorf("%s: exported function variable %s", fset.Position(n.Pos()), n.Name)
						}
					}
				}
			}
		}
	}
}

// TestBuiltinClassesImmutable checks that a program cannot change a
// builtin class, which every VM of the process shares.
func TestBuiltinClassesImmutable(t *testing.T) {
	f := NewVM().NewThread()
	for _, cls := range []*Class{ObjectClass, ListClass, IntClass, StrClass, DictClass, BaseException, ValueError} {
		if err := SetAttr(f, cls, "extra", Int(1)); err == nil || !err.Matches(TypeError) {
			t.Errorf("setattr(%s, 'extra', 1): %v", cls.Name, err)
		}
		for name := range cls.Dict {
			if err := DelAttr(f, cls, name); err == nil || !err.Matches(TypeError) {
				t.Errorf("delattr(%s, %q): %v", cls.Name, name, err)
			}
			break
		}
	}
}

// TestReprGuardWithoutFiber checks that Go code asking for a repr without
// a fiber still gets [...] for a list containing itself (the guard lives
// on a fiber; a nil fiber gets one of its own for the call).
func TestReprGuardWithoutFiber(t *testing.T) {
	l := &List{Items: []Value{Int(1)}}
	l.Items = append(l.Items, l)
	d := NewDict()
	d.SetStr("d", d)
	d.SetStr("l", l)
	s, err := Repr(nil, d)
	if err != nil || s != "{'d': {...}, 'l': [1, [...]]}" {
		t.Fatalf("repr: %q %v", s, err)
	}
}
