# expect: writes=yes reads=no risk=low approval=yes
# why: a tango.server.Device subclass's run_server classmethod serves the device on the facility network, here through a name bound to the class (red-team round 43, helper D)
from tango.server import Device as TangoDevice, attribute


class Shutter(TangoDevice):
    @attribute(dtype=float)
    def position(self):
        return 0.0


server_class = Shutter
if __name__ == '__main__':
    server_class.run_server()
