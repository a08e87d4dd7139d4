# expect: writes=no reads=no risk=high approval=n/a
# why: ensurepip.bootstrap() runs pip in a subprocess (python -c ...) and installs files, like venv.* which is already shell (round 16)
import ensurepip

ensurepip.bootstrap(root="pip_root")
results = {}
