# expect: writes=yes reads=no risk=low approval=yes
# why: ftplib.FTP.set_pasv bound in the class body; calling it clears the flag (round 47, helper W)
import ftplib
import epics
class Link:
    passiveserver = True
    set_active_mode = ftplib.FTP.set_pasv
link = Link()
link.set_active_mode(False)
if not link.passiveserver:
    epics.caput("SR:LINK:ENABLE", 1)
results = {"passive": link.passiveserver}
