# expect: writes=yes reads=no risk=low approval=yes
# why: RE.resume() on the start-up profile's RunEngine continues a paused plan, which moves what the plan moves; only calling RE(...) counts (round 16)
RE.resume()
results = {"state": str(RE.state)}
