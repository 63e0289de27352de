import sys
sys.stderr = sys.stdout  # what logging and warnings print on stderr is compared in full
import logging
import sys
logging.warning("no config %s", 1)
logging.info("hidden")
log = logging.getLogger("app.db")
log.warning("child %d", 2)
print(log, logging.getLogger(), log.parent, log.getEffectiveLevel())
logging.getLogger("app").setLevel(logging.DEBUG)
log.debug("debug now")
print(log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), logging.getLevelName(20), logging.getLevelName("ERROR"))
h = logging.StreamHandler(sys.stdout)
import traceback


class ShortExc(logging.Formatter):
    # the last line of the report only: tracebacks name the script's absolute path
    def formatException(self, ei):
        return "".join(traceback.format_exception_only(ei[1])).strip()


h.setFormatter(ShortExc("%(name)s [%(levelname)s] %(message)s (%(funcName)s:%(lineno)d %(module)s)"))
log.addHandler(h)
def work():
    log.info("from work %s", "x")
work()
try:
    1/0
except ZeroDivisionError:
    log.exception("failed")
log.propagate = False
log.error("only stdout")
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("{levelname:<8}|{name}|{message}", style="{"))
lg = logging.getLogger("other")
lg.addHandler(h2)
lg.setLevel("INFO")
lg.info("brace style")
lg.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
lg.log(25, "named level")
f = logging.Formatter("%(asctime)s %(message)s")
r = logging.LogRecord("n", 20, "/x/y.py", 3, "hello %s", ("w",), None)
r.created = 0.5; r.msecs = 500
import time
f.converter = time.gmtime
print(f.format(r), r.getMessage(), r.filename, r.module, r.levelname)
print(logging.Formatter("%(asctime)s", datefmt="%Y").formatTime(r, "%H:%M"))
lg2 = logging.getLogger("quiet")
lg2.addHandler(logging.NullHandler())
lg2.error("nothing")
print(logging.getLogger("a.b.c").parent.name)
print(logging.getLogger("a.b").parent.name, logging.getLogger("a.b.c").parent.name)
print(repr(logging.root), logging.getLogger("app"), logging.getLevelNamesMapping()["WARN"])
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s %(message)s", force=True, stream=sys.stdout)
logging.debug("after force")
logging.getLogger("svc").info("svc info %(k)s", {"k": "v"})
adapter = logging.LoggerAdapter(logging.getLogger("adapt"), {"user": "ada"})
adapter.warning("adapted")


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


flt = logging.getLogger("filtered")
flt.addFilter(OnlyEven())
for i in range(4):
    flt.info("n=%d", i)
try:
    logging.getLogger().setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
logging.disable(logging.INFO)
logging.info("disabled")
logging.warning("still on")
logging.disable(logging.NOTSET)
logging.getLogger("x").critical("critical %s", "end")
