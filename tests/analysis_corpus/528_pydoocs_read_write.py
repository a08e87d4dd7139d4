# expect: writes=yes reads=yes risk=low approval=yes
# why: DESY's pydoocs: read reads, write writes (red-team round 9)
import pydoocs

sp = pydoocs.read('XFEL.MAGNETS/MAGNET.ML/QI.63.I1D/CURRENT.SP')['data']
pydoocs.write('XFEL.MAGNETS/MAGNET.ML/QI.63.I1D/CURRENT.SP', sp + 0.1)
results = {'before': sp}
