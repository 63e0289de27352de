package notebook

// This file gives cells the part of IPython that notebooks call: display()
// with IPython's rich formatting (an object's _repr_html_,
// _repr_markdown_, _repr_latex_, _repr_json_ and _repr_svg_ become
// mime types beside text/plain), the IPython.display module (display,
// clear_output, HTML, Markdown, Latex) and get_ipython(). The
// counterparts are IPython/core/formatters.py (DisplayFormatter.format),
// IPython/core/display.py and ipykernel's ZMQDisplayPublisher.

import (
	"github.com/asyncscript/asyncscript/compile"
	"github.com/asyncscript/asyncscript/interp"
	"github.com/asyncscript/asyncscript/lang"
)

// displaySrc is the Python side of IPython.display: the display objects.
const displaySrc = `"""Public API for display tools in IPython (the part notebooks use)."""


class DisplayObject:
    """An object that wraps data to be displayed."""

    def __init__(self, data=None, url=None, filename=None, metadata=None):
        if data is None and filename is not None:
            with open(filename) as f:
                data = f.read()
        self.data = data
        self.url = url
        self.filename = filename
        self.metadata = metadata

    def __repr__(self):
        return "<IPython.core.display." + type(self).__name__ + " object>"


class TextDisplayObject(DisplayObject):
    pass


class HTML(TextDisplayObject):
    def _repr_html_(self):
        return self.data


class Markdown(TextDisplayObject):
    def _repr_markdown_(self):
        return self.data


class Latex(TextDisplayObject):
    def _repr_latex_(self):
        return self.data


class SVG(DisplayObject):
    def _repr_svg_(self):
        return self.data
`

// ipythonSrc is the IPython module: get_ipython() and the shell object.
const ipythonSrc = `"""IPython: the interactive shell a Jupyter kernel runs (its notebook-facing part)."""


class ZMQInteractiveShell:
    """The shell that runs the notebook's cells."""

    def __repr__(self):
        return "<ipykernel.zmqshell.ZMQInteractiveShell object>"


_shell = ZMQInteractiveShell()


def get_ipython():
    """Get the global InteractiveShell instance."""
    return _shell
`

// mimeMethods are the rich representations IPython's DisplayFormatter
// asks an object for, and their mime types.
var mimeMethods = [...]struct{ method, mime string }{
	{"_repr_html_", "text/html"},
	{"_repr_markdown_", "text/markdown"},
	{"_repr_svg_", "image/svg+xml"},
	{"_repr_latex_", "text/latex"},
	{"_repr_json_", "application/json"},
}

// bundle is the mime bundle of v (DisplayFormatter.format): text/plain is
// its repr, and each rich representation it has is added.
func bundle(f *interp.Fiber, v interp.Value) (map[string]any, *interp.Exception) {
	text, exc := interp.Repr(f, v)
	if exc != nil {
		return nil, exc
	}
	data := map[string]any{"text/plain": text}
	for _, m := range mimeMethods {
		has, exc := interp.HasAttr(f, v, m.method)
		if exc != nil || !has {
			continue
		}
		meth, exc := interp.GetAttr(f, v, m.method)
		if exc != nil || !interp.Callable(meth) {
			continue
		}
		r, exc := f.Call(meth, nil, nil)
		if exc != nil {
			return nil, exc
		}
		if s, ok := r.(interp.Str); ok {
			data[m.mime] = string(s)
		}
	}
	return data, nil
}

// registerIPython makes the IPython modules importable in the kernel's
// session and puts get_ipython into __main__, as IPython does.
func (k *Kernel) registerIPython() {
	vm := k.S.VM
	vm.RegisterModule("IPython", func(vm *interp.VM) (*interp.Module, *interp.Exception) {
		return pyModule(vm, "IPython", ipythonSrc)
	})
	vm.RegisterModule("IPython.display", func(vm *interp.VM) (*interp.Module, *interp.Exception) {
		m, exc := pyModule(vm, "IPython.display", displaySrc)
		if exc != nil {
			return nil, exc
		}
		m.AddFuncs(map[string]interp.NativeFunc{
			"display":      k.display,
			"clear_output": k.clearOutput,
		})
		return m, nil
	})
	k.S.Main.Globals.SetStr("get_ipython", interp.NewBuiltin("get_ipython", func(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
		m, exc := f.VM.Import(f, "IPython")
		if exc != nil {
			return nil, exc
		}
		return interp.GetAttr(f, m, "_shell")
	}))
}

// pyModule runs src as the module name.
func pyModule(vm *interp.VM, name, src string) (*interp.Module, *interp.Exception) {
	mod, err := lang.Parse("<"+name+">", []byte(src), lang.ModeFile)
	if err != nil {
		return nil, interp.SyntaxErrorException(err)
	}
	cc, err := compile.Compile(mod, compile.Options{RecursionLimit: vm.RecursionLimit})
	if err != nil {
		return nil, interp.SyntaxErrorException(err)
	}
	m := interp.NewModule(name)
	if _, exc := vm.RunCode(vm.NewThread(), interp.NewCode(cc), m); exc != nil {
		return nil, exc
	}
	return m, nil
}

// display is IPython's display(*objs): each object becomes a display_data
// output with its mime bundle.
func (k *Kernel) display(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	for _, v := range args {
		data, exc := bundle(f, v)
		if exc != nil {
			return nil, exc
		}
		k.add(Output{"output_type": "display_data", "data": data, "metadata": map[string]any{}})
	}
	return interp.None, nil
}

// clearOutput is clear_output(wait=False): the cell's outputs so far are
// dropped, at once or (wait) when the next output comes, as nbclient
// handles the clear_output message.
func (k *Kernel) clearOutput(f *interp.Fiber, args []interp.Value, kw []interp.KV) (interp.Value, *interp.Exception) {
	var wait interp.Value = interp.False
	if err := interp.UnpackArgsPy("clear_output", args, kw, "wait?", &wait); err != nil {
		return nil, err
	}
	w, exc := interp.Truth(f, wait)
	if exc != nil {
		return nil, exc
	}
	k.flush()
	if w {
		k.clearNext = true
	} else {
		k.outs = nil
		k.clearNext = false
	}
	return interp.None, nil
}
