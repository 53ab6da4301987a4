#!/usr/bin/env python3
"""Time `pressroom serve` as a person editing uses it, and serve its pages under load.

    bench/preview/preview-bench.py --pressroom BIN --project DIR [--edits 100] [--port 18080]
                                   [--nginx-port 18081] [--wrk-seconds 10] [--work DIR]

1. Starts `BIN serve DIR --port PORT` and listens to its live-reload events (Server-Sent Events
   on /_pressroom/events), as an open browser tab does.
2. Saves a chapter with one paragraph added, EDITS times, and times each from just before the
   file is written to the moment the reload event naming that chapter's page arrives. Then
   the same for the chapter's title (the contents list of every chapter of the publication
   changes). Prints the median and the slowest.
3. Reads the server's resident memory (VmRSS) after the first edit and after the last.
4. Builds the same project to disk, serves it with nginx, and runs `wrk -t2 -c64 -d10s
   --latency` against the chapter page on nginx and on the preview, interleaved, three rounds
   each. Prints requests per second, p99 latency and errors, and the ratios.

The chapter is restored at the end. Only the Python standard library is used.
"""
import argparse, http.client, os, queue, re, shutil, signal, statistics, subprocess, sys, tempfile, threading, time


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def listen(port, events):
    """Reads the preview's event stream; puts (time, name, data) on `events`."""
    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("GET", "/_pressroom/events", headers={"Accept": "text/event-stream"})
    response = connection.getresponse()
    name = None
    while True:
        line = response.fp.readline()
        if not line:
            return
        line = line.decode().rstrip("\n")
        if line.startswith("event: "):
            name = line[7:]
        elif line.startswith("data: "):
            events.put((time.monotonic(), name, line[6:]))


def wait_for(events, page, timeout=10):
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise SystemExit(f"no reload event for {page} within {timeout} s")
        at, name, data = events.get(timeout=remaining)
        if name == "problems":
            raise SystemExit(f"the preview reports problems: {data}")
        if name == "reload" and f'"{page}"' in data:
            return at


def edits(path, original, count, events, page, change):
    times = []
    for run in range(1, count + 1):
        text = change(original, run)
        start = time.monotonic()
        with open(path, "w") as f:
            f.write(text)
        times.append((wait_for(events, page) - start) * 1000)
        time.sleep(0.05)
    return times


def wrk(url, seconds):
    out = subprocess.run(["wrk", "-t2", "-c64", f"-d{seconds}s", "--latency", url], capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
    p99_ms = float(p99.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p99.group(2)]
    errors = 0
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if socket:
        errors += sum(int(g) for g in socket.groups())
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if non2xx:
        errors += int(non2xx.group(1))
    return rps, p99_ms, errors


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pressroom", required=True)
    parser.add_argument("--project", required=True)
    parser.add_argument("--edits", type=int, default=100)
    parser.add_argument("--port", type=int, default=18080)
    parser.add_argument("--nginx-port", type=int, default=18081)
    parser.add_argument("--wrk-seconds", type=int, default=10)
    parser.add_argument("--work", default=tempfile.mkdtemp(prefix="pressroom-preview-bench-"))
    args = parser.parse_args()

    content = os.path.join(args.project, "Content")
    chapters = sorted(
        os.path.relpath(os.path.join(d, f), content)
        for d, _, files in os.walk(content) for f in files
        if f.endswith(".md") and "/news/" not in os.path.join(d, f) and re.match(r"\d+-", f))
    chapter = os.path.join(content, chapters[0])
    partnership, publication, name = chapters[0].split("/")[:3]
    page = f"{partnership}/{publication}/{re.sub(r'^[0-9]+-', '', name[:-3])}/index.html"
    original = open(chapter).read()

    server = subprocess.Popen([args.pressroom, "serve", args.project, "--port", str(args.port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    nginx = None
    try:
        started = time.monotonic()
        printed = ""
        while "Previewing at" not in printed:
            line = server.stdout.readline()
            if not line:
                raise SystemExit(f"pressroom serve did not start: {printed}")
            printed += line
        print(f"preview ready in {time.monotonic() - started:.2f} s: {printed.strip()}")
        threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()
        events = queue.Queue()
        threading.Thread(target=listen, args=(args.port, events), daemon=True).start()
        time.sleep(0.3)

        body = edits(chapter, original, 1, events, page,
                     lambda text, run: text + f"\nAn added paragraph, number {run}.\n")
        memory_first = rss_kib(server.pid)
        body += edits(chapter, original, args.edits - 1, events, page,
                      lambda text, run: text + f"\nAn added paragraph, number {run + 1}.\n")
        memory_after = rss_kib(server.pid)
        title = edits(chapter, original, 20, events, page,
                      lambda text, run: text.replace("title: ", f"title: Edit {run} ", 1))
        for label, times in (("chapter body saved → reload event", body), ("chapter title saved → reload event", title)):
            print(f"{label}: median {statistics.median(times):.1f} ms, slowest {max(times):.1f} ms ({len(times)} edits)")
        print(f"server memory: {memory_first / 1024:.1f} MiB after the first edit, "
              f"{memory_after / 1024:.1f} MiB after {args.edits} ({(memory_after / memory_first - 1) * 100:+.1f}%)")
        with open(chapter, "w") as f:
            f.write(original)
        wait_for(events, page)

        if shutil.which("wrk") is None or shutil.which("nginx") is None:
            print("wrk or nginx is missing: serving not measured")
            return
        os.chmod(args.work, 0o755)  # nginx's workers run as another user
        site = os.path.join(args.work, "site")
        subprocess.run([args.pressroom, "build", args.project, "--output", site], check=True, capture_output=True)
        conf = os.path.join(args.work, "nginx.conf")
        with open(conf, "w") as f:
            f.write(f"""worker_processes 2; daemon off; pid {args.work}/nginx.pid; error_log {args.work}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{ access_log off; include /etc/nginx/mime.types; sendfile on;
  server {{ listen 127.0.0.1:{args.nginx_port}; root {site}; }} }}
""")
        nginx = subprocess.Popen(["nginx", "-c", conf, "-p", args.work])
        time.sleep(0.5)
        path = "/" + page[: -len("index.html")]
        rounds = {"preview": [], "nginx": []}
        for _ in range(3):
            rounds["preview"].append(wrk(f"http://127.0.0.1:{args.port}{path}", args.wrk_seconds))
            rounds["nginx"].append(wrk(f"http://127.0.0.1:{args.nginx_port}{path}", args.wrk_seconds))
        print(f"wrk -t2 -c64 -d{args.wrk_seconds}s on {path}, median of 3 rounds:")
        medians = {}
        for tool, results in rounds.items():
            rps = statistics.median(r[0] for r in results)
            p99 = statistics.median(r[1] for r in results)
            errors = sum(r[2] for r in results)
            medians[tool] = (rps, p99)
            print(f"  {tool:8} {rps:10.0f} requests/s   p99 {p99:7.2f} ms   errors {errors}")
        print(f"  preview/nginx: requests/s {medians['preview'][0] / medians['nginx'][0]:.2f}×, "
              f"p99 {medians['preview'][1] / medians['nginx'][1]:.2f}×")
    finally:
        with open(chapter, "w") as f:
            f.write(original)
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            print("the preview did not stop within 10 s of Ctrl-C", file=sys.stderr)
        if nginx:
            nginx.terminate()
            nginx.wait()
        shutil.rmtree(args.work, ignore_errors=True)


if __name__ == "__main__":
    main()
