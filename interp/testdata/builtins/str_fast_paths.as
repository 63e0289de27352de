# Fast paths of strings, dicts and formatting, checked against CPython.
class S(str):
    pass

a = "abc"
print("" + a is a, a + "" is a, ("" + a) == a)
e = ""
e += a
print(e is a, e)
s = S("xy")
r = "" + s
print(type(r).__name__, r, r is s)
r = s + ""
print(type(r).__name__, r)
w = ""
for k in range(3):
    w += "ka"
print(w, len(w))
