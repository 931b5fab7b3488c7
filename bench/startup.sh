#!/usr/bin/env bash
# Start-up benchmark: Tandem's first frame on the sample plan against a bare JavaFX window
# (HelloProbe, started the same way: Platform.startup from a plain main, same jar, same JVM flags),
# alternating runs so both see the same machine state. Prints each run and the medians.
#
#   mvn -q package -DskipTests && bash bench/startup.sh [RUNS]
#
# Needs a display: uses $DISPLAY when set, else starts Xvfb (apt-get install -y xvfb libgtk-3-0).
# Each round starts Tandem twice on a fresh database: the first start creates the schema and loads
# the sample plan (what a newcomer sees); the next start opens the same file as any later day does.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-11}
JAR=target/tandem.jar
[ -f "$JAR" ] || { echo "build first: mvn package -DskipTests" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
  Xvfb :93 -screen 0 1920x1080x24 >/dev/null 2>&1 &
  XVFB=$!
  trap 'kill $XVFB' EXIT
  export DISPLAY=:93
  sleep 1
fi
WORK=$(mktemp -d)
probe() { "$@" 2>/dev/null | sed -n 's/^first-frame-ms=//p'; }
# one warm-up each so the OS file cache holds the jar for both
probe java -cp "$JAR" org.tandem.app.HelloProbe >/dev/null
probe java -jar "$JAR" --db "$WORK/warm.db" --startup-probe >/dev/null
hello=(); tandem=(); again=()
for i in $(seq 1 "$RUNS"); do
  h=$(probe java -cp "$JAR" org.tandem.app.HelloProbe)
  t=$(probe java -jar "$JAR" --db "$WORK/run$i.db" --startup-probe)
  a=$(probe java -jar "$JAR" --db "$WORK/run$i.db" --startup-probe)
  echo "run $i: hello=${h}ms tandem-first-start=${t}ms tandem-next-start=${a}ms"
  hello+=("$h"); tandem+=("$t"); again+=("$a")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mh=$(median "${hello[@]}"); mt=$(median "${tandem[@]}"); ma=$(median "${again[@]}")
echo "median hello-window first-frame-ms=$mh"
echo "median tandem first-start (new database, sample loaded) first-frame-ms=$mt"
echo "median tandem next start (database holds the sample plan) first-frame-ms=$ma"
awk -v t="$mt" -v h="$mh" 'BEGIN {printf "ratio tandem/hello=%.2f (target <= 1.30; tandem target < 1500 ms)\n", t/h}'
rm -rf "$WORK"
