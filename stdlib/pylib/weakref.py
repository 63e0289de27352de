# weakref: weak references, approximated. Go's collector has no reference
# counts, so an object cannot be seen dying the moment its last strong
# reference goes: here a weak reference keeps its object (ref() always
# returns it, WeakValueDictionary and WeakKeyDictionary keep their
# entries, callbacks never run). Code that only caches through weak
# references behaves as in CPython; code that waits for an object to
# disappear does not. finalize() callbacks run at exit, as CPython runs
# those of objects still alive then.

import atexit as _atexit

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class ReferenceType:
    """A weak reference: calling it returns the object."""

    def __init__(self, ob, callback=None):
        if isinstance(ob, (int, str, tuple, list, dict, type(None), bool, float)):
            raise TypeError(f"cannot create weak reference to '{type(ob).__name__}' object")
        self._ob = ob
        self.__callback__ = callback

    def __call__(self):
        return self._ob

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._ob == other._ob

    def __hash__(self):
        return hash(self._ob)

    def __repr__(self):
        ob = self._ob
        name = getattr(ob, "__name__", None)
        extra = f" ({name!r})" if isinstance(name, str) else ""
        return "<weakref at %s; to '%s' at %s%s>" % (
            hex(id(self)), type(ob).__qualname__ if type(ob).__module__ == "builtins"
            else type(ob).__module__ + "." + type(ob).__qualname__, hex(id(ob)), extra)


ref = ReferenceType


class WeakMethod(ReferenceType):
    """A weak reference to a bound method."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        ReferenceType.__init__(self, obj, callback)
        self._meth = meth

    def __call__(self):
        return self._meth


def proxy(ob, callback=None):
    """A proxy to ob (here ob itself)."""
    return ob


ProxyType = type(None)
CallableProxyType = type(None)
ProxyTypes = (ProxyType, CallableProxyType)


def getweakrefcount(ob):
    return 0


def getweakrefs(ob):
    return []


class WeakValueDictionary(dict):
    """A mapping whose values are held weakly (here: held)."""

    def __repr__(self):
        return "<WeakValueDictionary at %s>" % hex(id(self))

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def itervaluerefs(self):
        return iter(self.valuerefs())


class WeakKeyDictionary(dict):
    """A mapping whose keys are held weakly (here: held)."""

    def __repr__(self):
        return "<WeakKeyDictionary at %s>" % hex(id(self))

    def keyrefs(self):
        return [ref(k) for k in self.keys()]


class WeakSet(set):
    """A set whose members are held weakly (here: held)."""

    def __repr__(self):
        return "{}({})".format(self.__class__.__name__, set(self))


class finalize:
    """finalize(obj, func, *args, **kwargs): func(*args, **kwargs) runs once, when called or at exit."""
    _registry = []
    _registered = False

    def __init__(self, obj, func, /, *args, **kwargs):
        self._obj = obj
        self._info = (func, args, kwargs)
        self.atexit = True
        finalize._registry.append(self)
        if not finalize._registered:
            _atexit.register(finalize._exitfunc)
            finalize._registered = True

    def __call__(self, _=None):
        info = self._info
        if info is not None:
            self._info = None
            func, args, kwargs = info
            return func(*args, **kwargs)

    def detach(self):
        info = self._info
        if info is not None:
            self._info = None
            return (self._obj,) + info

    def peek(self):
        if self._info is not None:
            return (self._obj,) + self._info

    @property
    def alive(self):
        return self._info is not None

    def __repr__(self):
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(self._obj).__name__, id(self._obj))

    @staticmethod
    def _exitfunc():
        pending = [f for f in finalize._registry if f.alive and f.atexit]
        pending.reverse()
        finalize._registry = []
        for f in pending:
            f()
