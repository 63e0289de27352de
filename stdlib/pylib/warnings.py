# warnings: warning control (CPython's Lib/warnings.py, written anew).
# warn() finds the caller stacklevel frames up, applies the filters
# (CPython's defaults: DeprecationWarning shown only when triggered in
# __main__, Pending/Import/ResourceWarning ignored) and prints
# "file:line: Category: message" and the source line on sys.stderr.

import sys
import _pylib

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

filters = []
defaultaction = "default"
onceregistry = {}
_registry = {}


class WarningMessage:
    """One warning, as catch_warnings(record=True) records it."""
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text a warning prints: file:line: Category: message, then the source line."""
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += f"  {line.strip()}\n"
    return s


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, text in enumerate(f, 1):
                if i == lineno:
                    return text
    except (OSError, UnicodeDecodeError):
        pass
    return None


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)


_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front by default)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    import re
    msg = re.compile(message, re.I) if message else None
    mod = re.compile(module) if module else None
    _add_filter(action, msg, category, mod, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (no message or module match)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    filters[:] = []
    _registry.clear()


class catch_warnings:
    """Save the warnings filters and showwarning on entry and restore them on exit; with record=True, collect the warnings in a list."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = (action, category, lineno, append) if action is not None else None

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = filters[:]
        self._registry = dict(_registry)
        self._showwarning = showwarning
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._filters
        _registry.clear()
        _registry.update(self._registry)
        showwarning = self._showwarning


def _action_for(category, text, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if ((msg is None or msg.match(text)) and issubclass(category, cat)
                and (mod is None or mod.match(module)) and (ln == 0 or lineno == ln)):
            return action
    if issubclass(category, DeprecationWarning):
        return "default" if module == "__main__" else "ignore"
    if issubclass(category, (PendingDeprecationWarning, ImportWarning, ResourceWarning)):
        return "ignore"
    return defaultaction


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'".format(type(category).__name__))
    where = _pylib.caller(max(stacklevel, 1))
    if where is None:
        filename, lineno, module = "sys", 1, "sys"
        line = None
    else:
        filename, lineno, globals_, line, _ = where
        module = globals_.get("__name__", "<string>")
        line = line or None
    warn_explicit(message, category, filename, lineno, module, _registry, None, None, source, _line=line)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None, _source=None, _line=None):
    """Issue a warning for an explicit file, line and module."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    action = _action_for(category, text, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif registry is None:
        pass  # "module" and "default" show every time without a registry (the compiler's warnings)
    elif action == "module":
        modkey = (module, text, category, 0)
        if registry.get(modkey):
            return
        registry[modkey] = 1
    elif action == "default":
        defkey = (module, filename) + key
        if registry.get(defkey):
            return
        registry[defkey] = 1
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, _line))


# -W options (sys.warnoptions) become filters when this module is imported,
# the last one checked first; an invalid one is reported and skipped.
class _OptionError(Exception):
    pass


def _option_action(text):
    if not text:
        return "default"
    if text == "all":
        return "always"
    for action in ("default", "always", "ignore", "module", "once", "error"):
        if action.startswith(text):
            return action
    raise _OptionError("invalid action: %r" % (text,))


def _option_category(text):
    if not text:
        return Warning
    modname, _, name = text.rpartition(".")
    try:
        if modname:
            try:
                where = _pylib.import_module(modname)
            except ImportError:
                raise _OptionError("invalid module name: %r" % (modname,)) from None
            category = getattr(where, name)
        else:
            category = _pylib.builtin(name)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (text,)) from None
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise _OptionError("invalid warning category: %r" % (text,))
    return category


def _add_option(option):
    fields = option.split(":")
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (option,))
    fields = [f.strip() for f in fields] + [""] * (5 - len(fields))
    action, message, category, module, lineno = fields
    action = _option_action(action)
    category = _option_category(category)
    if message or module:
        import re
        message = re.escape(message) if message else ""
        module = re.escape(module) + r"\Z" if module else ""
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


for _option in sys.warnoptions:
    try:
        _add_option(_option)
    except _OptionError as _msg:
        print("Invalid -W option ignored:", _msg, file=sys.stderr)
