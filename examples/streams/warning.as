async def f():
    pass

print('before')
f()
print('after')
