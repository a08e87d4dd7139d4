# expect: writes=no reads=no risk=high approval=n/a
# why: lmfit's load_modelresult/load_model decode the saved model function with dill.loads (jsonutils.decode4js, when dill is installed): unpickling from a file, low (round 18)
from lmfit.model import load_modelresult

res = load_modelresult("gauss_fit.sav")
results = {"center": res.params["center"].value}
