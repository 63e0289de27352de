import time
print(1, flush=True)
time.sleep(0.5)
print(2)
