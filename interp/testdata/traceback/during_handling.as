class Stack:
    def __init__(self):
        self.items = []
    def pop(self):
        return self.items.pop()
def process(s):
    try:
        s.pop()
    except IndexError:
        result = s.items[0]
process(Stack())
