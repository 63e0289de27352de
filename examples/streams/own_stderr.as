import sys
print('out1')
print('err1', file=sys.stderr)
sys.stderr.write('partial ')
print('out2', flush=True)
sys.stderr.write('end\n')
