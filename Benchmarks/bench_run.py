#!/usr/bin/env python3
"""Times groups of commands interleaved run by run, so that hemimatch and the peer it is compared with
meet the same load: in each round every command of a group runs once, in the group's order in even
rounds and in reverse order in odd ones (a load that rises or falls through a round favours neither
side). Each run's wall time and, from wait4(2), its user and system CPU time and peak RSS are kept.

Usage: bench_run.py PLAN_TSV OUT_JSON
PLAN_TSV:  one line a command: group, rounds, warm-up rounds, name, `exec` or `shell`, command (groups
           in the order their first line comes). An `exec` command is split as the shell would split it
           and runs without one (as `hyperfine -N`); a `shell` command runs under `bash -c` (pipelines,
           redirections). Standard output and error go to /dev/null.
OUT_JSON:  {"groups": [{"name", "rounds", "commands": [{"name", "runs": [{"wall", "user", "system",
           "max_rss_kb", "status"}, ...]}]}]}; the i-th run of every command of a group is from round i."""
import json
import os
import resource
import shlex
import sys
import time


def run_once(command):
    """One run of a command: wall time in seconds, CPU times, peak RSS (KiB) and exit status."""
    argv = command["argv"] if "argv" in command else ["bash", "-c", command["shell"]]
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        # Like hyperfine, the commands' own output is dropped (their exit status is checked).
        actions = [(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
        start = time.perf_counter()
        pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=actions)
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
    finally:
        os.close(devnull)
    # A spawned process starts from this one's memory, so its peak RSS reads at least this runner's own:
    # a peak at or below it is only known to be at most that (`rss_at_most`).
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"wall": wall, "user": usage.ru_utime, "system": usage.ru_stime, "max_rss_kb": usage.ru_maxrss,
            "rss_at_most": usage.ru_maxrss <= own, "status": os.waitstatus_to_exitcode(status)}


def run_group(group):
    commands = group["commands"]
    for _ in range(group.get("warmup", 1)):
        for command in commands:
            run_once(command)
    runs = {command["name"]: [] for command in commands}
    for round_number in range(group["rounds"]):
        order = commands if round_number % 2 == 0 else list(reversed(commands))
        for command in order:
            result = run_once(command)
            if result["status"] != 0:
                sys.exit(f"bench: '{command['name']}' failed with exit status {result['status']}")
            runs[command["name"]].append(result)
    return {"name": group["name"], "rounds": group["rounds"],
            "commands": [{"name": c["name"], "command": c.get("shell") or " ".join(c["argv"]), "runs": runs[c["name"]]}
                         for c in commands]}


def read_plan(path):
    groups = {}
    for line in open(path):
        if not line.strip():
            continue
        group, rounds, warmup, name, kind, command = line.rstrip("\n").split("\t")
        entry = groups.setdefault(group, {"name": group, "rounds": int(rounds), "warmup": int(warmup), "commands": []})
        entry["commands"].append({"name": name, "argv": shlex.split(command)} if kind == "exec" else {"name": name, "shell": command})
    return list(groups.values())


def main():
    plan_path, out_path = sys.argv[1:3]
    results = []
    for group in read_plan(plan_path):
        print(f"  {group['name']}: {len(group['commands'])} commands x {group['rounds']} rounds", file=sys.stderr, flush=True)
        results.append(run_group(group))
    json.dump({"groups": results}, open(out_path, "w"), indent=1)


if __name__ == "__main__":
    main()
