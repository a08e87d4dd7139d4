# expect: writes=no reads=no risk=low approval=no
# why: getattr with a literal name on a local object
class Settings:
    put_mode = 'none'


mode = getattr(Settings, 'put_mode')
results = {'mode': mode}
