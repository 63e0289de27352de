# enum: enumerations (CPython 3.11's Lib/enum.py, written anew from its
# documentation). Members are made when the class statement ends (through
# __init_subclass__; CPython's EnumType.__new__ does it), and the
# metaclass EnumType gives the class iteration, len(), `in` and Color['RED'].
# Color(1) looks the value up in Enum.__new__.

import _pylib

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag",
           "IntFlag", "ReprEnum", "auto", "unique", "property", "verify",
           "member", "nonmember", "global_enum", "CONTINUOUS", "NAMED_FLAGS",
           "UNIQUE", "EnumCheck", "FlagBoundary", "STRICT", "CONFORM",
           "EJECT", "KEEP"]

_builtin_property = property


class auto:
    """Instances are replaced with an appropriate value for the member."""
    _next = object()

    def __init__(self, value=_next):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class nonmember:
    """Protects a class attribute from becoming a member."""

    def __init__(self, value):
        self.value = value


class member:
    """Forces a class attribute to become a member."""

    def __init__(self, value):
        self.value = value


property = _builtin_property


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    pattern = "_%s__" % cls_name.lstrip("_")
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("_")


def _is_descriptor(obj):
    if isinstance(obj, (classmethod, staticmethod, _builtin_property)):
        return True
    if type(obj).__name__ in ("function", "builtin_function_or_method", "method"):
        return True
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


class EnumType(type):
    """Metaclass of Enum: iteration, len(), `in` and lookup by name on the class."""

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(
                "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                "False depending on whether the value is a member or the value of a member",
                DeprecationWarning, stacklevel=2)
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """Color(1) looks a member up; Enum('Color', 'RED GREEN') makes a new enumeration."""
        if names is None:
            return Enum.__new__(cls, value)
        if module is None:
            frame = _pylib.caller(1)
            if frame is not None:
                module = frame[2].get("__name__")
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """The functional API (CPython's EnumType._create_)."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        first_enum = bases[-1]
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        classdict = {}
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls(class_name, bases, classdict)


EnumMeta = EnumType
Flag = None


def _make_members(cls):
    """Turn the plain attributes of a new Enum class into its members."""
    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    cls._unhashable_values_ = []
    base_members = [b for b in cls.__mro__[1:] if b.__dict__.get("_member_names_")]
    if base_members:
        raise TypeError("<enum %r> cannot extend %r" % (cls.__name__, base_members[0]))
    ignore = cls.__dict__.get("_ignore_", [])
    if isinstance(ignore, str):
        ignore = ignore.replace(",", " ").split()
    last_values = []
    for name, value in list(cls.__dict__.items()):
        if name in ignore or name == "_ignore_":
            if name in cls.__dict__:
                delattr(cls, name)
            continue
        if isinstance(value, nonmember):
            setattr(cls, name, value.value)
            continue
        if isinstance(value, member):
            value = value.value
        elif _is_dunder(name) or _is_sunder(name) or _is_private(cls.__name__, name) or _is_descriptor(value):
            continue
        elif isinstance(value, type):
            continue
        if isinstance(value, auto):
            if value.value is auto._next:
                value.value = cls._generate_next_value_(name, 1, len(cls._member_names_), last_values[:])
            value = value.value
        elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
            value = tuple(v.value if isinstance(v, auto) and v.value is not auto._next
                          else (cls._generate_next_value_(name, 1, len(cls._member_names_), last_values[:])
                                if isinstance(v, auto) else v) for v in value)
        last_values.append(value)
        _add_member(cls, name, value)


def _new_member(cls, value):
    mixin = cls._member_type_
    if mixin is object:
        m = _pylib.object_new(cls)
    else:
        args = value if isinstance(value, tuple) else (value,)
        m = _pylib.object_new(cls, *args)
    return m


def _add_member(cls, name, value):
    args = value if isinstance(value, tuple) else (value,)
    custom_new = None
    for base in cls.__mro__:
        if base in _STANDARD:
            break
        if "__new__" in base.__dict__:
            custom_new = base.__dict__["__new__"]
            if isinstance(custom_new, staticmethod):
                custom_new = custom_new.__func__
            break
    if custom_new is not None:
        m = custom_new(cls, *args)
        if not hasattr(m, "_value_"):
            m._value_ = value if cls._member_type_ is object else cls._member_type_(*args)
    else:
        m = _new_member(cls, value)
        m._value_ = value
    value = m._value_
    init = None
    for base in cls.__mro__:
        if "__init__" in base.__dict__:
            init = base.__dict__["__init__"]
            break
    if init is not None and init is not Enum.__dict__["__init__"]:
        init(m, *args)
    for other in cls._member_map_.values():
        if other._value_ == value and type(other._value_) == type(value) or other._value_ is value:
            # an alias: the name refers to the first member with the value
            cls._member_map_[name] = other
            setattr(cls, name, other)
            return
    m._name_ = name
    m.__objclass__ = cls
    m._sort_order_ = len(cls._member_names_)
    cls._member_names_.append(name)
    cls._member_map_[name] = m
    try:
        cls._value2member_map_.setdefault(value, m)
    except TypeError:
        cls._unhashable_values_.append(value)
    setattr(cls, name, m)


def _find_member_type(cls):
    for base in cls.__mro__:
        if base.__module__ == "builtins" and base is not object:
            return base
    return object


def _keep_enum_methods(cls):
    """What EnumType.__new__ does after making the class: repr(), str(),
    format() and pickling stay the enumeration's where the mixed-in data
    type (int, str) or object would otherwise provide them; a direct
    subclass of ReprEnum takes str() and format() from the data type; a
    Flag keeps Flag's bit operators."""
    own = cls.__dict__
    member_type = cls._member_type_
    enum_bases = [b for b in cls.__bases__ if isinstance(b, EnumType)]
    if not enum_bases:
        return
    first_enum = enum_bases[-1]
    if ReprEnum is not None and ReprEnum in cls.__bases__ and member_type is not object:
        if "__format__" not in own:
            cls.__format__ = member_type.__format__
        if "__str__" not in own:
            # int and float have no __str__ of their own: object's uses __repr__
            cls.__str__ = member_type.__repr__ if member_type in (int, float) else member_type.__str__
    own = cls.__dict__
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if name in own:
            continue
        for base in cls.__mro__:
            if name in base.__dict__ or base.__module__ == "builtins":
                break
        if base.__module__ == "builtins":
            setattr(cls, name, getattr(first_enum, name))
    if Flag is not None and Flag in cls.__mro__:
        for op in ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__"):
            if op not in own:
                setattr(cls, op, Flag.__dict__[op])


ReprEnum = None

# The enum module's own classes: their __new__ is not a member constructor.
_STANDARD = set()


class Enum(metaclass=EnumType):
    """Base of enumerations: class Color(Enum): RED = 1."""

    _member_type_ = object

    def __init_subclass__(cls, **kwds):
        cls._member_type_ = _find_member_type(cls)
        _keep_enum_methods(cls)
        _make_members(cls)
        cls.__members__ = dict(cls._member_map_)

    def __new__(cls, value, *args, **kwds):
        if args or kwds or not cls._member_names_ and not cls.__dict__.get("_member_map_"):
            if not cls._member_names_:
                raise TypeError("%s has no members defined" % cls.__name__ if cls is not Enum
                                else "EnumType.__call__() missing 1 required positional argument: 'value'")
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        ve = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None:
            raise ve
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        try:
            return last + 1
        except TypeError:
            return start + count

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]

    @_builtin_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @_builtin_property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


_STANDARD.add(Enum)
_STANDARD.add(ReprEnum)


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings; str() is the value."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Enum whose members combine with |, & and ^ (values are bit masks)."""

    _boundary_ = "strict"

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        return 2 ** last.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        if value < 0:
            value = value & all_bits
        unknown = value & ~all_bits
        if unknown and cls._boundary_ != KEEP:
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                cls, value, bin(value), bin(all_bits)))
        pseudo = _new_member(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._members_in(value)]
        if unknown and names:
            names.append(repr(unknown))
        pseudo._name_ = "|".join(names) if names else None
        cls._value2member_map_[value] = pseudo
        return pseudo

    @classmethod
    def _members_in(cls, value):
        return [m for name, m in cls._member_map_.items()
                if m._name_ == name and m._value_ and m._value_ & value == m._value_
                and bin(m._value_).count("1") == 1]

    def __iter__(self):
        return iter(self.__class__._members_in(self._value_))

    def __len__(self):
        return bin(self._value_).count("1")

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        all_bits = 0
        for m in self.__class__._member_map_.values():
            all_bits |= m._value_
        return self.__class__(all_bits & ~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Flag whose members are also ints."""

    _boundary_ = "keep"


_STANDARD.update((IntEnum, Flag, IntFlag))


def unique(enumeration):
    """Class decorator: a ValueError if two names share one value."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


class EnumCheck:
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS
UNIQUE = EnumCheck.UNIQUE


class FlagBoundary:
    STRICT = "strict"
    CONFORM = "conform"
    EJECT = "eject"
    KEEP = "keep"


STRICT, CONFORM, EJECT, KEEP = "strict", "conform", "eject", "keep"


def verify(*checks):
    """Class decorator checking the enumeration (UNIQUE only; the others are accepted)."""
    def decorate(enumeration):
        if UNIQUE in checks:
            unique(enumeration)
        return enumeration
    return decorate


def global_enum(cls):
    """Class decorator: accepted, returns the class."""
    return cls
