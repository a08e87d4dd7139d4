# expect: writes=no reads=no risk=low approval=no
# why: a local class with a write_attribute method
class Form:
    def __init__(self):
        self.fields = {}

    def write_attribute(self, key, value):
        self.fields[key] = value


f = Form()
f.write_attribute('title', 'report')
results = {'fields': f.fields}
