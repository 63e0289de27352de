# v[k], v[k] = x, del v[k] and 'in' for each built-in container, with every
# kind of index: in range, negative, out of range, __index__, bool, slice,
# wrong type; and the walk of str and range by builtins.
class I:
    def __index__(self): return 1
l = [1, 2, 3, 4]
t = (1, 2, 3)
s = "héllo"
d = {1: 'a'}
try:
    print('l[0]', repr(l[0]))
except Exception as e:
    print('l[0]', type(e).__name__, e)
try:
    print('l[-1]', repr(l[-1]))
except Exception as e:
    print('l[-1]', type(e).__name__, e)
try:
    print('l[4]', repr(l[4]))
except Exception as e:
    print('l[4]', type(e).__name__, e)
try:
    print('l[-5]', repr(l[-5]))
except Exception as e:
    print('l[-5]', type(e).__name__, e)
try:
    print('l[I()]', repr(l[I()]))
except Exception as e:
    print('l[I()]', type(e).__name__, e)
try:
    print('l[True]', repr(l[True]))
except Exception as e:
    print('l[True]', type(e).__name__, e)
try:
    print('l[1:3]', repr(l[1:3]))
except Exception as e:
    print('l[1:3]', type(e).__name__, e)
try:
    print("l['x']", repr(l['x']))
except Exception as e:
    print("l['x']", type(e).__name__, e)
try:
    print('l[2**70]', repr(l[2**70]))
except Exception as e:
    print('l[2**70]', type(e).__name__, e)
try:
    print('t[-1]', repr(t[-1]))
except Exception as e:
    print('t[-1]', type(e).__name__, e)
try:
    print('t[3]', repr(t[3]))
except Exception as e:
    print('t[3]', type(e).__name__, e)
try:
    print('t[I()]', repr(t[I()]))
except Exception as e:
    print('t[I()]', type(e).__name__, e)
try:
    print('t[::2]', repr(t[::2]))
except Exception as e:
    print('t[::2]', type(e).__name__, e)
try:
    print("t['x']", repr(t['x']))
except Exception as e:
    print("t['x']", type(e).__name__, e)
try:
    print('s[1]', repr(s[1]))
except Exception as e:
    print('s[1]', type(e).__name__, e)
try:
    print('s[-1]', repr(s[-1]))
except Exception as e:
    print('s[-1]', type(e).__name__, e)
try:
    print('s[9]', repr(s[9]))
except Exception as e:
    print('s[9]', type(e).__name__, e)
try:
    print('s[I()]', repr(s[I()]))
except Exception as e:
    print('s[I()]', type(e).__name__, e)
try:
    print('s[1:3]', repr(s[1:3]))
except Exception as e:
    print('s[1:3]', type(e).__name__, e)
try:
    print('s[1.0]', repr(s[1.0]))
except Exception as e:
    print('s[1.0]', type(e).__name__, e)
try:
    print('d[1]', repr(d[1]))
except Exception as e:
    print('d[1]', type(e).__name__, e)
try:
    print('d[2]', repr(d[2]))
except Exception as e:
    print('d[2]', type(e).__name__, e)
try:
    print("'é' in s", repr('é' in s))
except Exception as e:
    print("'é' in s", type(e).__name__, e)
try:
    print('1 in s', repr(1 in s))
except Exception as e:
    print('1 in s', type(e).__name__, e)
try:
    print('3 in l', repr(3 in l))
except Exception as e:
    print('3 in l', type(e).__name__, e)
try:
    print('9 in t', repr(9 in t))
except Exception as e:
    print('9 in t', type(e).__name__, e)
try:
    print('list(s)', repr(list(s)))
except Exception as e:
    print('list(s)', type(e).__name__, e)
try:
    print('list(range(3))', repr(list(range(3))))
except Exception as e:
    print('list(range(3))', type(e).__name__, e)
try:
    print('sum(range(10**3))', repr(sum(range(10**3))))
except Exception as e:
    print('sum(range(10**3))', type(e).__name__, e)
try:
    print('sorted(set(s))', repr(sorted(set(s))))
except Exception as e:
    print('sorted(set(s))', type(e).__name__, e)
try:
    l[0] = 9
    print('l[0] = 9', l, d)
except Exception as e:
    print('l[0] = 9', type(e).__name__, e)
try:
    l[-1] = 8
    print('l[-1] = 8', l, d)
except Exception as e:
    print('l[-1] = 8', type(e).__name__, e)
try:
    l[4] = 0
    print('l[4] = 0', l, d)
except Exception as e:
    print('l[4] = 0', type(e).__name__, e)
try:
    l[I()] = 7
    print('l[I()] = 7', l, d)
except Exception as e:
    print('l[I()] = 7', type(e).__name__, e)
try:
    l[1:2] = [5, 5]
    print('l[1:2] = [5, 5]', l, d)
except Exception as e:
    print('l[1:2] = [5, 5]', type(e).__name__, e)
try:
    l['a'] = 1
    print("l['a'] = 1", l, d)
except Exception as e:
    print("l['a'] = 1", type(e).__name__, e)
try:
    del l[0]
    print('del l[0]', l, d)
except Exception as e:
    print('del l[0]', type(e).__name__, e)
try:
    del l[-9]
    print('del l[-9]', l, d)
except Exception as e:
    print('del l[-9]', type(e).__name__, e)
try:
    del l[I()]
    print('del l[I()]', l, d)
except Exception as e:
    print('del l[I()]', type(e).__name__, e)
try:
    del l[::2]
    print('del l[::2]', l, d)
except Exception as e:
    print('del l[::2]', type(e).__name__, e)
try:
    del l['x']
    print("del l['x']", l, d)
except Exception as e:
    print("del l['x']", type(e).__name__, e)
try:
    del d[1]
    print('del d[1]', l, d)
except Exception as e:
    print('del d[1]', type(e).__name__, e)
try:
    del d[1]
    print('del d[1]', l, d)
except Exception as e:
    print('del d[1]', type(e).__name__, e)
try:
    t[0] = 1
    print('t[0] = 1', l, d)
except Exception as e:
    print('t[0] = 1', type(e).__name__, e)
try:
    del t[0]
    print('del t[0]', l, d)
except Exception as e:
    print('del t[0]', type(e).__name__, e)
