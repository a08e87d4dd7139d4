# expect: writes=no reads=no risk=high approval=n/a
# why: doctest runs a docstring's examples as code: docstrings are not always inert
import doctest
def f():
    '''
    >>> import epics; epics.caput('X:Y', 1)
    '''
doctest.run_docstring_examples(f, {})
results = {}
