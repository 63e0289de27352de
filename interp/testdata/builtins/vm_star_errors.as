def f(**k):
    pass
try:
    print(*None)
except TypeError as e:
    print(e)
try:
    f(**None)
except TypeError as e:
    print(e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(e)
class A:
    def m(self, *a):
        pass
A().m(*5)
