items = [1, 2, 3]
total = 0
for i in range(5):
    total = total + items[i] * 2
