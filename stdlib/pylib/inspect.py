# inspect: what kind of object is this, and what are a function's
# parameters (CPython's Lib/inspect.py, written anew: the predicates,
# signature()/Signature/Parameter, getmembers, getdoc, cleandoc). Source
# code is not kept: getsource raises OSError as for a function without a
# file.

import _pylib
import enum as _enum

__all__ = ["iscoroutinefunction", "iscoroutine", "isawaitable", "isfunction",
           "ismethod", "isclass", "ismodule", "isgenerator",
           "isgeneratorfunction", "isasyncgen", "isasyncgenfunction",
           "isbuiltin", "isroutine", "signature", "Signature", "Parameter",
           "getmembers", "getdoc", "cleandoc", "isabstract", "unwrap",
           "getsource", "iscode", "isframe", "istraceback"]


def _unwrap_partial(obj):
    while hasattr(obj, "func") and type(obj).__name__ == "partial":
        obj = obj.func
    return obj


def _kind(obj):
    return _pylib.function_kind(_unwrap_partial(obj))


def isclass(obj):
    """True for classes."""
    return isinstance(obj, type)


def ismodule(obj):
    """True for modules."""
    return type(obj).__name__ == "module"


def isfunction(obj):
    """True for functions written in the language (def and lambda)."""
    return type(obj).__name__ == "function"


def ismethod(obj):
    """True for bound methods."""
    return type(obj).__name__ == "method"


def isbuiltin(obj):
    """True for built-in functions and methods."""
    return type(obj).__name__ == "builtin_function_or_method"


def isroutine(obj):
    """True for functions, methods and builtins."""
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def isgeneratorfunction(obj):
    """True for generator functions (def with yield)."""
    return (isfunction(_unwrap_partial(obj)) or ismethod(_unwrap_partial(obj))) and _kind(obj) == "generator"


def iscoroutinefunction(obj):
    """True for coroutine functions (async def)."""
    return (isfunction(_unwrap_partial(obj)) or ismethod(_unwrap_partial(obj))) and _kind(obj) == "coroutine"


def isasyncgenfunction(obj):
    """True for asynchronous generator functions (async def with yield)."""
    return (isfunction(_unwrap_partial(obj)) or ismethod(_unwrap_partial(obj))) and _kind(obj) == "async_generator"


def isgenerator(obj):
    """True for generator objects."""
    return type(obj).__name__ == "generator"


def iscoroutine(obj):
    """True for coroutine objects."""
    return type(obj).__name__ == "coroutine"


def isasyncgen(obj):
    """True for asynchronous generator objects."""
    return type(obj).__name__ == "async_generator"


def isawaitable(obj):
    """True for objects await accepts: coroutines and objects with __await__."""
    return iscoroutine(obj) or hasattr(type(obj), "__await__") or hasattr(obj, "__await__") and not isclass(obj)


def iscode(obj):
    return type(obj).__name__ == "code"


def isframe(obj):
    return type(obj).__name__ == "frame"


def istraceback(obj):
    return type(obj).__name__ == "traceback"


def isabstract(obj):
    """True for a class with abstract methods left."""
    return bool(isinstance(obj, type) and getattr(obj, "__abstractmethods__", None))


def getmembers(obj, predicate=None):
    """(name, value) pairs of obj's attributes, sorted by name."""
    results = []
    for key in dir(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def cleandoc(doc):
    """A docstring with its indentation removed and blank lines at both ends dropped."""
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(obj):
    """The cleaned docstring of obj (from its class when it has none), or None."""
    doc = getattr(obj, "__doc__", None)
    if doc is None and not isinstance(obj, type):
        doc = getattr(type(obj), "__doc__", None)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain of a decorated function."""
    seen = {id(func)}
    while hasattr(func, "__wrapped__") and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        seen.add(id(func))
    return func


def getsource(obj):
    """Source code is not kept by this interpreter: OSError, as for code without a file."""
    raise OSError("could not get source code")


getsourcelines = getsource


class _empty:
    """Marker for a missing default or annotation."""


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_KIND_DESCRIPTIONS = {
    0: "positional-only",
    1: "positional or keyword",
    2: "variadic positional",
    3: "keyword-only",
    4: "variadic keyword",
}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""
    empty = _empty
    POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
    KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
    VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._name = name
        self._kind = _ParameterKind(kind)
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def kind(self):
        return self._kind

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    def replace(self, *, name=None, kind=None, default=_empty, annotation=_empty):
        return Parameter(self._name if name is None else name,
                         self._kind if kind is None else kind,
                         default=self._default if default is _empty else default,
                         annotation=self._annotation if annotation is _empty else annotation)

    def __str__(self):
        kind = self._kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = "{}: {}".format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = "{} = {}".format(formatted, repr(self._default))
            else:
                formatted = "{}={}".format(formatted, repr(self._default))
        if kind == _ParameterKind.VAR_POSITIONAL:
            formatted = "*" + formatted
        elif kind == _ParameterKind.VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))


class BoundArguments:
    """The result of Signature.bind: arguments by parameter name."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _ParameterKind.VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _ParameterKind.VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        """Fill in the defaults of the parameters not bound."""
        arguments = self.arguments
        new_arguments = {}
        for name, param in self._signature.parameters.items():
            try:
                new_arguments[name] = arguments[name]
            except KeyError:
                if param.default is not _empty:
                    val = param.default
                elif param.kind == _ParameterKind.VAR_POSITIONAL:
                    val = ()
                elif param.kind == _ParameterKind.VAR_KEYWORD:
                    val = {}
                else:
                    continue
                new_arguments[name] = val
        self.arguments = new_arguments

    def __repr__(self):
        args = ["{}={!r}".format(arg, value) for arg, value in self.arguments.items()]
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    """The parameters and return annotation of a callable."""
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        self._parameters = {p.name: p for p in (parameters or ())}
        self._return_annotation = return_annotation

    @property
    def parameters(self):
        return dict(self._parameters)

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=None, return_annotation=_empty):
        if parameters is None:
            parameters = self._parameters.values()
        if return_annotation is _empty:
            return_annotation = self._return_annotation
        return Signature(parameters, return_annotation=return_annotation)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _ParameterKind.POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == _ParameterKind.VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _ParameterKind.KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "({})".format(", ".join(result))
        if self._return_annotation is not _empty:
            rendered += " -> {}".format(formatannotation(self._return_annotation))
        return rendered

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self._parameters.values()) == list(other._parameters.values()))

    def _bind(self, args, kwargs, partial=False):
        arguments = {}
        params = list(self._parameters.values())
        kwargs = dict(kwargs)
        i = 0
        args = list(args)
        for param in params:
            if param.kind in (_ParameterKind.POSITIONAL_ONLY, _ParameterKind.POSITIONAL_OR_KEYWORD):
                if args:
                    arguments[param.name] = args.pop(0)
                    continue
                if param.name in kwargs and param.kind != _ParameterKind.POSITIONAL_ONLY:
                    arguments[param.name] = kwargs.pop(param.name)
                    continue
                if param.default is _empty and not partial:
                    raise TypeError("missing a required argument: {!r}".format(param.name))
            elif param.kind == _ParameterKind.VAR_POSITIONAL:
                if args:
                    arguments[param.name] = tuple(args)
                    args = []
            elif param.kind == _ParameterKind.KEYWORD_ONLY:
                if param.name in kwargs:
                    arguments[param.name] = kwargs.pop(param.name)
                elif param.default is _empty and not partial:
                    raise TypeError("missing a required argument: {!r}".format(param.name))
            elif param.kind == _ParameterKind.VAR_KEYWORD:
                if kwargs:
                    arguments[param.name] = kwargs
                    kwargs = {}
        if args:
            raise TypeError("too many positional arguments")
        if kwargs:
            raise TypeError("got an unexpected keyword argument {!r}".format(next(iter(kwargs))))
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Bind arguments to the parameters as a call would (TypeError when they do not fit)."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """bind() that lets required parameters go missing."""
        return self._bind(args, kwargs, partial=True)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)


def _signature_of_function(fn, skip_first):
    parts = _pylib.signature_parts(fn)
    if parts is None:
        return None
    pos, varargs, kwonly, varkw, defaults, kwdefaults = parts
    annotations = getattr(fn, "__annotations__", None) or {}
    params = []
    first_default = len(pos) - len(defaults)
    for i, name in enumerate(pos):
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, _ParameterKind.POSITIONAL_OR_KEYWORD, default=default,
                                annotation=annotations.get(name, _empty)))
    if varargs is not None:
        params.append(Parameter(varargs, _ParameterKind.VAR_POSITIONAL,
                                annotation=annotations.get(varargs, _empty)))
    for name in kwonly:
        default = kwdefaults.get(name, _empty) if kwdefaults else _empty
        params.append(Parameter(name, _ParameterKind.KEYWORD_ONLY, default=default,
                                annotation=annotations.get(name, _empty)))
    if varkw is not None:
        params.append(Parameter(varkw, _ParameterKind.VAR_KEYWORD,
                                annotation=annotations.get(varkw, _empty)))
    if skip_first:
        if params and params[0].kind in (_ParameterKind.POSITIONAL_ONLY, _ParameterKind.POSITIONAL_OR_KEYWORD):
            params = params[1:]
        elif not params or params[0].kind != _ParameterKind.VAR_POSITIONAL:
            raise ValueError("invalid method signature")
    return Signature(params, return_annotation=annotations.get("return", _empty))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of a callable: its parameters and return annotation."""
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
    sig = getattr(obj, "__signature__", None)
    if isinstance(sig, Signature):
        return sig
    if ismethod(obj):
        sig = _signature_of_function(obj.__func__, True)
        if sig is not None:
            return sig
    if isfunction(obj):
        return _signature_of_function(obj, False)
    if type(obj).__name__ == "partial":
        base = signature(obj.func)
        params = list(base.parameters.values())[len(obj.args):]
        params = [p.replace(default=obj.keywords[p.name], kind=_ParameterKind.KEYWORD_ONLY)
                  if p.name in obj.keywords else p for p in params]
        return base.replace(parameters=params)
    if isinstance(obj, type):
        for name in ("__init__", "__new__"):
            for base in obj.__mro__:
                if name in base.__dict__ and base is not object:
                    meth = base.__dict__[name]
                    if isinstance(meth, staticmethod):
                        meth = meth.__func__
                    sig = _signature_of_function(meth, True)
                    if sig is not None:
                        return sig.replace(return_annotation=_empty)
                    break
        return Signature()
    call = getattr(type(obj), "__call__", None)
    if call is not None and isfunction(call):
        return _signature_of_function(call, True)
    raise ValueError("no signature found for builtin {!r}".format(obj))


class ClassFoundException(Exception):
    pass


def currentframe():
    """Frames are not objects here: None, as on implementations without frame support."""
    return None


def stack(context=1):
    return []
