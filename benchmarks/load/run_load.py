"""Drives the load benchmark (see benchmarks/load.sh): the server jar and the limit reference on
loopback, wrk for HTTP and the project's gRPC driver, each scenario at 16 and 64 connections after a
warm-up; prints one table with requests/s, latency, errors, server CPU per request, RSS, and each
scenario's throughput as a ratio of the limit reference measured in the same run.
"""
import argparse
import os
import platform
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVER_JAR = ROOT / "server/target/sts-server.jar"
BENCH_JAR = ROOT / "benchmarks/target/benchmarks.jar"
BOOTSTRAP = ROOT / "benchmarks/load/bootstrap.json"
LUA = ROOT / "benchmarks/load/replay.lua"
RESULTS = ROOT / "benchmarks/results/latest.md"

ACCESS_KEY = "AKIALOADDEPLOYER0001"
SECRET = "load-deployer-secret-000000000000000000000"
ROLE_ARN = "arn:aws:iam::123456789012:role/service/app"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

# The server runs as README says to run it: a bounded heap, a class-data archive after the first
# start (STS_HEAP and JAVA_OPTS reach the JVM through it).
LAUNCHER = ROOT / "bin/sts-server"

SCENARIOS = [
    ("a", "GetCallerIdentity, long-term keys", "gci-long"),
    ("b", "AssumeRole, trust policy with conditions", "assume-role"),
    ("c", "GetCallerIdentity, role session credentials", "gci-temp"),
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid):
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def wait_for(url, timeout=60, data=None, headers=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            request = urllib.request.Request(url, data=data, headers=headers or {})
            with urllib.request.urlopen(request, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"{url} did not answer 200 within {timeout} s")


class Process:
    def __init__(self, command, env=None, log=None):
        self.log = open(log, "w") if log else subprocess.DEVNULL
        self.process = subprocess.Popen(
            command, env={**os.environ, **(env or {})}, stdout=self.log, stderr=subprocess.STDOUT
        )
        self.pid = self.process.pid

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start_server(workdir, http_port, grpc_port, store_env=None, name="server"):
    env = {
        "STS_HTTP_PORT": str(http_port),
        "STS_GRPC_PORT": str(grpc_port),
        "STS_BOOTSTRAP": str(BOOTSTRAP),
        "STS_RATE_LIMIT_PER_KEY": "0",
        "STS_MAX_CONCURRENT_REQUESTS": "0",
        "STS_AUDIT_LOG": str(workdir / "audit.jsonl"),
        "STS_LOG_LEVEL": "warn",
        **(store_env or {}),
    }
    return Process([str(LAUNCHER)], env, workdir / f"{name}.log")


def start_database(workdir):
    """An embedded PostgreSQL for the PostgreSQL store's runs; returns the process and its URL."""
    database = subprocess.Popen(
        ["java", "-cp", str(BENCH_JAR), "org.opensts.benchmark.load.LoadDatabase"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=open(workdir / "postgres.log", "w"),
        text=True)
    return database, database.stdout.readline().strip()


def presign(http_port, directory):
    directory.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["java", "-cp", str(BENCH_JAR), "org.opensts.benchmark.load.PresignRequests",
         f"http://127.0.0.1:{http_port}", ACCESS_KEY, SECRET, ROLE_ARN, str(directory), "200"],
        check=True,
    )


def run_wrk(url, requests_file, connections, seconds):
    threads = min(connections, os.cpu_count() or 2)
    output = subprocess.run(
        ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--latency",
         "--timeout", "10s", "-s", str(LUA), url],
        env={**os.environ, "REQUESTS": str(requests_file)},
        capture_output=True, text=True, check=True,
    ).stdout
    return parse_wrk(output)


def to_ms(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def parse_wrk(output):
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = to_ms(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1))
    p99 = to_ms(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    errors = int(non2xx.group(1)) if non2xx else 0
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    return {"requests": requests, "rps": rps, "p50": p50, "p99": p99, "errors": errors}


def presign_grpc(grpc_port, directory):
    subprocess.run(
        ["java", "-cp", str(BENCH_JAR), "org.opensts.benchmark.load.PresignGrpcRequest",
         f"127.0.0.1:{grpc_port}", ACCESS_KEY, SECRET, ROLE_ARN, str(directory)],
        check=True,
    )


def grpc_ok_calls(http_port):
    """AssumeRole calls the server answered OK so far, from its gRPC metrics."""
    with urllib.request.urlopen(f"http://127.0.0.1:{http_port}/prometheus", timeout=10) as page:
        return sum(
            float(line.rsplit(" ", 1)[1]) for line in page.read().decode().splitlines()
            if line.startswith("grpc_server_processing_duration_seconds_count{")
            and 'method="AssumeRole"' in line and 'statusCode="OK"' in line)


def run_grpc(http_port, grpc_port, directory, connections, seconds):
    """Scenario (d) with h2load: one signed call replayed, one call in flight per connection.

    A gRPC error travels in an HTTP 200's trailers, so errors are the calls h2load saw done less
    those the server counted OK (the server may count a few more: calls still in flight when h2load
    stops the clock).
    """
    headers = []
    for line in (directory / "grpc-assume-role.headers").read_text().splitlines():
        headers += ["-H", line]
    log = directory / "h2load.log"
    log.unlink(missing_ok=True)  # h2load appends to it
    ok_before = grpc_ok_calls(http_port)
    output = subprocess.run(
        ["h2load", "-c", str(connections), "-m", "1", "-t", "1", "-D", str(seconds),
         "--log-file", str(log), "-d", str(directory / "grpc-assume-role.body"), *headers,
         f"http://127.0.0.1:{grpc_port}/sts.v1.SecurityTokenService/AssumeRole"],
        capture_output=True, text=True, check=True,
    ).stdout
    done = int(re.search(r"requests: \d+ total, \d+ started, (\d+) done", output).group(1))
    durations = sorted(int(line.split()[2]) for line in log.read_text().splitlines() if line)
    ok = grpc_ok_calls(http_port) - ok_before
    return {"requests": done, "rps": float(re.search(r"finished in [\d.]+s, ([\d.]+) req/s",
                                                     output).group(1)),
            "p50": percentile(durations, 0.50) / 1000, "p99": percentile(durations, 0.99) / 1000,
            "errors": max(0, done - int(ok))}


def live_memory(pid):
    """Heap in use right after a full collection, and metaspace in use, in MB (jcmd)."""
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, check=True)
    info = subprocess.run(["jcmd", str(pid), "GC.heap_info"], capture_output=True, text=True,
                          check=True).stdout
    heap = sum(int(kb) for kb in re.findall(r"^ \S.*total \d+K, used (\d+)K", info, re.M))
    metaspace = int(re.search(r"^ Metaspace\s+used (\d+)K", info, re.M).group(1))
    return heap / 1024, metaspace / 1024


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, max(0, int(p * len(sorted_values) + 0.5) - 1))]


def warm_server(url, directory, seconds):
    """Load of every HTTP scenario in turn before any is measured: C2 takes about a minute of load
    to settle on two cores that the load generator shares, and a measurement right after start-up
    would report the JIT's progress rather than the server's steady state."""
    for _, _, scenario in SCENARIOS:
        run_wrk(url, directory / f"{scenario}.txt", 64, seconds)


def measured(pid, run):
    """Runs `run`, returning its figures plus the server's CPU per request and RSS after it."""
    cpu_before = cpu_seconds(pid)
    figures = run()
    cpu = cpu_seconds(pid) - cpu_before
    figures["cpu_us"] = cpu / max(figures["requests"], 1) * 1e6
    figures["rss"] = rss_mb(pid)
    return figures


def first_served(workdir, requests_file, http_port, starts=3):
    """Seconds from launching the server to the first GetCallerIdentity answered 200 (in-memory
    store), with the class-data archive the earlier runs of the launcher wrote: the median of
    `starts` starts (one start alone moved by half a second with the machine), and each start's.

    The request was signed for the first server's Host, so this server listens on the same port.
    """
    method, path, headers, body = Path(requests_file).read_text().splitlines()[0].split("\t")
    header_map = dict(h.split(": ", 1) for h in headers.split("\x1f"))
    seconds = []
    for _ in range(starts):
        start = time.monotonic()
        server = start_server(workdir, http_port, free_port())
        try:
            wait_for(f"http://127.0.0.1:{http_port}{path}", data=body.encode(), headers=header_map)
            seconds.append(time.monotonic() - start)
        finally:
            server.stop()
    return statistics.median(seconds), seconds


ROUNDS = 3


def alternating(contenders, rounds, seconds):
    """Measures each (pid, run) contender in `rounds` rounds of `seconds` that take turns, the order
    reversed every other round; returns each contender's list of rounds. The machine's speed drifts
    by tens of percent within minutes: two figures taken minutes apart measure the drift as much as
    the two servers."""
    figures = [[] for _ in contenders]
    order = list(range(len(contenders)))
    for round_number in range(rounds):
        for index in (order if round_number % 2 == 0 else order[::-1]):
            pid, run = contenders[index]
            figures[index].append(measured(pid, lambda: run(seconds)))
    return figures


def combined(runs):
    """Rounds summed into one measurement; p99 is the worst round's."""
    requests = sum(f["requests"] for f in runs)
    return {
        "requests": requests,
        "rps": sum(f["rps"] for f in runs) / len(runs),
        "p50": statistics.median(f["p50"] for f in runs),
        "p99": max(f["p99"] for f in runs),
        "errors": sum(f["errors"] for f in runs),
        "cpu_us": sum(f["cpu_us"] * f["requests"] for f in runs) / max(requests, 1),
        "rss": runs[-1]["rss"],
    }


def against_reference(reference_port, body_size, requests_file, connection_counts, warmup, seconds,
                      pid, run):
    """Measures a server, `run(connections, seconds)` driving it, against the limit reference
    answering `body_size` bytes, at each connection count, in rounds that take turns; returns
    (connections, the reference's figures, the server's figures) for each count."""
    reference_url = f"http://127.0.0.1:{reference_port}/"
    reference = Process(
        ["java", "-cp", str(BENCH_JAR), "org.opensts.benchmark.load.LimitReferenceServer",
         str(reference_port), body_size])
    results = []
    try:
        wait_for(reference_url)
        for connections in connection_counts:
            run_wrk(reference_url, requests_file, connections, warmup)
            run(connections, warmup)
            rounds = alternating([
                (reference.pid, lambda s: run_wrk(reference_url, requests_file, connections, s)),
                (pid, lambda s: run(connections, s)),
            ], ROUNDS, max(1, seconds // ROUNDS))
            results.append((connections, *(combined(runs) for runs in rounds)))
    finally:
        reference.stop()
    return results


def scenario_rows(url, directory, pid, reference_port, sizes, connection_counts, warmup, seconds,
                  store=("", "")):
    """Scenarios (a)-(c) against their limit references: per connection count, the reference's row
    and then the scenario's. `store` is a suffix for the scenario's key and one for its title."""
    rows = []
    for key, title, scenario in SCENARIOS:
        requests_file = directory / f"{scenario}.txt"
        for connections, reference, figures in against_reference(
                reference_port, sizes[scenario], requests_file, connection_counts, warmup,
                seconds, pid, lambda c, s: run_wrk(url, requests_file, c, s)):
            rows.append((f"ref-{key}", f"limit reference, {sizes[scenario]}-byte body",
                         connections, reference, 1.0))
            rows.append((key + store[0], title + store[1], connections, figures,
                         figures["rps"] / reference["rps"]))
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--connections", default="16,64")
    parser.add_argument("--soak", type=int, default=0, help="seconds of AssumeRole at 64 connections")
    parser.add_argument("--postgres", action="store_true",
                        help="also run (a)-(c) on the PostgreSQL store, against an embedded PostgreSQL")
    args = parser.parse_args()
    warmup, seconds, server_warmup = (2, 5, 5) if args.quick else (20, 15, 30)
    connection_counts = [int(c) for c in args.connections.split(",")]

    workdir = Path(tempfile.mkdtemp(prefix="sts-load-"))
    http_port, grpc_port, reference_port = free_port(), free_port(), free_port()
    server = start_server(workdir, http_port, grpc_port)
    rows, notes = [], []
    try:
        wait_for(f"http://127.0.0.1:{http_port}/health/readiness")
        presign(http_port, workdir)
        sizes = dict(line.split() for line in (workdir / "sizes.txt").read_text().splitlines())
        url = f"http://127.0.0.1:{http_port}/"
        warm_server(url, workdir, server_warmup)
        rows += scenario_rows(url, workdir, server.pid, reference_port, sizes, connection_counts,
                              warmup, seconds)
        presign_grpc(grpc_port, workdir)
        for connections, reference, figures in against_reference(
                reference_port, sizes["assume-role"], workdir / "assume-role.txt",
                connection_counts, warmup, seconds, server.pid,
                lambda c, s: run_grpc(http_port, grpc_port, workdir, c, s)):
            rows.append(("ref-d", f"limit reference, {sizes['assume-role']}-byte body",
                         connections, reference, 1.0))
            rows.append(("d", "AssumeRole over gRPC (h2load)", connections, figures,
                         figures["rps"] / reference["rps"]))
        if args.soak:
            # Signed anew: a signature is good for 15 minutes, and the run is older than that.
            presign(http_port, workdir / "soak")
            soak_requests = workdir / "soak" / "assume-role.txt"
            samples = []
            live_before = live_memory(server.pid)
            start = time.monotonic()
            soak = subprocess.Popen(
                ["wrk", "-t", "2", "-c", "64", "-d", f"{args.soak}s", "--latency", "-s", str(LUA), url],
                env={**os.environ, "REQUESTS": str(soak_requests)},
                stdout=subprocess.PIPE, text=True)
            while soak.poll() is None:
                samples.append((time.monotonic() - start, rss_mb(server.pid)))
                time.sleep(10)
            soak_figures = parse_wrk(soak.stdout.read())
            live_after = live_memory(server.pid)
            notes.append(
                f"Soak: AssumeRole at 64 connections for {args.soak} s: "
                f"{soak_figures['rps']:.0f} req/s, {soak_figures['errors']} errors; server RSS "
                + ", ".join(f"{t:.0f} s {mb:.0f} MB" for t, mb in samples[:: max(1, len(samples) // 8)])
                + f"; at the end {rss_mb(server.pid):.0f} MB. After a full collection, before and"
                f" after it: heap in use {live_before[0]:.1f} and {live_after[0]:.1f} MB, metaspace"
                f" {live_before[1]:.1f} and {live_after[1]:.1f} MB.")
        presign(http_port, workdir / "startup")
    finally:
        server.stop()
    startup = first_served(workdir, workdir / "startup" / "gci-long.txt", http_port)
    if args.postgres:
        rows += postgres_rows(workdir, connection_counts, warmup, seconds, server_warmup, rows,
                              reference_port, sizes, notes)
    median, each = startup
    notes.append(f"Start to first served request (in-memory store), median of {len(each)} starts:"
                 f" {median:.2f} s ({', '.join(f'{s:.2f}' for s in each)}).")
    report(rows, notes, warmup, seconds)


def postgres_rows(workdir, connection_counts, warmup, seconds, server_warmup, memory_rows,
                  reference_port, sizes, notes):
    """Scenarios (a)-(c) on the PostgreSQL store; each also as a ratio of the memory store's."""
    database, url = start_database(workdir)
    http_port = free_port()
    server = start_server(workdir, http_port, free_port(), {
        "STS_STORE": "postgres",
        "STS_DB_URL": url,
        "STS_DB_USER": "postgres",
        "STS_DB_PASSWORD": "postgres",
        "STS_MASTER_KEY": "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
    }, "server-postgres")
    rows = []
    try:
        wait_for(f"http://127.0.0.1:{http_port}/health/readiness")
        presigned = workdir / "postgres"
        presign(http_port, presigned)
        warm_server(f"http://127.0.0.1:{http_port}/", presigned, server_warmup)
        memory = {(key, c): f["rps"] for key, _, c, f, _ in memory_rows}
        rows = scenario_rows(f"http://127.0.0.1:{http_port}/", presigned, server.pid,
                             reference_port, sizes, connection_counts, warmup, seconds,
                             ("-pg", ", PostgreSQL store"))
        for key, _, connections, figures, _ in rows:
            if key.endswith("-pg"):
                memory_key = key.removesuffix("-pg")
                notes.append(f"({memory_key}) at {connections} connections on PostgreSQL: "
                             f"{figures['rps'] / memory[(memory_key, connections)]:.0%}"
                             " of the memory store's.")
    finally:
        server.stop()
        database.stdin.close()
        database.wait(30)
    return rows


def machine():
    model = next((line.split(":", 1)[1].strip() for line in
                  Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
                 platform.processor())
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    return f"{os.cpu_count()} cores ({model}), {java}, {platform.system()} {platform.release()}"


def report(rows, notes, warmup, seconds):
    lines = [
        f"Load benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, on {machine()}.",
        f"Load generator and server share the machine; each server first runs every HTTP scenario"
        f" in turn, then each measurement has {warmup} s of warm-up and {seconds} s measured; a"
        f" scenario and its limit reference are measured in {ROUNDS} rounds that take turns (p99:"
        f" the worst round's).",
        "",
        "| scenario | | conns | req/s | p50 ms | p99 ms | errors | server CPU µs/req | RSS MB | of reference |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for key, title, connections, f, ratio in rows:
        lines.append(
            f"| {key} | {title} | {connections} | {f['rps']:.0f} | {f['p50']:.2f} | {f['p99']:.2f} "
            f"| {f['errors']} | {f['cpu_us']:.0f} | {f['rss']:.0f} | {ratio:.0%} |")
    lines += [""] + notes
    text = "\n".join(lines) + "\n"
    print(text)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text)
    failed = [r for r in rows if r[3]["errors"]]
    if failed:
        print(f"FAILED: {len(failed)} measurement(s) had errors", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
