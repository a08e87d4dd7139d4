# expect: writes=no reads=no risk=high approval=n/a
# why: site.addsitepackages runs .pth files (round 13)
import site
site.addsitepackages(set(), ['.'])
results = {}
