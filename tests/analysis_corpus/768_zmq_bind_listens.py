# expect: writes=no reads=no risk=medium approval=yes
# why: a ZeroMQ socket that binds listens on a network port, as a socket server does (round 19)
import zmq

ctx = zmq.Context()
publisher = ctx.socket(zmq.PUB)
publisher.bind("tcp://*:5556")
publisher.send_json({"orbit": [0.1, 0.2]})
