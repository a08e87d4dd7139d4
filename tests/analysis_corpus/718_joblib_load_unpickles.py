# expect: writes=no reads=no risk=high approval=n/a
# why: joblib.load (the scikit-learn way to load a model) unpickles the file's contents, which can run any code, like pandas.read_pickle: now dynamic_code (round 17)
import joblib

model = joblib.load("orbit_model.joblib")
results = {"model": type(model).__name__}
