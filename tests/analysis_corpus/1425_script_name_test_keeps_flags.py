# expect: writes=no reads=no risk=low approval=no
# why: look-alike: if __name__ == '__main__' runs main() whose write a false module flag rules out; the idiom reaches no namespace (round 47, helper R)
import epics

APPLY = False
plan = {"SR:SQ1:SP": 0.0, "SR:SQ2:SP": 0.0}


def main():
    if APPLY:
        for name, value in plan.items():
            epics.caput(name, value)
    else:
        print("dry run:", plan)


if __name__ == "__main__":
    main()
results = {"plan": plan}
