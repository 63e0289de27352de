import time
print('tick')
time.sleep(1)
print('done')
