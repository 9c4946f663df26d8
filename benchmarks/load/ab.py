"""A/B comparison of server jars (or JVM options) under the load benchmark's scenarios.

On a shared VM the machine's speed drifts by tens of percent within minutes, so running one server
after the other compares the machine with itself. Here every variant is up at once, warmed up the
same way, and measured in short rounds that alternate between them (the order reversed every other
round; `run_load.alternating`); the medians are what to compare.

    python3 benchmarks/load/ab.py gci-long,assume-role old.jar new.jar
    python3 benchmarks/load/ab.py assume-role "server/target/sts-server.jar|-XX:+UseSerialGC" \
        server/target/sts-server.jar

A variant is a jar, optionally followed by `|` and JAVA_OPTS for it. Scenarios: gci-long,
assume-role, gci-temp. Environment: WARM (s per scenario, 20), SECS (s per round, 5), ROUNDS (6),
CONNS (64).
"""
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import run_load as load


def main():
    scenarios, variants = sys.argv[1].split(","), sys.argv[2:]
    warm = int(os.environ.get("WARM", "20"))
    seconds = int(os.environ.get("SECS", "5"))
    rounds = int(os.environ.get("ROUNDS", "6"))
    connections = int(os.environ.get("CONNS", "64"))
    servers = []
    try:
        for variant in variants:
            jar, _, options = variant.partition("|")
            work = Path(tempfile.mkdtemp(prefix="ab-"))
            port = load.free_port()
            env = {"STS_JAR": str(Path(jar).resolve()), **({"JAVA_OPTS": options} if options else {})}
            server = load.start_server(work, port, load.free_port(), env)
            servers.append((variant, server, work, f"http://127.0.0.1:{port}/"))
            load.wait_for(f"http://127.0.0.1:{port}/health/readiness")
            load.presign(port, work)
        for _, _, work, url in servers:
            for scenario in scenarios:
                load.run_wrk(url, work / f"{scenario}.txt", connections, warm)
        figures = {}
        for scenario in scenarios:
            per_variant = load.alternating(
                [(server.pid, lambda s, url=url, work=work: load.run_wrk(
                    url, work / f"{scenario}.txt", connections, s))
                 for _, server, work, url in servers],
                rounds, seconds)
            for variant, runs in zip(variants, per_variant):
                figures[(variant, scenario)] = runs
        for scenario in scenarios:
            for variant in variants:
                runs = figures[(variant, scenario)]
                per_round = ", ".join(f"{f['cpu_us']:.1f}" for f in runs)
                print(f"{scenario:12} {variant[-48:]:48}"
                      f" req/s {statistics.median(f['rps'] for f in runs):8.0f}"
                      f"  CPU µs/req {statistics.median(f['cpu_us'] for f in runs):6.1f}"
                      f"  errors {sum(f['errors'] for f in runs)}"
                      f"  RSS {runs[-1]['rss']:.0f} MB  (CPU per round: {per_round})",
                      flush=True)
    finally:
        for _, server, work, _ in servers:
            server.stop()
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
