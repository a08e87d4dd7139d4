# expect: writes=yes reads=no risk=low approval=yes
# why: the caput is reached through 20 helpers, each defined before the one it returns; a walk
# why: that learns one level of return values per pass would run out of passes and miss it
import epics

def setter_0():
    return setter_1()

def setter_1():
    return setter_2()

def setter_2():
    return setter_3()

def setter_3():
    return setter_4()

def setter_4():
    return setter_5()

def setter_5():
    return setter_6()

def setter_6():
    return setter_7()

def setter_7():
    return setter_8()

def setter_8():
    return setter_9()

def setter_9():
    return setter_10()

def setter_10():
    return setter_11()

def setter_11():
    return setter_12()

def setter_12():
    return setter_13()

def setter_13():
    return setter_14()

def setter_14():
    return setter_15()

def setter_15():
    return setter_16()

def setter_16():
    return setter_17()

def setter_17():
    return setter_18()

def setter_18():
    return setter_19()

def setter_19():
    return setter_20()

def setter_20():
    return epics.caput

setter_0()('SR:QF1:I_SET', 12.5)
results = {'written': 12.5}
