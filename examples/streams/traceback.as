print("before")
print("held", end="")
1/0
