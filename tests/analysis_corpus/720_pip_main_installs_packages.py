# expect: writes=no reads=no risk=high approval=n/a
# why: importing pip to call pip.main(['install', ...]) installs packages and runs their build code, like ensurepip: now high (round 17)
try:
    import lmfit_missing_pkg
except ImportError:
    import pip
    pip.main(["install", "--no-index", "--target", "deps", "./vendor/helper_pkg"])
results = {}
