# Generates numbers_cases.jsonl for numbers_test.go: run with CPython 3.11
#   python3 testdata/gen_numbers.py > testdata/numbers_cases.jsonl
import json, math, random, struct, operator

def enc(v):
    if v is None: return {"n": None}
    if isinstance(v, bool): return {"b": v}
    if isinstance(v, int): return {"i": hex(v)}
    if isinstance(v, float): return {"f": struct.pack(">d", v).hex()}
    if isinstance(v, str): return {"s": v}
    if isinstance(v, tuple): return {"t": [enc(x) for x in v]}
    if isinstance(v, list): return {"l": [enc(x) for x in v]}
    if isinstance(v, dict): return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    raise TypeError(v)

def case(kind, fn, *args):
    try:
        r = fn()
        out = {"k": kind, "a": [enc(a) for a in args], "e": r}
    except Exception as e:
        out = {"k": kind, "a": [enc(a) for a in args], "x": type(e).__name__ + ": " + str(e)}
    print(json.dumps(out, ensure_ascii=False))

random.seed(11)
floats = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2 + 0.1, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.00012345,
          1e22, 1e300 * 1e300, -1e300 * 1e300, float("nan"), 5e-324, 1.7976931348623157e308, 2.5, 3.5,
          1 / 3, 2 / 3, 100.0, 1e100, 12345.6789, -0.0001234, 9.999999999999999e15, 1.5e16, 0.5, 2.675]
for _ in range(300):
    b = random.getrandbits(64)
    x = struct.unpack(">d", b.to_bytes(8, "big"))[0]
    if math.isfinite(x):
        floats.append(x)
for _ in range(200):
    floats.append(random.uniform(-1e6, 1e6) * 10 ** random.randint(-30, 30))
for x in floats:
    case("repr", lambda: repr(x), x)
    case("hash", lambda: str(hash(x)) if x == x else "0", x)

ints = [0, 1, -1, 2, -2, 7, -7, 255, 256, 1024, 1025, 2**31, 2**53, 2**53 + 1, 2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1,
        2**64, 10**20, -10**20, 2**100 + 12345, -(3**80), 12345678901234567890123, True, False]
for v in ints:
    case("repr", lambda: repr(v), v)
    case("hash", lambda: str(hash(v)), v)
for v in [3, -3, 2**63 - 1, -2**63, 2**70, True, 1.5, -0.0, float("inf")]:
    for op, fn in (("neg", operator.neg), ("pos", operator.pos), ("invert", operator.invert)):
        case("unary", lambda: repr(fn(v)), op, v)

ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "//": operator.floordiv,
       "%": operator.mod, "**": operator.pow, "<<": operator.lshift, ">>": operator.rshift, "&": operator.and_,
       "|": operator.or_, "^": operator.xor, "@": operator.matmul}
small = [0, 1, -1, 3, -3, 7, -7, 2**62, -2**63, 2**63 - 1, 2**64 + 3, -(2**64 + 3), 10**30, True, False, 2.5, -2.5, 0.0, -0.0, 1e308,
         float("inf"), float("nan"), 3.0]
for op, fn in ops.items():
    for a in small:
        for b in small:
            if op == "**" and isinstance(b, int) and not isinstance(b, bool) and abs(b) > 100 and abs(a) > 1:
                continue
            if op == "<<" and isinstance(b, int) and b > 100:
                continue
            case("binop", lambda: repr(fn(a, b)), op, a, b)
mixed = [1, 2.5, "ab", [1, 2], (1,), None, {"a": 1}, True, ""]
for op in ("+", "*", "-", "%", "**", "@"):
    for a in mixed:
        for b in mixed:
            case("binop", lambda: repr(ops[op](a, b)), op, a, b)
for a, b in [(2**80, 3**40), (10**40, 7), (-10**40, 7), (10**40, -7), (1, 3), (2**53 + 1, 1), (10**400, 10**399), (1, 10**400), (10**400, 3), (7, -2), (-7, 2), (2, 0.5), (2.0, 0.5),
             (1.1, 10), (1.0000001, 1000), (3.0, 0.3), (0.1, 0.7), (2.5, -3.5), (7.0, 1 / 3), (-8.0, 1 / 3), (-2.0, 3), (-2.0, 3.0), (0.0, -1.0), (0, -1), (10.0, 400), (10, 400.0), (1e-300, 2), (2, -1), (-2, -1), (2, 1000)]:
    for op in ("/", "**", "//", "%"):
        if op == "**" and isinstance(a, int) and isinstance(b, int) and abs(a) > 1 and b > 1000:
            continue
        case("binop", lambda: repr(ops[op](a, b)), op, a, b)
for _ in range(300):
    a = random.uniform(0, 10); b = random.uniform(-20, 20)
    case("binop", lambda: repr(a ** b), "**", a, b)
for _ in range(100):
    a = random.uniform(0, 3); b = random.randint(-40, 40)
    case("binop", lambda: repr(a ** b), "**", a, b)
    case("binop", lambda: repr(a ** float(b)), "**", a, float(b))
for _ in range(200):
    a = random.randint(-2**70, 2**70); b = random.randint(-2**70, 2**70) or 1
    for op in ("/", "//", "%", "+", "*"):
        case("binop", lambda: repr(ops[op](a, b)), op, a, b)
    x = random.uniform(-100, 100)
    case("binop", lambda: repr(x // 1.5), "//", x, 1.5)
    case("binop", lambda: repr(x % -1.5), "%", x, -1.5)

cmps = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
cvals = [1, 1.0, 2**53 + 1, float(2**53), 2**53, float(2**53 + 2), 10**400, float("inf"), float("nan"), -float("inf"), True, "a", "b", (1, 2), (1, 2, 3), [1, "a"], [1, "b"], None, {"a": 1}, {"a": 1.0}, ""]
for op, fn in cmps.items():
    for a in cvals:
        for b in cvals:
            case("cmp", lambda: repr(fn(a, b)), op, a, b)

for s in ["12", " 12 ", "-0x1f", "0x1F", "0b101", "0o17", "017", "0_0", "1_000", "1__0", "_1", "1_", "", " ", "+5", "- 5", "x", "１２", "0x", "99999999999999999999999", "-9223372036854775808", "9223372036854775808", "\t42\n", "1e3", "1.5", "z", "Z"]:
    for base in (0, 10, 16, 36, 2, 1, 37):
        case("int", lambda: repr(int(s, base)), s, base)
case("int", lambda: repr(int("1" * 5000)), "1" * 5000, 10)
case("repr", lambda: repr(10 ** 4300), 10 ** 4300)
case("repr", lambda: repr(10 ** 4299), 10 ** 4299)
for s in ["1.5", " 1.5 ", "1_000.5", "1__0", "_1", "1_", "inf", "-iNF", "+infinity", "nan", "-nan", "1e", "1e5", "1E-5", ".5", "5.", ".", "e5", "abc", "", "0x10", "1.7976931348623157e309", "1_0e1_0", "1.5j", "  -0.0"]:
    case("float", lambda: repr(float(s)), s)

for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 12345.6789, 1e300, -0.0, float("inf"), float("nan"), 5, 15, 25, -25, 12345, 10**30 + 5 * 10**10, True, 0.125, 1e-320]:
    for n in (None, 0, 1, 2, 3, -1, -2, -10, 400, -400):
        case("round", lambda: repr(round(v, n) if n is not None else round(v)), v, n)

specs = ["", "d", ",", "_", ">10", "<10", "^10", "=+10", "010", "08.3f", ".2f", ",.2f", "x", "#x", "X", "#X", "o", "#o", "b", "#b", "_b", "_x",
         "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", "n", "c", "s", "+", " ", "-", "z.1f", "#.0f", "#g", ".0", ".3", ".10", "*^12", "0=12,", "010,",
         "09,", "x<8", "中>5", ".2", "5.5.5", ",_", "zz", ".2d", "#s", "=5", "05", "<05", ".0e", "#.0e", "F", ",d", ",x", ",c", "_n", "r", "-10.3f", "+.3g", "10.4g"]
svals = [0, 1, -1, 255, 65, 1234567, -1234567, 10**20, -(2**70), True, False, 0.0, -0.0, 1.5, -2.5, 1234567.891, 1e16, 1e-5, 123456789.0, 100000.0, 1e6, 0.0001, 100.0,
         float("nan"), float("inf"), -float("inf"), 2.675, 1 / 3, "ab", "", "héllo", None, [1]]
for v in svals:
    for sp in specs:
        case("format", lambda: format(v, sp), v, sp)

pcts = [("%5.2f %s %r %d %-10s|%x %%", (3.14159, "a", "b", 42, "left", 255)), ("%.3d", 5), ("%+05d", 5), ("%-5d|", 5), ("%#x", 255), ("%#o", 8), ("%#X", 255),
        ("%05.1f", -2.5), ("%e", 12345.678), ("%g", 0.00001234), ("%10.4g|", 3.14159), ("%c", "a"), ("%c", 65), ("%(a)s-%(b)r", {"a": 1, "b": "x"}), ("%s", {"a": 1}),
        ("hello", {"a": 1}), ("hello", [1]), ("hello", 5), ("%s", [1, 2]), ("%*d", (5, 3)), ("%-*d|", (5, 3)), ("%.*f", (2, 3.14159)), ("%d", True), ("%d", 3.99),
        ("%x", True), ("%s %s", (1,)), ("%", ()), ("%5s|", "ab"), ("%.1s", "ab"), ("%i", -3), ("%u", 3), ("% d", 3), ("%ld", 3), ("%r", "it's"), ("%a", "é"),
        ("%d", 2**70), ("%x", -255), ("%#5x|", 1), ("%05s|", "a"), ("%f", 10**400), ("%s %% %s", (1, 2)), ("%.0f", 0.5), ("%.0f", 1.5), ("%#.0f", 1.0),
        ("%08.3f", -3.14159), ("%+.2e", 12345.6789), ("%G", 1e-10), ("%F", float("nan")), ("%(x)d %(x)05d", {"x": 3}), ("%z", 1), ("%(a", {"a": 1}), ("%5", (1,)),
        ("%d %d", [1, 2]), ("%d", "a"), ("%x", 1.5), ("%c", "ab"), ("%c", 1114112), ("%(a)s", 1), ("%s", (1, 2)), ("%s", ((1, 2),)), ("%05f", float("inf")),
        ("%-6.2f|", 2.5), ("%s and %s", ("a", None)), ("%.2f%%", 12.345), ("%3c|", "x"), ("%10r|", "a"), ("%g", 1e16), ("%g", 123456.0), ("%g", 1234567.0), ("%.3g", 0.0),
        ("%s", 1.0), ("%s", 1e16), ("%r", 0.1), ("%d%%", 50), ("%(k)s", {"k": [1, {"z": (2,)}]}), ("%s", "ünï"), ("%5.1s|", "abc")]
for fmt, args in pcts:
    case("percent", lambda: fmt % args, fmt, args)

strs = ["", "a", "it's", 'say "hi"', "both ' and \"", "tab\tnl\nret\r", "\\", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad\xff", "é中😀", "\u200b\u2028\ufeff", "\U000e0001", "a\\'b"]
for s in strs:
    case("repr", lambda: repr(s), s)
for v in [(1,), (), (1, "a"), [1, [2, (3,)]], [], {"a": [1.5, None]}, {}, {1: 2, "x": (True, False)}, ((),), [None, 1e16, -0.0]]:
    case("repr", lambda: repr(v), v)
    case("str", lambda: str(v), v)
for v in [1, 1.5, "x", True, None, 1e16]:
    case("str", lambda: str(v), v)
for fmt, args in [("%-5%|", (1,)), ("%(a)%", {"a": 1}), ("%5%", ()), ("% %", (1,)), ("%%%s%%", "x")]:
    case("percent", lambda: fmt % args, fmt, args)
