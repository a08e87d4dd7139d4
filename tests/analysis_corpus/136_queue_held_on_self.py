# expect: writes=no reads=no risk=low approval=no
# why: a queue.Queue held on self and .put from a method
import queue


class Worker:
    def __init__(self):
        self.jobs = queue.Queue()

    def submit(self, job):
        self.jobs.put(job)


w = Worker()
w.submit('x')
results = {'pending': w.jobs.qsize()}
