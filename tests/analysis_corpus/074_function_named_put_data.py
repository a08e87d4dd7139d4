# expect: writes=no reads=no risk=low approval=no
# why: a function named put_data
def put_data(store, x):
    store.append(x)


data = []
put_data(data, 1)
results = {'data': data}
