# expect: writes=no reads=no risk=low approval=no
# why: a local class's .put
class Buffer:
    def __init__(self):
        self.items = []

    def put(self, x):
        self.items.append(x)


b = Buffer()
b.put(3)
results = {'n': len(b.items)}
