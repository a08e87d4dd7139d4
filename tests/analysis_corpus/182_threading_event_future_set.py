# expect: writes=no reads=no risk=low approval=no
# why: concurrency primitives named after machine states: threading.Event.set,
# why: Future.set_result, executor.submit; the work is a local simulation
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor

beam_ready = threading.Event()
injection_done = Future()


def simulate_injection(target_ma=400.0, step_ma=25.0):
    current = 0.0
    while current < target_ma:
        current = min(current + step_ma, target_ma)
        time.sleep(0.001)
    return current


def watcher():
    beam_ready.wait(timeout=5)
    injection_done.set_result('stored')


with ThreadPoolExecutor(max_workers=2) as pool:
    pool.submit(watcher)
    fill = pool.submit(simulate_injection)
    final_current = fill.result()
    beam_ready.set()

results = {'current': final_current, 'state': injection_done.result(timeout=5)}
