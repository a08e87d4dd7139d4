# expect: writes=yes reads=no risk=low approval=yes
# why: p4p.rpc.quickRPCServer serves an object's RPC methods as channels on the network (red-team round 43, helper D)
import p4p.rpc


class Service:
    def add(self, a, b):
        return float(a) + float(b)


p4p.rpc.quickRPCServer('svc', 'TEST:svc:', Service())
