# expect: writes=no reads=no risk=low approval=no
# why: look-alike: a dataclass, a property, a generator, a contextmanager and a list field, all
# why: of plain numbers
import contextlib
import dataclasses
import io
import statistics


@dataclasses.dataclass
class Scan:
    start: float
    stop: float
    steps: int = 10

    @property
    def width(self):
        return self.stop - self.start


class Log:
    def __init__(self):
        self.items = []

    def add(self, value):
        self.items.append(value)


def points(scan):
    for i in range(scan.steps + 1):
        yield scan.start + i * scan.width / scan.steps


@contextlib.contextmanager
def buffer():
    stream = io.StringIO()
    yield stream
    stream.close()


log = Log()
scan = Scan(0.0, 1.0)
with buffer() as out:
    for x in points(scan):
        log.add(x * x)
        out.write(f"{x}\n")
results = {"mean": statistics.fmean(log.items), "width": scan.width}
