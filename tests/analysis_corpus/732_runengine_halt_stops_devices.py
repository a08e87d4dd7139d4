# expect: writes=yes reads=no risk=low approval=yes
# why: RE.halt() on the profile's RunEngine stops every device the plan moved and unstages staged ones, like stop/abort (round 16); it was not a write (round 17)
RE.halt()
results = {"state": str(RE.state)}
