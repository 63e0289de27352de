import collections
d = collections.defaultdict(list)
x = None
x.append(1)
