# abc: abstract base classes (CPython's Lib/abc.py, written anew). ABC's
# subclasses get isinstance/issubclass through their registries and
# __subclasshook__ (the _abc module, in Go), and cannot be instantiated
# while abstract methods remain. ABCMeta is accepted as a metaclass name.

from _abc import _abc_init, _abc_register, _abc_subclasscheck
from _pylib import object_new as _object_new


def abstractmethod(funcobj):
    """Decorator marking an abstract method: the class cannot be instantiated until it is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    for part in ("fget", "fset", "fdel", "__func__"):
        inner = getattr(value, part, None)
        if inner is not None and getattr(inner, "__isabstractmethod__", False):
            return True
    return False


def _compute_abstracts(cls):
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__mro__[1:]:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)


class ABCMeta(type):
    """Metaclass name kept for code that spells class X(metaclass=ABCMeta)."""

    def register(cls, subclass):
        return _abc_register(cls, subclass)


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added to it."""
    _compute_abstracts(cls)
    return cls


class ABC:
    """Helper class: derive from it to make an abstract base class."""
    __slots__ = ()

    def __init_subclass__(cls, /, **kwargs):
        _abc_init(cls)
        _compute_abstracts(cls)

    @classmethod
    def register(cls, subclass):
        """Register a virtual subclass of this ABC."""
        return _abc_register(cls, subclass)

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


_abc_init(ABC)
ABC.__abstractmethods__ = frozenset()


def _abc_new(cls, *args, **kwargs):
    abstracts = getattr(cls, "__abstractmethods__", ())
    if abstracts:
        names = sorted(abstracts)
        s = "s" if len(names) > 1 else ""
        raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                        f"with abstract method{s} {', '.join(names)}")
    return _object_new(cls)


# Instantiating a class with abstract methods left is CPython's TypeError
# (object.__new__'s check); the instance is made as object.__new__ makes it.
ABC.__new__ = _abc_new
