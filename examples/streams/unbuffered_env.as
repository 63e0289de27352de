import sys
print('out1')
print('err1', file=sys.stderr)
print('out2')
