# expect: writes=yes reads=no risk=low approval=yes
# why: p4p.rpc.rpcproxy builds methods that call context.rpc(); the Context handed to the decorated class is not followed
from p4p.client.thread import Context
from p4p.rpc import rpcproxy, rpccall


@rpcproxy
class MagnetService:
    @rpccall("%sset_current")
    def set_current(value="d"):
        pass


svc = MagnetService(context=Context("pva"), format="SR:MAG:Q1:")
svc.set_current(value=10.0)
