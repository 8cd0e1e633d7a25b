#!/usr/bin/env python3
"""Every test the hazard log names must exist in a built test program.

Usage: check_hazard_log.py HAZARD_LOG TEST_PROGRAM...

The log names tests as `Suite.Name` in its "Tests." lists. Each program is asked for its tests
(--gtest_list_tests); parameterised instances ("Engines/Suite", "Name/Sqlite") count under their plain names.
Exits 1 naming each missing test, or each hazard that names none.
"""
import re
import subprocess
import sys


def listed_tests(program):
    out = subprocess.run([program, "--gtest_list_tests"], capture_output=True, text=True, check=True).stdout
    names, suite = set(), None
    for line in out.splitlines():
        if not line.strip() or line.startswith("Running main()"):
            continue
        if not line.startswith(" "):
            suite = line.split("#")[0].strip().rstrip(".").split("/")[-1]
        else:
            names.add(f"{suite}.{line.split('#')[0].strip().split('/')[0]}")
    return names


def main():
    log_path, programs = sys.argv[1], sys.argv[2:]
    known = set()
    for program in programs:
        known |= listed_tests(program)
    text = open(log_path, encoding="utf-8").read()
    problems = []
    for section in re.split(r"^## ", text, flags=re.M)[1:]:
        title = section.splitlines()[0]
        if not re.match(r"H\d+\.", title):
            continue
        tests_part = section.split("**Tests.**", 1)
        named = re.findall(r"`([A-Za-z0-9_]+\.[A-Za-z0-9_]+)`", tests_part[1]) if len(tests_part) == 2 else []
        if not named:
            problems.append(f"{title}: names no test")
        problems += [f"{title}: no test {name}" for name in named if name not in known]
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"checked {len(known)} tests against the hazard log: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
