# expect: writes=yes reads=no risk=low approval=yes
# why: A small caproto IOC serving a setpoint on the network. (red-team round 7)
from caproto.server import PVGroup, pvproperty, ioc_arg_parser, run

class Feedback(PVGroup):
    gain = pvproperty(value=0.1, doc='loop gain')
    enable = pvproperty(value=0)

ioc_options, run_options = ioc_arg_parser(default_prefix='SR:FB:', desc='feedback')
ioc = Feedback(**ioc_options)
run(ioc.pvdb, **run_options)
results = {}
