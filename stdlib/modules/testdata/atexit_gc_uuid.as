import atexit, gc, uuid

def bye(name, punct="!"):
    print("bye", name + punct)

def boom():
    raise ValueError("in atexit")

atexit.register(bye, "first")
atexit.register(boom)
@atexit.register
def last():
    print("registered last, runs first")
atexit.register(bye, "second", punct="?")
atexit.register(print, "unregistered")
atexit.unregister(print)

print(type(gc.collect()).__name__, gc.isenabled(), gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable()
u = uuid.uuid4()
print(type(u).__name__, len(str(u)), str(u)[14], u.version, u.variant, len(u.hex), u == uuid.UUID(str(u)), u.int == int(u))
v = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(v, repr(v), v.hex, v.int, v.time_low, v.node, v.urn, v.fields, v.version)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == v, uuid.UUID(int=1), uuid.NAMESPACE_DNS)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), len({v, uuid.UUID(str(v))}))
try:
    v.int = 3
except TypeError as e:
    print("TypeError:", e)
try:
    uuid.UUID("xyz")
except ValueError as e:
    print("ValueError:", e)
print("end of main")
