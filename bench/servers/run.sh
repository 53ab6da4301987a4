#!/usr/bin/env bash
# Measure the two candidate HTTP libraries for `pressroom serve` (see README.md):
#   1. wrk -t2 -c64 -d10s --latency on GET /page/ against hb-server (Hummingbird), ff-server
#      (FlyingFox), ff-server --nodelay (FlyingFox with TCP_NODELAY set by a socket-pool shim)
#      and nginx serving the same bytes from disk; ROUNDS rounds, interleaved (hb, ff, ffnd,
#      nginx, hb, …); medians of req/s and p99, errors summed. Also, once each, the median
#      latency on a single keep-alive connection (wrk -t1 -c1 -d3s).
#   2. Peak RSS (VmHWM) of each server after the wrk runs.
#   3. Clean debug build of each executable alone, and the packages each pulls in.
# Before the load it checks each server (bytes, HEAD, 404, ::1, SSE streaming); after it,
# SIGINT with an SSE client connected (how long until exit, does the client see a clean end).
#
# Usage: bench/servers/run.sh
#   ROUNDS=3  DURATION=10s  CONNECTIONS=64  THREADS=2
#   BUILD_TIMES=1     set to 0 to skip step 3 (2 to 4 minutes on 2 cores)
#   WORK=/tmp/pressroom-servers   nginx files, wrk outputs, results.tsv
set -euo pipefail
set -m  # servers get their own process group, so SIGINT reaches them (not ignored as in `cmd &`)

cd "$(dirname "$0")"
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
BUILD_TIMES=${BUILD_TIMES:-1}
WORK=${WORK:-/tmp/pressroom-servers}

# --- Tools, from Debian when missing --------------------------------------------------------
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing ${missing[*]} …"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

echo "== release build"
swift build -c release 2>&1 | grep -E "error|Compiling|Build complete" | tail -3
BIN=$(swift build -c release --show-bin-path)

rm -rf "$WORK"
mkdir -p "$WORK/www/page" "$WORK/logs"
chmod 755 "$WORK" "$WORK/www" "$WORK/www/page"  # nginx workers run as nobody when started by root
: > "$WORK/results.tsv"

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_up() { for _ in $(seq 100); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done; echo "no answer from $1" >&2; return 1; }
vm() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }  # kB
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

SWIFT_SERVERS=(hb ff ffnd)
ALL=(hb ff ffnd nginx)
declare -A PORT PID
declare -A NAME=([hb]="Hummingbird 2.28.1" [ff]="FlyingFox 0.27.1" [ffnd]="FlyingFox 0.27.1 + TCP_NODELAY shim"
                 [nginx]="nginx $("$NGINX" -v 2>&1 | sed 's|.*/||')")
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

for s in "${SWIFT_SERVERS[@]}"; do
    PORT[$s]=$(free_port)
    case $s in
        hb) "$BIN/hb-server" "${PORT[$s]}" >"$WORK/logs/$s.log" 2>&1 & ;;
        ff) "$BIN/ff-server" "${PORT[$s]}" >"$WORK/logs/$s.log" 2>&1 & ;;
        ffnd) "$BIN/ff-server" "${PORT[$s]}" --nodelay >"$WORK/logs/$s.log" 2>&1 & ;;
    esac
    PID[$s]=$!
    PIDS+=("${PID[$s]}")
    wait_up "http://127.0.0.1:${PORT[$s]}/page/"
done

# nginx serves the very bytes hb-server serves, from disk.
curl -s "http://127.0.0.1:${PORT[hb]}/page/" >"$WORK/www/page/index.html"
chmod 644 "$WORK/www/page/index.html"
PORT[nginx]=$(free_port)
cat >"$WORK/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/logs/nginx-error.log;
daemon off;
events { worker_connections 1024; }
http {
    access_log off;
    types { text/html html; }
    charset utf-8;
    sendfile on;
    keepalive_requests 1000000;  # like the Swift servers: never close a busy keep-alive connection
    client_body_temp_path $WORK/tmp;
    proxy_temp_path $WORK/tmp;
    fastcgi_temp_path $WORK/tmp;
    uwsgi_temp_path $WORK/tmp;
    scgi_temp_path $WORK/tmp;
    server {
        listen 127.0.0.1:${PORT[nginx]};
        root $WORK/www;
        add_header Cache-Control no-store;
    }
}
EOF
mkdir -p "$WORK/tmp"
"$NGINX" -p "$WORK" -e "$WORK/logs/nginx-error.log" -c "$WORK/nginx.conf" &
PID[nginx]=$!
PIDS+=("${PID[nginx]}")
wait_up "http://127.0.0.1:${PORT[nginx]}/page/"

# --- Checks ---------------------------------------------------------------------------------
# SSE: seconds after connecting at which each `event:` line arrived. Streaming shows about
# 1 s apart; a buffered body would show nothing before curl's time limit closes it.
sse_times() {
    local t0
    t0=$(now)
    { curl -sN --max-time 3.5 "$1" || true; } | while IFS= read -r line; do
        case $line in event:*) printf '%s ' "$(since "$t0")" ;; esac
    done
}
# Bytes a server sends after the header block in answer to HEAD (should be 0).
head_body_bytes() {
    python3 - "$1" <<'EOF'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=1)
s.sendall(b"HEAD /page/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
data = b""
try:
    while chunk := s.recv(65536):
        data += chunk
except socket.timeout:
    pass
print(len(data.split(b"\r\n\r\n", 1)[1]))
EOF
}
echo "== checks"
for s in "${ALL[@]}"; do
    base="http://127.0.0.1:${PORT[$s]}"
    same=$(cmp -s <(curl -s "$base/page/") "$WORK/www/page/index.html" && echo same || echo DIFFERENT)
    head=$(curl -s -I "$base/page/" | tr -d '\r' | awk 'NR == 1 { c = $2 } tolower($1) == "content-length:" { l = $2 } END { print c, "len", l }')
    headbody=$(head_body_bytes "${PORT[$s]}")
    ctype=$(curl -s -o /dev/null -w '%{content_type}' "$base/page/")
    nf=$(curl -s -o /dev/null -w '%{http_code}' "$base/no-such-page/")
    line="$s: GET /page/ $(curl -s "$base/page/" | wc -c) B ($same), $ctype; HEAD $head, body $headbody B; 404 → $nf"
    if [ "$s" != nginx ]; then
        v6=$(curl -s -o /dev/null -w '%{http_code}' "http://[::1]:${PORT[$s]}/page/")
        sse_ct=$(curl -s -o /dev/null --max-time 1.2 -w '%{content_type}' "$base/events" || true)
        line+="; [::1] → $v6; /events $sse_ct, events at: $(sse_times "$base/events")s"
    fi
    echo "$line"
done
declare -A IDLE_RSS
for s in "${SWIFT_SERVERS[@]}"; do IDLE_RSS[$s]=$(vm "${PID[$s]}" VmRSS); done

# --- Load -----------------------------------------------------------------------------------
ms() { awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /ms$/) v = v; else if ($1 ~ /s$/) v *= 1000; printf "%.2f", v }'; }
echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $ROUNDS rounds (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
for s in "${ALL[@]}"; do  # warm-up, not recorded
    wrk -t"$THREADS" -c"$CONNECTIONS" -d2s "http://127.0.0.1:${PORT[$s]}/page/" >/dev/null
done
for round in $(seq "$ROUNDS"); do
    for s in "${ALL[@]}"; do
        out="$WORK/logs/wrk-$s-$round.txt"
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:${PORT[$s]}/page/" >"$out"
        rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
        p99=$(awk '$1 == "99%" { print $2 }' "$out" | ms)
        sock=$(awk '/Socket errors:/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$out")
        non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $5 }' "$out")
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$s" "$rps" "$p99" "${sock:-0}" "${non2xx:-0}" >>"$WORK/results.tsv"
        printf '  round %s %-5s %10s req/s  p99 %7s ms  socket errors %s  non-2xx %s\n' \
            "$round" "$s" "$rps" "$p99" "${sock:-0}" "${non2xx:-0}"
    done
done

echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews all servers alike, thanks to the interleaving)"
echo "== one keep-alive connection: wrk -t1 -c1 -d3s --latency"
declare -A ONE
for s in "${ALL[@]}"; do
    wrk -t1 -c1 -d3s --latency "http://127.0.0.1:${PORT[$s]}/page/" >"$WORK/logs/wrk1-$s.txt"
    ONE[$s]=$(awk '$1 == "50%" { print $2 }' "$WORK/logs/wrk1-$s.txt" | ms)
    printf '  %-5s p50 %7s ms  %10s req/s\n' "$s" "${ONE[$s]}" "$(awk '/^Requests\/sec:/ { print $2 }' "$WORK/logs/wrk1-$s.txt")"
done

declare -A PEAK
for s in "${SWIFT_SERVERS[@]}"; do PEAK[$s]=$(vm "${PID[$s]}" VmHWM); done
nginx_procs=("${PID[nginx]}" $(pgrep -P "${PID[nginx]}"))
PEAK[nginx]=$(for p in "${nginx_procs[@]}"; do vm "$p" VmHWM; done | awk '{ t += $1 } END { print t }')

# --- Shutdown: SIGINT with an SSE client connected ------------------------------------------
echo "== SIGINT with an SSE client connected"
declare -A STOP
for s in "${SWIFT_SERVERS[@]}"; do
    curl -sN "http://127.0.0.1:${PORT[$s]}/events" >"$WORK/logs/sse-$s.txt" 2>&1 &
    client=$!
    sleep 1.5
    t0=$(now)
    kill -INT "${PID[$s]}"
    wait "${PID[$s]}" && rc=0 || rc=$?
    took=$(since "$t0")
    wait "$client" && crc=0 || crc=$?
    STOP[$s]="exit $rc after ${took}s, client curl exit $crc"
    echo "  $s: ${STOP[$s]}"
done
kill -TERM "${PID[nginx]}"; wait "${PID[nginx]}" || true

# --- Build cost ------------------------------------------------------------------------------
declare -A PKGS BUILD
deps_json=$(swift package show-dependencies --format json 2>/dev/null)
count_packages() {  # the packages under the given top-level dependencies, themselves included
    python3 -c '
import json, sys
def walk(n, acc):
    acc.add(n["identity"])
    for d in n["dependencies"]: walk(d, acc)
    return acc
want, seen = sys.argv[1:], set()
for top in json.load(sys.stdin)["dependencies"]:
    if top["identity"] in want: walk(top, seen)
print(len(seen))' "$@" <<<"$deps_json"
}
PKGS[hb]=$(count_packages hummingbird swift-service-lifecycle)
PKGS[ff]=$(count_packages flyingfox)
PKGS[ffnd]=${PKGS[ff]}
for s in hb ff ffnd; do BUILD[$s]="—"; done
if [ "$BUILD_TIMES" = 1 ]; then
    echo "== clean debug build of each executable alone (scratch path .build-x)"
    for s in hb ff; do
        rm -rf .build-x
        t0=$(now)
        swift package --scratch-path .build-x resolve >/dev/null 2>&1
        resolve=$(since "$t0")
        t0=$(now)
        swift build --scratch-path .build-x --product "$s-server" 2>&1 | grep -E "error|Build of product" || true
        compile=$(since "$t0")
        modules=$(find .build-x/debug/ -maxdepth 2 -path '*.build/*.o' | awk -F/ '{ print $(NF - 1) }' | grep -v '^Modules$' | sort -u | wc -l)
        total=$(awk -v a="$resolve" -v b="$compile" 'BEGIN { printf "%.0f", a + b }')
        BUILD[$s]="$total s ($resolve resolve + $compile compile, $modules modules compiled)"
        echo "  $s-server: ${BUILD[$s]}"
    done
    BUILD[ffnd]="same as FlyingFox"
    rm -rf .build-x
fi

# --- Table ----------------------------------------------------------------------------------
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -F'\t' -v s="$1" -v c="$2" '$2 == s { print $c }' "$WORK/results.tsv"; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
echo
echo "| server | req/s (median of $ROUNDS) | p99 ms (median) | socket errors / non-2xx (all rounds) | p50 ms, 1 connection | peak RSS MB (idle) | clean debug build | packages |"
echo "| --- | ---: | ---: | --- | ---: | --- | --- | ---: |"
for s in "${ALL[@]}"; do
    rps=$(col "$s" 3 | median | awk '{ printf "%.0f", $1 }')
    p99=$(col "$s" 4 | median)
    errs="$(col "$s" 5 | awk '{ t += $1 } END { print t }') / $(col "$s" 6 | awk '{ t += $1 } END { print t }')"
    if [ "$s" = nginx ]; then
        rss="$(mb "${PEAK[$s]}") (master + workers)"; build="—"; pk="—"
    else
        rss="$(mb "${PEAK[$s]}") ($(mb "${IDLE_RSS[$s]}"))"; build=${BUILD[$s]}; pk=${PKGS[$s]}
    fi
    echo "| ${NAME[$s]} | $rps | $p99 | $errs | ${ONE[$s]} | $rss | $build | $pk |"
done
echo
echo "Raw results: $WORK/results.tsv, wrk outputs and logs: $WORK/logs/"
