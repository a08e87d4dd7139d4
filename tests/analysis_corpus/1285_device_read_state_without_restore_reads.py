# expect: writes=no reads=yes risk=medium approval=yes
# why: look-alike: reading a saved device state from a file without restoring it (round 44, helper G)
import epics

with open("st.txt", "w") as f:
    f.write("VAL 2.0\n")
d = epics.Device("BL:DCM", delim=".")
state = d.read_state("st.txt")
print(state)
