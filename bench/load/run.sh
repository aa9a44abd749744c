#!/usr/bin/env bash
# Load benchmark of `serve`: wrk against POST /api/messages (expectReplies) and POST /api/twilio, plus the time from
# process start to a 200 from /health with an existing index. Figures go to docs/benchmarks.md ("Load").
#
#   bench/load/run.sh [--content <cms-dump-dir>] [--redis <host:port>] [--duration 30s] [--connections 32] [--threads 2]
#
# Without --content the demo region that ships with the bot is served; with it (e.g. ../shared/benchmark/cms) the
# content is imported first. Without --redis state lives in state.db (SQLite); with it in that Redis (under the key
# prefix bench:<pid>:). Needs wrk (Debian package `wrk`) and curl.
set -euo pipefail
cd "$(dirname "$0")/../.."

content="" redis="" duration="30s" connections=32 threads=2 port=5087
while [ $# -gt 0 ]; do
  case "$1" in
    --content) content="$2"; shift 2 ;;
    --redis) redis="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }

work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server"; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
  if [ -n "$redis" ] && command -v redis-cli >/dev/null; then
    redis-cli -h "${redis%:*}" -p "${redis##*:}" --scan --pattern "bench:$$:*" | xargs -r -n 1000 redis-cli -h "${redis%:*}" -p "${redis##*:}" del >/dev/null
  fi
}
trap cleanup EXIT

echo "== build (Release)"
dotnet build Integreat.Bot -c Release -o "$work/bot" -v quiet -nologo >/dev/null
bot="$work/bot/Integreat.Bot"
data="$work/data"
if [ -n "$content" ]; then
  echo "== import $content"
  "$bot" import --from "$content" --data "$data" >/dev/null
fi

# The benchmark configuration: logging at Warning, per-person limits off (wrk is a handful of "people" sending
# thousands of messages), unsigned Twilio requests (see twilio.lua), no other channel.
export Logging__LogLevel__Default=Warning
export Limits__PerMinute=0 Limits__PerDay=0
export Twilio__AllowUnsignedRequests=true
if [ -n "$redis" ]; then
  export State__Redis="$redis" State__RedisKeyPrefix="bench:$$:"
fi
export DOTNET_gcServer="${DOTNET_gcServer:-1}"

# Starts serve in the background and sets ready_ms to the time until /health answered 200.
start_server() {
  local started
  started=$(date +%s%N)
  "$bot" serve --data "$data" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
  server=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
    sleep 0.02
  done
  ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}

stop_server() {
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}

start_server
echo "== first start (imports the demo region and builds the index when needed): $ready_ms ms to ready"
stop_server
start_server
echo "== start to ready with an existing index: $ready_ms ms"

# A short warm-up so that JIT and the first index reads are not measured.
wrk -t1 -c4 -d5s -s bench/load/messages.lua "http://127.0.0.1:$port" >/dev/null

for route in messages twilio; do
  echo "== wrk $route: -t$threads -c$connections -d$duration"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "bench/load/$route.lua" "http://127.0.0.1:$port" | tee "$work/$route.txt"
done

echo "== wrk messages, every question distinct (no cache hits): -t$threads -c$connections -d$duration"
wrk -t"$threads" -c"$connections" -d"$duration" --latency -s bench/load/messages.lua "http://127.0.0.1:$port" -- distinct

echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
stop_server
