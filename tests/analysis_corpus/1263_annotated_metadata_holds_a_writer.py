# expect: writes=yes reads=no risk=low approval=yes
# why: a generic alias keeps its arguments in its metadata (round 43, helper C)
import typing
import epics

T = typing.Annotated[int, epics.caput]
T.__metadata__[0]('SR:A', 1)
