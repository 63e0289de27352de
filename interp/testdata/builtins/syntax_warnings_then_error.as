# the warnings the compiler found before an error it finds are issued before
# the SyntaxError is reported
x = 1
print(x is 1)


class A:
    y = (1, 2)[None]
    await x
    z = x is 2
