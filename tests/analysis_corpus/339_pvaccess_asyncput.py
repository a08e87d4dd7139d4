# expect: writes=yes reads=no risk=low approval=yes
# why: pvaccess.Channel.asyncPut (pvapy >= 4.0) is a put; the table only matches names starting with "put"
import pvaccess

done = []
ch = pvaccess.Channel("Q1:SET")
ch.asyncPut("1.5", lambda pv: done.append(pv), lambda err: print(err))
