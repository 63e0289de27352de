# argparse: command-line parsing (CPython's Lib/argparse.py, written anew
# for the common subset): positional and optional arguments with actions
# store, store_const, store_true, store_false, append, append_const,
# extend, count, help and version; nargs, type, choices, default,
# required, dest, metavar; argument groups; usage and --help laid out as
# CPython's HelpFormatter lays them out; errors as "prog: error: ..." with
# exit status 2. Subcommands are not provided.

import os as _os
import re as _re
import sys as _sys
import textwrap as _textwrap

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "FileType",
           "HelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter",
           "ArgumentDefaultsHelpFormatter", "Namespace", "Action", "ONE_OR_MORE",
           "OPTIONAL", "PARSER", "REMAINDER", "SUPPRESS", "ZERO_OR_MORE"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."


class Namespace:
    """The parsed arguments, as attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        args = []
        star_args = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                args.append("%s=%r" % (name, value))
            else:
                star_args[name] = value
        if star_args:
            args.append("**%s" % repr(star_args))
        return "Namespace(%s)" % ", ".join(args)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    """An error from creating or using an argument."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type function to report a bad value."""


def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return "/".join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    return None


class Action:
    """One argument: its option strings, dest, nargs, and what parsing it does."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices",
                 "required", "help", "metavar"]
        return [(name, getattr(self, name)) for name in names]

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % kv for kv in self._get_kwargs()))

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for append actions must be != 0; if arg strings are not supplying the value to append, the append const action may be more appropriate")
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = list(items) if items is not None else []
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = list(items) if items is not None else []
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = list(items) if items is not None else []
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None, False, help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, 0, None, default, None, None, False, help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


_ACTIONS = {
    None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
    "store_true": _StoreTrueAction, "store_false": _StoreFalseAction,
    "append": _AppendAction, "append_const": _AppendConstAction, "extend": _ExtendAction,
    "count": _CountAction, "help": _HelpAction, "version": _VersionAction,
}


class HelpFormatter:
    """Lays out usage and help as CPython does (width from $COLUMNS, else 80, minus 2)."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            try:
                width = int(_os.environ["COLUMNS"])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._parts = []
        self._action_max_length = 0

    def _indent(self):
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._current_indent -= self._indent_increment

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._parts.append(self._format_text(text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._parts.append(self._format_usage(usage, actions, groups, prefix))

    def start_section(self, heading):
        self._section = (heading, [])

    def add_argument(self, action):
        if action.help is not SUPPRESS:
            invocation = self._format_action_invocation(action)
            self._action_max_length = max(self._action_max_length,
                                          len(invocation) + self._current_indent)

    def format_help(self):
        help = "".join(p for p in self._parts if p)
        if help:
            help = _re.sub(r"\n\n\n+", "\n\n", help)
            help = help.strip("\n") + "\n"
        return help

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = "usage: "
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif usage is None and not actions:
            usage = "%(prog)s" % dict(prog=self._prog)
        else:
            prog = "%(prog)s" % dict(prog=self._prog)
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            opt_parts = self._usage_parts(optionals, groups)
            pos_parts = self._usage_parts(positionals, groups)
            usage = " ".join([s for s in [prog, " ".join(opt_parts), " ".join(pos_parts)] if s])
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                def get_lines(parts, indent, prefix=None):
                    lines = []
                    line = []
                    indent_length = len(indent)
                    if prefix is not None:
                        line_len = len(prefix) - 1
                    else:
                        line_len = indent_length - 1
                    for part in parts:
                        if line_len + 1 + len(part) > text_width and line:
                            lines.append(indent + " ".join(line))
                            line = []
                            line_len = indent_length - 1
                        line.append(part)
                        line_len += len(part) + 1
                    if line:
                        lines.append(indent + " ".join(line))
                    if prefix is not None:
                        lines[0] = lines[0][len(indent):]
                    return lines

                if len(prefix) + len(prog) <= 0.75 * text_width:
                    indent = " " * (len(prefix) + len(prog) + 1)
                    if opt_parts:
                        lines = get_lines([prog] + opt_parts, indent, prefix)
                        lines.extend(get_lines(pos_parts, indent))
                    elif pos_parts:
                        lines = get_lines([prog] + pos_parts, indent, prefix)
                    else:
                        lines = [prog]
                else:
                    indent = " " * len(prefix)
                    parts = opt_parts + pos_parts
                    lines = get_lines(parts, indent)
                    if len(lines) > 1:
                        lines = []
                        lines.extend(get_lines(opt_parts, indent))
                        lines.extend(get_lines(pos_parts, indent))
                    lines = [prog] + lines
                usage = "\n".join(lines)
        return "%s%s\n\n" % (prefix, usage)

    def _usage_parts(self, actions, groups=()):
        # a mutually exclusive group whose actions are adjacent is shown
        # as [-a | -b] (or (-a | -b) when one is required)
        group_of = {}
        for group in groups:
            members = group._group_actions
            if len(members) > 1 and all(a in actions for a in members):
                first = actions.index(members[0])
                if actions[first:first + len(members)] == members:
                    for a in members:
                        group_of[a] = group
        parts = []
        for action in actions:
            if action.help is SUPPRESS:
                continue
            group = group_of.get(action)
            if group is not None:
                if action is not group._group_actions[0]:
                    continue
                inner = []
                for a in group._group_actions:
                    if a.nargs == 0:
                        inner.append(a.option_strings[0])
                    else:
                        default = self._get_default_metavar_for_optional(a)
                        inner.append("%s %s" % (a.option_strings[0], self._format_args(a, default)))
                text = " | ".join(inner)
                parts.append("(%s)" % text if group.required else "[%s]" % text)
                continue
            if not action.option_strings:
                default = self._get_default_metavar_for_positional(action)
                part = self._format_args(action, default)
            else:
                option_string = action.option_strings[0]
                if action.nargs == 0:
                    part = option_string
                else:
                    default = self._get_default_metavar_for_optional(action)
                    args_string = self._format_args(action, default)
                    part = "%s %s" % (option_string, args_string)
                if not action.required:
                    part = "[%s]" % part
            parts.append(part)
        return parts

    def _format_text(self, text):
        if "%(prog)" in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - self._current_indent, 11)
        indent = " " * self._current_indent
        return self._fill_text(text, text_width, indent) + "\n\n"

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        action_header = self._format_action_invocation(action)
        if not action.help:
            tup = self._current_indent, "", action_header
            action_header = "%*s%s\n" % tup
        elif len(action_header) <= action_width:
            tup = self._current_indent, "", action_width, action_header
            action_header = "%*s%-*s  " % tup
            indent_first = 0
        else:
            tup = self._current_indent, "", action_header
            action_header = "%*s%s\n" % tup
            indent_first = help_position
        parts = [action_header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                help_lines = self._split_lines(help_text, help_width)
                parts.append("%*s%s\n" % (indent_first, "", help_lines[0]))
                for line in help_lines[1:]:
                    parts.append("%*s%s\n" % (help_position, "", line))
        elif not action_header.endswith("\n"):
            parts.append("\n")
        return "".join(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            metavar, = self._metavar_formatter(action, default)(1)
            return metavar
        parts = []
        if action.nargs == 0:
            parts.extend(action.option_strings)
        else:
            default = self._get_default_metavar_for_optional(action)
            args_string = self._format_args(action, default)
            for option_string in action.option_strings:
                parts.append("%s %s" % (option_string, args_string))
        return ", ".join(parts)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            choice_strs = [str(choice) for choice in action.choices]
            result = "{%s}" % ",".join(choice_strs)
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        if action.nargs is None:
            result = "%s" % get_metavar(1)
        elif action.nargs == OPTIONAL:
            result = "[%s]" % get_metavar(1)
        elif action.nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                result = "[%s [%s ...]]" % metavar
            else:
                result = "[%s ...]" % metavar
        elif action.nargs == ONE_OR_MORE:
            result = "%s [%s ...]" % get_metavar(2)
        elif action.nargs == REMAINDER:
            result = "..."
        elif action.nargs == SUPPRESS:
            result = ""
        else:
            formats = ["%s" for _ in range(action.nargs)]
            result = " ".join(formats) % get_metavar(action.nargs)
        return result

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], "__name__"):
                params[name] = params[name].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join([str(c) for c in params["choices"]])
        return self._get_help_string(action) % params

    def _split_lines(self, text, width):
        text = _re.sub(r"\s+", " ", text).strip()
        return _textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        text = _re.sub(r"\s+", " ", text).strip()
        return _textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds "(default: ...)" to the help of arguments that have a default."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if "%(default)" not in help:
            if action.default is not SUPPRESS:
                defaulting_nargs = [OPTIONAL, ZERO_OR_MORE]
                if action.option_strings or action.nargs in defaulting_nargs:
                    help += " (default: %(default)s)"
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


class FileType:
    """A type that opens the named file ('-' is stdin or stdout)."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding

    def __call__(self, string):
        if string == "-":
            return _sys.stdin if "r" in self._mode else _sys.stdout
        try:
            return open(string, self._mode, encoding=self._encoding)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e.strerror))


class _ArgumentGroup:
    def __init__(self, container, title=None, description=None):
        self._container = container
        self.title = title
        self.description = description
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._container.add_argument(*args, **kwargs)
        self._container._move_to_group(action, self)
        return action

    def add_argument_group(self, *args, **kwargs):
        return self._container.add_argument_group(*args, **kwargs)

    def add_mutually_exclusive_group(self, **kwargs):
        return self._container.add_mutually_exclusive_group(**kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required

    def add_argument(self, *args, **kwargs):
        action = self._container.add_argument(*args, **kwargs)
        self._group_actions.append(action)
        return action


class ArgumentParser:
    """Parses command-line arguments into a Namespace, and prints usage and help."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else "-c"
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._defaults = {}
        self._positionals = _ArgumentGroup(self, "positional arguments")
        self._optionals = _ArgumentGroup(self, "options")
        self._action_groups = [self._positionals, self._optionals]
        self._mutually_exclusive_groups = []
        self._option_string_actions = {}
        if add_help:
            self.add_argument("-h", "--help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            for action in parent._actions:
                if not isinstance(action, _HelpAction):
                    self._add_action(action)
            self._defaults.update(parent._defaults)

    def __repr__(self):
        names = ["prog", "usage", "description", "formatter_class", "conflict_handler", "add_help"]
        vals = dict(prog=self.prog, usage=self.usage, description=self.description,
                    formatter_class=self.formatter_class, conflict_handler="error", add_help=self.add_help)
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (n, vals[n]) for n in names))

    def add_argument(self, *args, **kwargs):
        """Define an argument: a name ('file') or option strings ('-v', '--verbose') and its settings."""
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0] and args[0][0] not in chars:
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_name = kwargs.pop("action", None)
        action_class = _ACTIONS.get(action_name, action_name) if not callable(action_name) or action_name in _ACTIONS else action_name
        if isinstance(action_name, str) and action_name not in _ACTIONS:
            raise ValueError("unknown action %r" % (action_name,))
        if action_class is None:
            action_class = _StoreAction
        type_func = kwargs.get("type")
        if type_func is not None and not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        action = action_class(**kwargs)
        return self._add_action(action)

    def _get_positional_kwargs(self, dest=None, **kwargs):
        if dest is None:
            raise TypeError("ArgumentParser.add_argument() missing 1 required positional argument: 'dest'") if False else ValueError("dest must be supplied")
        if kwargs.get("required"):
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get("nargs") not in [OPTIONAL, ZERO_OR_MORE]:
            kwargs["required"] = True
        if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[0] in self.prefix_chars:
                raise ValueError("invalid option string %r: must start with a character %r"
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop("dest", None)
        if dest is None:
            if long_option_strings:
                dest_option_string = long_option_strings[0]
            else:
                dest_option_string = option_strings[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError("dest= is required for options like %r" % option_string)
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _add_action(self, action):
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                raise ArgumentError(action, "conflicting option string: %s" % option_string)
        self._actions.append(action)
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        if action.option_strings:
            self._optionals._group_actions.append(action)
        else:
            self._positionals._group_actions.append(action)
        return action

    def _move_to_group(self, action, group):
        for g in (self._positionals, self._optionals):
            if action in g._group_actions:
                g._group_actions.remove(action)
        group._group_actions.append(action)

    def add_argument_group(self, title=None, description=None):
        """A titled section of the help holding the arguments added to it."""
        group = _ArgumentGroup(self, title, description)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        """A group of options of which at most one (exactly one when required) may be given."""
        group = _MutuallyExclusiveGroup(self, required)
        self._mutually_exclusive_groups.append(group)
        return group

    def add_subparsers(self, **kwargs):
        raise NotImplementedError("subcommands (add_subparsers) are not supported by asyncscript")

    def set_defaults(self, **kwargs):
        """Defaults for dests, also ones no argument sets."""
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def parse_args(self, args=None, namespace=None):
        """Parse args (sys.argv[1:] by default) into a Namespace; errors exit with status 2."""
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error("unrecognized arguments: %s" % " ".join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        """parse_args that returns the arguments it did not know instead of failing on them."""
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        try:
            namespace, args = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        return namespace, args

    def _match_option(self, arg):
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if "=" in arg and arg.startswith("--"):
            opt, value = arg.split("=", 1)
            if opt in self._option_string_actions:
                return self._option_string_actions[opt], opt, value
        if arg.startswith("--") and self.allow_abbrev:
            opt, _, value = arg.partition("=")
            matches = [s for s in self._option_string_actions if s.startswith(opt) and s.startswith("--")]
            if len(matches) == 1:
                return self._option_string_actions[matches[0]], matches[0], value if "=" in arg else None
            if len(matches) > 1:
                self.error("ambiguous option: %s could match %s" % (opt, ", ".join(matches)))
        if len(arg) > 2 and arg[0] in self.prefix_chars and arg[1] not in self.prefix_chars:
            short = arg[:2]
            if short in self._option_string_actions:
                action = self._option_string_actions[short]
                if action.nargs == 0:
                    return action, short, "-" + arg[2:] if False else ("", arg[2:])
                return action, short, arg[2:]
        return None, None, None

    def _looks_like_option(self, arg):
        if not arg or arg[0] not in self.prefix_chars or arg == "-":
            return False
        if _re.match(r"^-\d+$|^-\d*\.\d+$", arg) and not any(
                _re.match(r"^-\d+$|^-\d*\.\d+$", s) for s in self._option_string_actions):
            return False
        return True

    def _parse_known_args(self, arg_strings, namespace):
        extras = []
        positionals = []
        seen_actions = set()
        seen_non_default = set()
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            for i, a in enumerate(group._group_actions):
                conflicts.setdefault(a, []).extend(group._group_actions[:i] + group._group_actions[i + 1:])

        def take(action, argument_strings, option_string=None):
            seen_actions.add(action)
            value = self._get_values(action, argument_strings)
            if value is not action.default:
                seen_non_default.add(action)
                for conflict in conflicts.get(action, []):
                    if conflict in seen_non_default:
                        raise ArgumentError(action, "not allowed with argument %s" % _get_action_name(conflict))
            if value is not SUPPRESS:
                action(self, namespace, value, option_string)

        # Classify each string as CPython does: O an option, A an argument,
        # - the "--" that ends the options.
        pattern = []
        only_positionals = False
        for arg in arg_strings:
            if only_positionals:
                pattern.append("A")
            elif arg == "--":
                pattern.append("-")
                only_positionals = True
            elif self._looks_like_option(arg):
                pattern.append("O")
            else:
                pattern.append("A")
        pattern = "".join(pattern)
        option_indices = [k for k, c in enumerate(pattern) if c == "O"]
        positional_actions = [a for a in self._actions if not a.option_strings]

        def consume_positionals(start):
            chunk = []
            k = start
            while k < len(arg_strings) and pattern[k] in "A-":
                if pattern[k] == "A":
                    chunk.append(arg_strings[k])
                k += 1
            counts = []
            for j in range(len(positional_actions), 0, -1):
                pat = "".join(self._nargs_pattern(a) for a in positional_actions[:j])
                m = _re.match(pat, "A" * len(chunk))
                if m is not None:
                    counts = [len(g) for g in m.groups()]
                    break
            used = 0
            for action, count in zip(list(positional_actions), counts):
                take(action, chunk[used:used + count])
                used += count
                positional_actions.remove(action)
            # the index just after the strings consumed
            k = start
            seen = 0
            while seen < used and k < len(arg_strings):
                if pattern[k] == "A":
                    seen += 1
                k += 1
            while k < len(arg_strings) and pattern[k] == "-" and (k == start or used):
                k += 1
                break
            return k

        def consume_optional(k):
            arg = arg_strings[k]
            action, option_string, explicit = self._match_option(arg)
            if action is None:
                extras.append(arg)
                return k + 1
            if isinstance(explicit, tuple):
                # -vvv: a flag followed by more single-letter flags
                take(action, [], option_string)
                rest = explicit[1]
                while rest:
                    sub = self._option_string_actions.get("-" + rest[0])
                    if sub is None:
                        raise ArgumentError(action, "ignored explicit argument %r" % rest)
                    if sub.nargs == 0:
                        take(sub, [], "-" + rest[0])
                        rest = rest[1:]
                    else:
                        take(sub, [rest[1:]], "-" + rest[0])
                        break
                return k + 1
            if explicit is not None:
                if action.nargs == 0:
                    raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                take(action, [explicit], option_string)
                return k + 1
            nargs = action.nargs
            if nargs == 0:
                take(action, [], option_string)
                return k + 1
            avail = []
            j = k + 1
            while j < len(arg_strings) and pattern[j] == "A":
                avail.append(arg_strings[j])
                j += 1
            if nargs is None:
                if not avail:
                    raise ArgumentError(action, "expected one argument")
                values = avail[:1]
            elif nargs == OPTIONAL:
                values = avail[:1]
            elif nargs == ZERO_OR_MORE:
                values = avail
            elif nargs == ONE_OR_MORE:
                if not avail:
                    raise ArgumentError(action, "expected at least one argument")
                values = avail
            elif nargs == REMAINDER:
                values = arg_strings[k + 1:]
            else:
                if len(avail) < nargs:
                    raise ArgumentError(action, "expected %d argument%s" % (nargs, "s" if nargs != 1 else ""))
                values = avail[:nargs]
            take(action, values, option_string)
            return k + 1 + len(values)

        start = 0
        max_option = max(option_indices) if option_indices else -1
        while start <= max_option:
            next_option = min(k for k in option_indices if k >= start)
            if start != next_option:
                end = consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in option_indices:
                extras.extend(a for a, c in zip(arg_strings[start:next_option], pattern[start:next_option]) if c != "-")
                start = next_option
            start = consume_optional(start)
        stop = consume_positionals(start)
        extras.extend(a for a, c in zip(arg_strings[stop:], pattern[stop:]) if c != "-")

        required_actions = []
        for action in self._actions:
            if action not in seen_actions:
                if action.required:
                    required_actions.append(_get_action_name(action))
                elif (action.default is not None and isinstance(action.default, str) and
                      hasattr(namespace, action.dest) and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required_actions:
            raise ArgumentError(None, "the following arguments are required: %s" % ", ".join(required_actions))
        for group in self._mutually_exclusive_groups:
            if group.required:
                if not any(a in seen_non_default for a in group._group_actions):
                    names = [_get_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                    raise ArgumentError(None, "one of the arguments %s is required" % " ".join(names))
        return namespace, extras

    def _consume(self, action, arg_strings, i):
        return arg_strings[i:i + 1]

    def _nargs_pattern(self, action):
        nargs = action.nargs
        if nargs is None:
            return "(A)"
        if nargs == OPTIONAL:
            return "(A?)"
        if nargs == ZERO_OR_MORE:
            return "(A*)"
        if nargs == ONE_OR_MORE:
            return "(A+)"
        if nargs == REMAINDER:
            return "(A*)"
        return "(%s)" % ("A" * nargs)

    def _get_values(self, action, arg_strings):
        if action.nargs == 0:
            return action.default if isinstance(action, _StoreAction) else None
        if not arg_strings and action.nargs == OPTIONAL:
            if action.option_strings:
                value = action.const
            else:
                value = action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings):
            if action.default is not None:
                value = action.default
            else:
                value = arg_strings
            self._check_value(action, value)
        elif len(arg_strings) == 1 and action.nargs in [None, OPTIONAL]:
            arg_string, = arg_strings
            value = self._get_value(action, arg_string)
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type if action.type is not None else (lambda x: x)
        try:
            result = type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, "__name__", repr(action.type))
            raise ArgumentError(action, "invalid %s value: %r" % (name, arg_string))
        return result

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            args = {"value": value, "choices": ", ".join(map(repr, action.choices))}
            raise ArgumentError(action, "invalid choice: %(value)r (choose from %(choices)s)" % args)

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        """The --help text."""
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            for action in group._group_actions:
                formatter._indent()
                formatter.add_argument(action)
                formatter._dedent()
        for group in self._action_groups:
            actions = [a for a in group._group_actions if a.help is not SUPPRESS]
            if not actions and not group.description:
                continue
            section = []
            if group.title:
                section.append("%*s%s:\n" % (formatter._current_indent, "", group.title))
            formatter._indent()
            if group.description:
                section.append(formatter._format_text(group.description))
            for action in actions:
                section.append(formatter._format_action(action))
            formatter._dedent()
            formatter._parts.append("".join(section) + "\n")
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        """Print the --help text (to sys.stdout)."""
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            file.write(message)

    def exit(self, status=0, message=None):
        """Print message to stderr and exit with status."""
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and "prog: error: message" to stderr and exit with status 2."""
        self.print_usage(_sys.stderr)
        args = {"prog": self.prog, "message": message}
        self.exit(2, "%(prog)s: error: %(message)s\n" % args)

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]
