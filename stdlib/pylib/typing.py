# typing: the names of CPython's typing module as inert objects. Annotations
# work and print as CPython prints them (typing.Optional[int], ~T, ...);
# nothing is checked at run time. Written anew from typing's documentation.

import collections
import collections.abc
import _pylib

__all__ = ["Any", "Optional", "Union", "List", "Dict", "Set", "FrozenSet",
           "Tuple", "Type", "Callable", "Awaitable", "Coroutine", "TypeVar",
           "Generic", "Protocol", "cast", "overload", "TYPE_CHECKING"]

TYPE_CHECKING = False

_NoneType = type(None)


def _type_repr(obj):
    """The text typing shows for an argument: int, module.Class, ~T, ..."""
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _convert(arg):
    if arg is None:
        return _NoneType
    return arg


def _tuple_args(params):
    if not isinstance(params, tuple):
        params = (params,)
    return params


class _Final:
    """Base of the inert typing objects."""
    __slots__ = ()


class _SpecialForm(_Final):
    """A form such as Any, Optional, Union, ClassVar: subscription makes an alias."""

    def __init__(self, name, getitem=None, doc=""):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)


class _GenericAlias(_Final):
    """A subscripted generic: List[int], Callable[[int], str], Stack[int]."""

    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = tuple(args)
        self._name = name

    def __repr__(self):
        if self._name:
            head = "typing." + self._name
        else:
            head = _type_repr(self.__origin__)
        if self._name == "Callable" and len(self.__args__) == 2 and isinstance(self.__args__[0], list):
            params = "[" + ", ".join(_type_repr(a) for a in self.__args__[0]) + "]"
            return f"{head}[{params}, {_type_repr(self.__args__[1])}]"
        if self.__args__ == ():
            return head + "[()]"
        return head + "[" + ", ".join(_type_repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, _hashable(self.__args__)))

    def __call__(self, *args, **kwargs):
        if self._name is not None and self.__origin__ in _NOT_CALLABLE:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, params):
        params = _tuple_args(params)
        free = [a for a in self.__args__ if isinstance(a, TypeVar)]
        if not free:
            raise TypeError(f"{self} is not a generic class")
        subst = dict(zip(free, params))
        return _GenericAlias(self.__origin__, [subst.get(a, a) for a in self.__args__], self._name)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


def _hashable(args):
    return tuple(tuple(a) if isinstance(a, list) else a for a in args)


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f"typing.Optional[{_type_repr(args[1])}]"
            if args[1] is _NoneType:
                return f"typing.Optional[{_type_repr(args[0])}]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in args) + "]"

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _SpecialGenericAlias(_Final):
    """An unsubscripted alias of a class: List, Dict, Callable, Awaitable."""

    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        params = _tuple_args(params)
        if self._name == "Callable":
            if len(params) != 2:
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            args, result = params
            if isinstance(args, (list, tuple)):
                args = [_convert(a) for a in args]
            return _GenericAlias(self.__origin__, (args, _convert(result)), self._name)
        if self._name == "Tuple":
            return _GenericAlias(self.__origin__, [_convert(p) for p in params], self._name)
        if self._nparams >= 0 and len(params) != self._nparams:
            many = "many" if len(params) > self._nparams else "few"
            raise TypeError(f"Too {many} arguments for {self}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, [_convert(p) for p in params], self._name)

    def __call__(self, *args, **kwargs):
        if self.__origin__ in _NOT_CALLABLE:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__

    def __hash__(self):
        return hash(self.__origin__)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


_NOT_CALLABLE = (list, dict, set, frozenset, tuple, type)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    flat = []
    for p in _tuple_args(parameters):
        p = _convert(p)
        if isinstance(p, _UnionGenericAlias):
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(Union, flat, "Union")


def _optional_getitem(self, parameters):
    return Union[parameters, None]


def _one_arg(self, parameters):
    params = _tuple_args(parameters)
    if len(params) != 1:
        raise TypeError(f"{self} accepts only single type. Got {parameters!r}.")
    return _GenericAlias(self, [_convert(params[0])], self._name)


def _many_args(self, parameters):
    return _GenericAlias(self, _tuple_args(parameters), self._name)


def _annotated_getitem(self, parameters):
    params = _tuple_args(parameters)
    if len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
    alias = _GenericAlias(self, (params[0],) + params[1:], "Annotated")
    alias.__metadata__ = params[1:]
    return alias


Any = _SpecialForm("Any", None, "Special type indicating an unconstrained type.")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")
Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
ClassVar = _SpecialForm("ClassVar", _one_arg)
Final = _SpecialForm("Final", _one_arg)
TypeGuard = _SpecialForm("TypeGuard", _one_arg)
Required = _SpecialForm("Required", _one_arg)
NotRequired = _SpecialForm("NotRequired", _one_arg)
Unpack = _SpecialForm("Unpack", _one_arg)
Literal = _SpecialForm("Literal", _many_args)
Concatenate = _SpecialForm("Concatenate", _many_args)
Annotated = _SpecialForm("Annotated", _annotated_getitem)


class TypeVar(_Final):
    """Type variable: T = TypeVar('T'), shown as ~T."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = tuple(constraints)
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    """Parameter specification variable: P = ParamSpec('P')."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant, contravariant=contravariant)
        self.args = _SpecialForm(name + ".args")
        self.kwargs = _SpecialForm(name + ".kwargs")


class TypeVarTuple(_Final):
    """Type variable tuple: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


try:
    AnyStr = TypeVar("AnyStr", bytes, str)
except NameError:  # bytes is not in every build yet
    AnyStr = TypeVar("AnyStr", str, str)


class Generic:
    """Base class of generic classes: class Stack(Generic[T])."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        return _GenericAlias(cls, [_convert(p) for p in _tuple_args(params)])


class Protocol(Generic):
    """Base class of protocol classes (structural types)."""
    __slots__ = ()


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance (accepted, not enforced)."""
    return cls


List = _SpecialGenericAlias(list, 1, "List")
Dict = _SpecialGenericAlias(dict, 2, "Dict")
Set = _SpecialGenericAlias(set, 1, "Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, "FrozenSet")
Tuple = _SpecialGenericAlias(tuple, -1, "Tuple")
Type = _SpecialGenericAlias(type, 1, "Type")
Deque = _SpecialGenericAlias(collections.deque, 1, "Deque")
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, "DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, "OrderedDict")
Counter = _SpecialGenericAlias(collections.Counter, 1, "Counter")
ChainMap = _SpecialGenericAlias(getattr(collections, "ChainMap", dict), 2, "ChainMap")
Text = str

_abc = collections.abc
Callable = _SpecialGenericAlias(_abc.Callable, 2, "Callable")
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, "Awaitable")
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, "Coroutine")
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, "AsyncIterable")
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, "AsyncIterator")
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, "AsyncGenerator")
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, "Iterable")
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, "Iterator")
Generator = _SpecialGenericAlias(_abc.Generator, 3, "Generator")
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, "Reversible")
Container = _SpecialGenericAlias(_abc.Container, 1, "Container")
Collection = _SpecialGenericAlias(_abc.Collection, 1, "Collection")
Hashable = _SpecialGenericAlias(_abc.Hashable, 0, "Hashable")
Sized = _SpecialGenericAlias(_abc.Sized, 0, "Sized")
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, "Sequence")
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, "MutableSequence")
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, "Mapping")
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, "MutableMapping")
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, "AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, "MutableSet")
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, "KeysView")
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, "ItemsView")
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, "ValuesView")
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, "MappingView")


class _IOBase(Generic):
    pass


class IO(_IOBase):
    """Generic base class for file objects."""


class TextIO(IO):
    """Typed version of the return of open() in text mode."""


class BinaryIO(IO):
    """Typed version of the return of open() in binary mode."""


def cast(typ, val):
    """Return val unchanged: the cast is for type checkers only."""
    return val


def overload(func):
    """Decorator for overloaded signatures (the last, undecorated definition is the one called)."""
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def final(f):
    """Decorator marking a final method or class (returned unchanged)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: the annotations are not type hints (returned unchanged)."""
    return arg


def assert_never(arg):
    """Assert to the type checker that a line is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def assert_type(val, typ):
    """Return val unchanged (a check for type checkers only)."""
    return val


def reveal_type(obj):
    """Print the run-time type of obj on stderr and return obj."""
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


class NewType:
    """NewType('UserId', int): a callable returning its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        import sys
        self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__") if hasattr(sys, "_getframe") else "__main__"

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def NamedTuple(typename, fields=None, /, **kwargs):
    """NamedTuple('Point', [('x', int), ('y', int)]): a collections.namedtuple."""
    if fields is None:
        fields = kwargs.items()
    return collections.namedtuple(typename, [name for name, _ in fields])


class _TypedDictBase:
    """What a TypedDict class derives from here: calling it makes a plain
    dict; the class keeps what CPython's _TypedDictMeta records
    (__annotations__, __total__, __required_keys__, __optional_keys__)."""

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __init_subclass__(cls, /, total=True, **kwargs):
        own = dict(cls.__dict__.get("__annotations__", {}))
        annotations = {}
        required = set()
        optional = set()
        for base in cls.__bases__:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own)
        if total:
            required.update(own)
        else:
            optional.update(own)
        cls.__annotations__ = annotations
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
        cls.__total__ = total


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """TypedDict('Movie', {'name': str}): a class whose call makes a plain dict."""
    if fields is None:
        fields = kwargs
        if kwargs:
            import warnings
            warnings.warn(
                "The kwargs-based syntax for TypedDict definitions is deprecated "
                "in Python 3.11, will be removed in Python 3.13, and may not be "
                "understood by third-party type checkers.",
                DeprecationWarning, stacklevel=2)
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {"__annotations__": dict(fields)}
    frame = _pylib.caller(1)
    if frame is not None:
        ns["__module__"] = frame[2].get("__name__", "__main__")
    return type(typename, (_TypedDictBase,), ns, total=total)


TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)


class _NamedTupleBase:
    """What a class NamedTuple body derives from here: instances are
    collections.namedtuple instances built from the class annotations."""

    def __new__(cls, *args, **kwargs):
        made = cls.__dict__.get("_nt_class")
        if made is None:
            names = list(getattr(cls, "__annotations__", {}))
            defaults = [cls.__dict__[n] for n in names if n in cls.__dict__]
            made = collections.namedtuple(cls.__name__, names, defaults=defaults)
            cls._nt_class = made
        return made(*args, **kwargs)


NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj, with None written as NoneType."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            for name, value in getattr(base, "__annotations__", {}).items():
                hints[name] = _convert(value)
        return hints
    for name, value in getattr(obj, "__annotations__", {}).items():
        hints[name] = _convert(value)
    return hints


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return getattr(tp, "__origin__", None)


def get_args(tp):
    """The arguments of a subscripted type: get_args(Dict[str, int]) is (str, int)."""
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp._name == "Callable" and len(args) == 2 and isinstance(args[0], list):
            return (args[0], args[1])
        return args
    return getattr(tp, "__args__", ())


class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""


class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""


class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""


class SupportsAbs(Protocol):
    """An ABC with one abstract method __abs__."""


class SupportsRound(Protocol):
    """An ABC with one abstract method __round__."""
