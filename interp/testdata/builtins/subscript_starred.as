# a[*b] is a[(*b,)] (PEP 646, Python 3.11), in loads, stores, deletes and
# augmented assignments
class Show:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("set", key, value)

    def __delitem__(self, key):
        print("del", key)


s = Show()
b = [1, 2]
print(s[*b], s[*()], s[0, *b], s[*b, 3], s[*"ab"])
print(s[*b or [9]], s[*[] or [9]])
s[*b] = "v"
del s[*b]
d = {}
d[*b] = 5
d[*b] += 1
print(d, d[*b], d[1, 2])
try:
    print([1, 2][*()])
except TypeError as e:
    print("TypeError:", e)
try:
    d[*"xy"]
except KeyError as e:
    print("KeyError:", e)
