# expect: writes=no reads=no risk=low approval=no
# why: producer/consumer threads pass (PV name, value) tuples through queue.Queue with
# why: .put/.get; a duck-typed helper calls sink.put(item) but only ever gets a queue
import queue
import random
import threading

SENTINEL = None


def publish(sink, item):
    sink.put(item)


def producer(sink, names, n=10):
    rng = random.Random(1)
    for _ in range(n):
        for name in names:
            publish(sink, (name, rng.gauss(0.0, 0.05)))
    sink.put(SENTINEL)


def consumer(source, out):
    while True:
        item = source.get()
        if item is SENTINEL:
            break
        name, value = item
        out.setdefault(name, []).append(value)
        source.task_done()


q = queue.Queue(maxsize=64)
collected = {}
names = ['SR:C01:BPM1:X', 'SR:C01:BPM2:X']
threads = [
    threading.Thread(target=producer, args=(q, names)),
    threading.Thread(target=consumer, args=(q, collected)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()

results = {name: len(vals) for name, vals in collected.items()}
