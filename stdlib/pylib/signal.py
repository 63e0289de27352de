# signal: set handlers for signals (CPython's Lib/signal.py over _signal,
# written anew): the signal numbers are Signals members and SIG_DFL/SIG_IGN
# Handlers members, as in CPython. See stdlib/signal for where handlers run.

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

import signal as _self  # this module, being loaded: its names are set below


class Signals(_IntEnum):
    SIGHUP = 1
    SIGINT = 2
    SIGQUIT = 3
    SIGILL = 4
    SIGTRAP = 5
    SIGABRT = 6
    SIGIOT = 6
    SIGBUS = 7
    SIGFPE = 8
    SIGKILL = 9
    SIGUSR1 = 10
    SIGSEGV = 11
    SIGUSR2 = 12
    SIGPIPE = 13
    SIGALRM = 14
    SIGTERM = 15
    SIGSTKFLT = 16
    SIGCHLD = 17
    SIGCONT = 18
    SIGSTOP = 19
    SIGTSTP = 20
    SIGTTIN = 21
    SIGTTOU = 22
    SIGURG = 23
    SIGXCPU = 24
    SIGXFSZ = 25
    SIGVTALRM = 26
    SIGPROF = 27
    SIGWINCH = 28
    SIGIO = 29
    SIGPOLL = 29
    SIGPWR = 30
    SIGSYS = 31
    SIGRTMIN = 34
    SIGRTMAX = 64


class Handlers(_IntEnum):
    SIG_DFL = 0
    SIG_IGN = 1


class Sigmasks(_IntEnum):
    SIG_BLOCK = 0
    SIG_UNBLOCK = 1
    SIG_SETMASK = 2


for _enum in (Signals, Handlers, Sigmasks):
    for _name, _member in _enum.__members__.items():
        setattr(_self, _name, _member)
del _name, _member, _enum, _self


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    """Set the handler of a signal; the previous one."""
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


def getsignal(signalnum):
    """The current handler of a signal."""
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def strsignal(signalnum):
    return _signal.strsignal(_enum_to_int(signalnum))


def raise_signal(signalnum):
    """Send a signal to this process."""
    _signal.raise_signal(_enum_to_int(signalnum))


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}
