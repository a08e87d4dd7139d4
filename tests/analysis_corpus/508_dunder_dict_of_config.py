# expect: writes=no reads=no risk=low approval=no
# why: a local object's __dict__ holds its fields, as vars() does (red-team round 10)
class Cfg:
    def __init__(self, **fields):
        self.__dict__.update(fields)
    def to_dict(self):
        return dict(self.__dict__)
cfg = Cfg(limit_mm=0.2, plane='X')
print(cfg.__dict__)
results = {'config': cfg.to_dict()}
