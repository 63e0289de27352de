class Node:
    pass
n = Node()
print(n.value.other)
