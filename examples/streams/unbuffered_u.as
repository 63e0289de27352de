import sys
print('out1')
print('err1', file=sys.stderr)
sys.stderr.write('partial ')
print('out2')
sys.stderr.write('end\n')
