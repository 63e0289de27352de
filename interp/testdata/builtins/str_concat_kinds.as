# str + str in BINARY_OP takes a fast path; subclasses and reflected
# methods must still be honoured.
class S(str):
    def __add__(self, o):
        return "S.add(" + str.__str__(self) + "," + o + ")"
    def __radd__(self, o):
        return "S.radd(" + o + "," + str.__str__(self) + ")"
class T(str):
    pass
s = S("x")
t = T("y")
print("a" + "b", "a" + s, s + "b", "a" + t, type("a" + t).__name__, type(t + "a").__name__)
w = ""
for k in range(40):
    w += "ab"[k % 2] * (k % 3)
print(w, len(w))
w += s
print(w)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    w = "a"
    w += None
except TypeError as e:
    print("TypeError", e)
big = ""
for k in range(300):
    big += str(k)
print(len(big), big[:20], big[-20:])
x = "é" + "ß" + ""
print(x, len(x), "" + "", repr("" + ""))
print(1.5 + 2, 2 - 0.5, [1] + [2], (1,) + (2,))
