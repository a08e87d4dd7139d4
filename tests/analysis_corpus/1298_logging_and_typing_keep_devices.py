# expect: writes=yes reads=no risk=low approval=yes
# why: logging's level names and adapters and typing's type variables keep what they are handed (red-team round 45, helper I)
import logging, typing, epics
logging.addLevelName(55, epics.PV("SR:C1:HCM1"))
logging.getLevelName(55).put(1.5)
logging.LoggerAdapter(epics.PV("SR:C1:HCM2"), {}).logger.put(2.5)
typing.TypeVar(epics.PV("SR:C1:HCM3")).__name__.put(3.5)
