# An operator whose left operand is parenthesized: the carets start at
# the "(" and anchor the operator after the ")".
def f(y, z, j):
    return (y+z)%j


f(1, 2, 0)
