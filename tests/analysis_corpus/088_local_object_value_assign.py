# expect: writes=no reads=no risk=low approval=no
# why: `.value = x` on a local object
class Box:
    value = 0


b = Box()
b.value = 4
b.value += 1
results = {'v': b.value}
