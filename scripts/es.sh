#!/usr/bin/env bash
# Download, start, stop a local single-node Elasticsearch for vanban's tests and benchmarks.
#
#   scripts/es.sh start    # fetch the integ-test distribution from Maven Central (once), start on 127.0.0.1
#   scripts/es.sh stop
#   scripts/es.sh status
#
# Settings (environment): VANBAN_ES_VERSION (8.19.9), VANBAN_ES_PORT (9200), VANBAN_ES_ROOT
# (/opt/vanban-es: distribution, data and logs live there, never in the checkout).
# Elasticsearch refuses to run as root: it runs as the system user "vanban-es" through runuser.
set -euo pipefail

VERSION=${VANBAN_ES_VERSION:-8.19.9}
PORT=${VANBAN_ES_PORT:-9200}
ROOT=${VANBAN_ES_ROOT:-/opt/vanban-es}
HOME_DIR="$ROOT/elasticsearch-$VERSION"
DATA="$ROOT/data-$PORT"
PIDFILE="$ROOT/es-$PORT.pid"
USER_NAME=vanban-es
URL="http://127.0.0.1:$PORT"
ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$VERSION:zip"

up() { curl -fsS "$URL/_cluster/health" >/dev/null 2>&1; }

install_dist() {
  [ -x "$HOME_DIR/bin/elasticsearch" ] && return 0
  local zip="$HOME/.m2/repository/org/elasticsearch/distribution/integ-test-zip/elasticsearch/$VERSION/elasticsearch-$VERSION.zip"
  if [ ! -f "$zip" ]; then
    echo "es: fetching $ARTIFACT from Maven Central"
    mvn -q dependency:get -Dartifact="$ARTIFACT" -Dtransitive=false
  fi
  mkdir -p "$ROOT"
  unzip -q -o "$zip" -d "$ROOT"
}

ensure_user() {
  id "$USER_NAME" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$USER_NAME"
  mkdir -p "$DATA/data" "$DATA/logs"
  chown -R "$USER_NAME" "$HOME_DIR" "$DATA"
}

start() {
  if up; then echo "es: already running at $URL"; return 0; fi
  install_dist
  ensure_user
  echo "es: starting $VERSION on $URL"
  local java_home
  java_home=${ES_JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
  runuser -u "$USER_NAME" -- env ES_JAVA_HOME="$java_home" ES_JAVA_OPTS="-Xms512m -Xmx512m" \
    "$HOME_DIR/bin/elasticsearch" -d -p "$DATA/pid" \
    -E network.host=127.0.0.1 -E http.port="$PORT" -E transport.port=$((PORT + 100)) \
    -E discovery.type=single-node -E xpack.security.enabled=false \
    -E cluster.routing.allocation.disk.threshold_enabled=false \
    -E path.data="$DATA/data" -E path.logs="$DATA/logs" -E cluster.name="vanban-$PORT" >"$DATA/logs/console.log" 2>&1
  for _ in $(seq 1 120); do
    if up; then
      cp "$DATA/pid" "$PIDFILE"
      curl -fsS "$URL/_cluster/health?wait_for_status=yellow&timeout=60s" >/dev/null
      echo "es: ready at $URL"
      return 0
    fi
    sleep 1
  done
  echo "es: did not start within 120 s; last log lines:" >&2
  tail -n 30 "$DATA/logs/vanban-$PORT.log" >&2 || true
  return 1
}

stop() {
  local pid=""
  [ -f "$PIDFILE" ] && pid=$(cat "$PIDFILE")
  [ -z "$pid" ] && [ -f "$DATA/pid" ] && pid=$(cat "$DATA/pid")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    echo "es: stopped"
  fi
  rm -f "$PIDFILE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if up; then curl -fsS "$URL/_cluster/health"; echo; else echo "es: not running at $URL"; exit 1; fi ;;
  *) echo "usage: scripts/es.sh start|stop|status" >&2; exit 2 ;;
esac
