#!/usr/bin/env bash
# The benchmark of issue 9: bench/run.sh --scale smoke|province|nation [--db h2|postgres] [--heap 1g] [--keep]
# Builds the jar if it is missing or older than the sources (unless --jar names one), compiles the driver, then
# generates, loads, measures, prints BENCH lines and writes bench/RESULTS.md. Exits non-zero when the harness breaks,
# never on slow figures. BENCH_WORK (default bench/target) holds the generated files, data and driver classes.
set -euo pipefail
cd "$(dirname "$0")/.."

java_major() { "$1" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }

# A JDK 21 or newer, found as .ci/run finds it.
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 21 ] 2>/dev/null; then
  if command -v java >/dev/null && [ "$(java_major java)" -ge 21 ]; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  else
    JAVA_HOME=""
    for jdk in /usr/lib/jvm/*; do
      if [ -x "$jdk/bin/javac" ] && [ "$(java_major "$jdk/bin/java")" -ge 21 ]; then JAVA_HOME=$jdk; fi
    done
  fi
fi
if [ -z "${JAVA_HOME:-}" ]; then
  echo "No JDK 21 or newer found; install one and set JAVA_HOME" >&2
  exit 1
fi
export JAVA_HOME

db=h2
jar=""
for ((i = 1; i <= $#; i++)); do
  j=$((i + 1))
  if [ "${!i}" = "--db" ]; then db=${!j}; fi
  if [ "${!i}" = "--jar" ]; then jar=${!j}; fi
done
if [ "$db" = postgres ] && ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "PostgreSQL is not answering on 127.0.0.1:5432 (trust auth, database test)" >&2
  exit 1
fi

# --jar measures a jar built elsewhere (an earlier release, say); otherwise this tree's, rebuilt when stale.
if [ -z "$jar" ]; then
  jar=target/probity.jar
  if [ ! -f "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -type f -print -quit)" ]; then
    echo "== building $jar"
    ./mvnw -B -q -DskipTests package
  fi
fi
jar=$(readlink -f "$jar")

# The JDBC drivers the baselines use are the ones the jar ships. BENCH_WORK keeps two runs apart.
work=${BENCH_WORK:-bench/target}
rm -rf "$work/lib" "$work/classes"
mkdir -p "$work/lib" "$work/classes"
(cd "$work/lib" && "$JAVA_HOME/bin/jar" xf "$jar" $("$JAVA_HOME/bin/jar" tf "$jar" | grep -E 'BOOT-INF/lib/(h2|postgresql)-[0-9].*\.jar$'))
classpath=$(find "$work/lib" -name '*.jar' | tr '\n' ':')
"$JAVA_HOME/bin/javac" -d "$work/classes" --release 21 $(find bench/src -name '*.java')

BENCH_COMMIT=$(git rev-parse --short HEAD 2>/dev/null || true) \
  exec "$JAVA_HOME/bin/java" -Xmx2g -cp "$work/classes:$classpath" org.probity.bench.Main --work "$work" \
  --results bench/RESULTS.md "$@" --jar "$jar"
