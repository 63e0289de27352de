# A traceback through calls made by CALL_GLOBAL_1 (`g(n - 1)`, `g(x)`):
# each frame's line is that of its call.
def fail(n):
    return 1 // n


def middle(n):
    y = n + 1
    return fail(
        n - 1
    )


def top(x):
    return middle(x) + 1


print(top(5))
print(top(1))
