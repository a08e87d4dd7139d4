# expect: writes=no reads=no risk=low approval=no
# why: a ZeroMQ subscriber that connects is a client of a data stream, as `requests` is (round 19)
import zmq

ctx = zmq.Context.instance()
sub = ctx.socket(zmq.SUB)
sub.connect("tcp://daq-gateway:5556")
sub.setsockopt_string(zmq.SUBSCRIBE, "")
frames = [sub.recv_json() for _ in range(3)]
results = {"frames": len(frames)}
