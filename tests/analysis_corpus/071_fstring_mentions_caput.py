# expect: writes=no reads=no risk=low approval=no
# why: an f-string whose text mentions caput
name = 'MAG:QF1:CURRENT_SP'
msg = f"would caput({name!r}, 1.0)"
results = {'msg': msg}
