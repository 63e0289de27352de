def level3(d):
    return d["key"] + 1
def level2(d):
    x = level3(d)
    return x
def level1():
    data = {"key": "value"}
    return level2(data)
level1()
