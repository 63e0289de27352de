class P:
    def __setattr__(self, k, v):
        print("set", k)
        object.__setattr__(self, k, v * 2)
p = P()
p.x = 4
print(p.x, object.__getattribute__(p, "x"))
