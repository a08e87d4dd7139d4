# expect: writes=yes reads=no risk=low approval=yes
# why: the same sixteen-class `super().__init__()` chain, the last class writing the PV the first made: found in one pass (round 29)
import epics

class Stage0:
    def __init__(self):
        self.pv0 = epics.PV("LI:STAGE:READBACK")

class Stage1(Stage0):
    def __init__(self):
        super().__init__()
        self.pv1 = self.pv0

class Stage2(Stage1):
    def __init__(self):
        super().__init__()
        self.pv2 = self.pv1

class Stage3(Stage2):
    def __init__(self):
        super().__init__()
        self.pv3 = self.pv2

class Stage4(Stage3):
    def __init__(self):
        super().__init__()
        self.pv4 = self.pv3

class Stage5(Stage4):
    def __init__(self):
        super().__init__()
        self.pv5 = self.pv4

class Stage6(Stage5):
    def __init__(self):
        super().__init__()
        self.pv6 = self.pv5

class Stage7(Stage6):
    def __init__(self):
        super().__init__()
        self.pv7 = self.pv6

class Stage8(Stage7):
    def __init__(self):
        super().__init__()
        self.pv8 = self.pv7

class Stage9(Stage8):
    def __init__(self):
        super().__init__()
        self.pv9 = self.pv8

class Stage10(Stage9):
    def __init__(self):
        super().__init__()
        self.pv10 = self.pv9

class Stage11(Stage10):
    def __init__(self):
        super().__init__()
        self.pv11 = self.pv10

class Stage12(Stage11):
    def __init__(self):
        super().__init__()
        self.pv12 = self.pv11

class Stage13(Stage12):
    def __init__(self):
        super().__init__()
        self.pv13 = self.pv12

class Stage14(Stage13):
    def __init__(self):
        super().__init__()
        self.pv14 = self.pv13

class Stage15(Stage14):
    def __init__(self):
        super().__init__()
        self.pv15 = self.pv14

Stage15().pv15.put(0.5)
