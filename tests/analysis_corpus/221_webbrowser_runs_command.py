# expect: writes=yes reads=no risk=high approval=n/a
# why: webbrowser.open runs the program BROWSER names, here a caput
import os, webbrowser
os.environ['BROWSER'] = 'sh -c %s'
webbrowser.open('caput X:Y 1')
results = {}
