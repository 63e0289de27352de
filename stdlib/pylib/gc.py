# gc: the garbage collector interface. Go's collector does the work: there
# are no generations to tune and no reference cycles to report, so
# collect() returns 0 and the thresholds are CPython's defaults, kept
# only to be read back.

__all__ = ["collect", "enable", "disable", "isenabled", "get_count",
           "get_threshold", "set_threshold", "garbage", "callbacks",
           "get_objects", "is_tracked", "freeze", "unfreeze", "get_freeze_count"]

garbage = []
callbacks = []
_enabled = True
_threshold = (700, 10, 10)

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38


def collect(generation=2):
    """Run a collection; the number of unreachable objects found (0: Go frees them unseen)."""
    if generation not in (0, 1, 2):
        raise ValueError("invalid generation")
    for cb in callbacks:
        cb("start", {"generation": generation, "collected": 0, "uncollectable": 0})
    for cb in callbacks:
        cb("stop", {"generation": generation, "collected": 0, "uncollectable": 0})
    return 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t = list(_threshold)
    t[0] = threshold0
    if threshold1 is not None:
        t[1] = threshold1
    if threshold2 is not None:
        t[2] = threshold2
    _threshold = tuple(t)


def get_debug():
    return 0


def set_debug(flags):
    pass


def get_objects(generation=None):
    return []


def get_referrers(*objs):
    return []


def get_referents(*objs):
    return []


def is_tracked(obj):
    return not isinstance(obj, (int, float, str, bool, type(None)))


def is_finalized(obj):
    return False


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def get_stats():
    return [{"collections": 0, "collected": 0, "uncollectable": 0} for _ in range(3)]
