# expect: writes=no reads=no risk=high approval=n/a
# why: exec handed to sorted() as its key runs every string as code
sorted(["import epics; epics.caput('X:Y', 4.0)"], key=exec)
results = {}
