##> 300 301 301 302 302
##> x y z yw zv
##> True True True True
# `s += t` grows a string in place (str_append.go): every older value must
# keep exactly its own characters. One small program each, separated by
# lines "---". The expectation lines (##> stdout, ### last stderr line,
# ##= exit status) are recorded from CPython 3.11 by
# internal/golden/record_chunks.py; never edit them by hand.
a = 'x' * 300
b = a + 'y'
c = a + 'z'
d = b + 'w'
e = c + 'v'
print(len(a), len(b), len(c), len(d), len(e))
print(a[-1], b[-1], c[-1], d[-2:], e[-2:])
print(b == a + 'y', c == a + 'z', d == a + 'yw', e == a + 'zv')
---
##> 1400 True
##> 990000000 889999999 True
s = ''
keep = []
for i in range(200):
    s += str(i % 10) * 7
    keep.append(s)
print(len(s), all(keep[i] == s[:len(keep[i])] for i in range(200)))
print(keep[40][-9:], keep[199][-9:], hash(keep[60]) == hash(''.join(keep[60])))
---
##> 11000 11001 11001 xé xü xxx
##> 1 11000 -1
data = ''
for _ in range(1000):
    data += 'xxxxxxxxxxx'
other = data + 'é'
again = data + 'ü'
print(len(data), len(other), len(again), other[-2:], again[-2:], data[-3:])
print(other.count('é'), again.find('ü'), data.find('é'))
---
##> 340 β10 8β49 0β1β2β3β4β5β6β7
##> 201 β True
parts = []
s = 'α' * 200
for i in range(50):
    s = s + str(i)
    parts.append(s)
    s += 'β'
print(len(s), parts[10][-3:], parts[49][-4:], s[200:215])
print(s.index('β'), s[-1], parts[0] in s)
---
##> cd ce 301 301 True
s = 'abc' * 100
t = s
s += 'd'
t += 'e'
print(s[-2:], t[-2:], len(s), len(t), s[:3] == t[:3])
