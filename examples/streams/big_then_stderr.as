import sys
for i in range(3000):
    print(i)
print('err', file=sys.stderr)
print('last')
