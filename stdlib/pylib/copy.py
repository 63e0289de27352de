# copy: shallow and deep copies (CPython's Lib/copy.py, written anew).
# Instances of classes are copied by making an empty instance and copying
# its __dict__ (CPython goes through __reduce_ex__); __copy__ and
# __deepcopy__ are honoured; built-in containers are rebuilt by type.

import _pylib

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _f():
    pass


_ATOMIC = {type(None), int, float, bool, str, type, range, type(Ellipsis),
           type(NotImplemented), type(_f), type(len), property}
try:
    _ATOMIC.add(bytes)
except NameError:
    pass
try:
    _ATOMIC.add(complex)
except NameError:
    pass


def _is_atomic(cls):
    return cls in _ATOMIC or issubclass(cls, type)


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if _is_atomic(cls):
        return x
    if cls in (list, dict, set):
        return x.copy()
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, tuple):
        return x
    if isinstance(x, (list, dict, set)) or hasattr(x, "maxlen"):
        if hasattr(x, "copy"):
            return x.copy()
    if isinstance(x, BaseException):
        y = cls(*x.args)
        y.__dict__.update(x.__dict__)
        return y
    if hasattr(x, "__dict__"):
        y = _pylib.object_new(cls)
        y.__dict__.update(x.__dict__)
        return y
    raise Error(f"un(shallow)copyable object of type {cls}")


_nil = []


def deepcopy(x, memo=None, _nil=_nil):
    """A deep copy of x: containers and instances are copied recursively,
    shared and cyclic references stay shared in the copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(cls):
        return x
    copier = getattr(cls, "__deepcopy__", None)
    if copier is not None and not isinstance(x, type):
        y = copier(x, memo)
    elif cls is list or (isinstance(x, list) and not hasattr(x, "__dict__")):
        y = cls()
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif isinstance(x, tuple):
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        if all(a is b for a, b in zip(x, items)):
            y = x
        elif cls is tuple:
            y = tuple(items)
        else:
            y = cls(*items)
    elif isinstance(x, dict):
        if hasattr(x, "default_factory"):
            y = cls(x.default_factory)
        else:
            y = cls()
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif isinstance(x, (set, frozenset)):
        y = cls(deepcopy(a, memo) for a in x)
    elif hasattr(x, "maxlen") and hasattr(x, "appendleft"):
        y = cls(maxlen=x.maxlen)
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif isinstance(x, BaseException):
        y = cls(*deepcopy(x.args, memo))
        memo[d] = y
        for key, value in x.__dict__.items():
            setattr(y, key, deepcopy(value, memo))
    elif hasattr(x, "__dict__"):
        y = _pylib.object_new(cls)
        memo[d] = y
        state = deepcopy(x.__dict__, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    else:
        raise Error(f"un(deep)copyable object of type {cls}")
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y
