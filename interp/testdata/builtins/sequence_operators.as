# + * % | and their in-place forms on str, tuple, list and dict.
l = [1, 2]
t = (1,)
d = {1: 2}
try:
    print('l + [3]', repr(l + [3]))
except Exception as ex:
    print('l + [3]', type(ex).__name__, ex)
try:
    print('l * 2', repr(l * 2))
except Exception as ex:
    print('l * 2', type(ex).__name__, ex)
try:
    print('2 * l', repr(2 * l))
except Exception as ex:
    print('2 * l', type(ex).__name__, ex)
try:
    print('l + (1,)', repr(l + (1,)))
except Exception as ex:
    print('l + (1,)', type(ex).__name__, ex)
try:
    print('t + (2,)', repr(t + (2,)))
except Exception as ex:
    print('t + (2,)', type(ex).__name__, ex)
try:
    print('t + ()', repr(t + ()))
except Exception as ex:
    print('t + ()', type(ex).__name__, ex)
try:
    print('() + t', repr(() + t))
except Exception as ex:
    print('() + t', type(ex).__name__, ex)
try:
    print('t * 3', repr(t * 3))
except Exception as ex:
    print('t * 3', type(ex).__name__, ex)
try:
    print('t + [1]', repr(t + [1]))
except Exception as ex:
    print('t + [1]', type(ex).__name__, ex)
try:
    print("'a' + 'b'", repr('a' + 'b'))
except Exception as ex:
    print("'a' + 'b'", type(ex).__name__, ex)
try:
    print("'ab' * 2", repr('ab' * 2))
except Exception as ex:
    print("'ab' * 2", type(ex).__name__, ex)
try:
    print("'%s-%d' % ('x', 3)", repr('%s-%d' % ('x', 3)))
except Exception as ex:
    print("'%s-%d' % ('x', 3)", type(ex).__name__, ex)
try:
    print("'a' + 1", repr('a' + 1))
except Exception as ex:
    print("'a' + 1", type(ex).__name__, ex)
try:
    print('d | {3: 4}', repr(d | {3: 4}))
except Exception as ex:
    print('d | {3: 4}', type(ex).__name__, ex)
try:
    print('d | 1', repr(d | 1))
except Exception as ex:
    print('d | 1', type(ex).__name__, ex)
try:
    print('[1] * -1', repr([1] * -1))
except Exception as ex:
    print('[1] * -1', type(ex).__name__, ex)
try:
    print("'x' * 2.0", repr('x' * 2.0))
except Exception as ex:
    print("'x' * 2.0", type(ex).__name__, ex)
l += (5, 6)
print(l)
l *= 2
print(l)
l *= 0
print(l)
d |= {5: 6}
print(d)
try:
    l *= 'x'
except TypeError as ex:
    print(ex)
