def parse(s):
    return int(s)
values = ["1", "2", "x"]
nums = [parse(v) for v in values]
