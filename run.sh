#!/usr/bin/env bash
# Starts the whole partnership platform on this machine: the embedded default (local-stack: a Kafka
# broker and a MongoDB wire-protocol store; the identity server: OAuth2 with demo users), every
# service, the gateway and the web client, each as its own process. Ctrl-C stops them all.
#
#   ./run.sh           build what is missing, start everything, print the URLs
#   ./run.sh --demo    the same, and load the demonstration programmes and municipalities
#   ./run.sh --help
set -euo pipefail
cd "$(dirname "$0")"

demo=false
for arg in "$@"; do
  case "$arg" in
    --demo) demo=true ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command -v "$java_cmd" >/dev/null 2>&1 || { echo "A JDK 17 or newer is needed (java not found)." >&2; exit 1; }

version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | sed -n 2p)
# name:port:management-port:jar — the order they start in, after local-stack and the identity server.
identity="identity-server:9000:9100:identity-server/target/identity-server-${version}.jar"
services=(
  "registration-service:8081:9081:registration-service/target/registration-service-${version}.jar"
  "meeting-service:8082:9082:meeting-service/target/meeting-service-${version}.jar"
  "evaluation-service:8083:9083:evaluation-service/target/evaluation-service-${version}.jar"
  "billing-service:8084:9084:billing-service/target/billing-service-${version}.jar"
  "notification-service:8086:9086:notification-service/target/notification-service-${version}.jar"
  "gateway:8080:9080:gateway/target/gateway-${version}.jar"
  "web:8085:9085:web/target/web-${version}.jar"
)
local_stack_jar="local-stack/target/local-stack-${version}-exec.jar"
logs=data/logs

needs_build() {
  for jar in "$local_stack_jar" "${identity##*:}" "${services[@]##*:}"; do
    [ -f "$jar" ] || return 0
    module=${jar%%/*}
    if [ -n "$(find "$module/src" "$module/pom.xml" pom.xml event-contracts/src service-kit/src platform-security/src \
        -newer "$jar" -print -quit 2>/dev/null)" ]; then
      return 0
    fi
  done
  return 1
}

if needs_build; then
  echo "Building (./mvnw package, tests skipped; run ./mvnw verify for the tests)..."
  ./mvnw -q -B -DskipTests package
fi

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in 9092 9093 27017 9099 2525 1143 9000 9100 8080 9080 8081 9081 8082 9082 8083 9083 8084 9084 8085 9085 8086 9086; do
  port_free "$port" || { echo "Port $port is already in use; stop whatever uses it (another ./run.sh?) and try again." >&2; exit 1; }
done

http_ok() {
  if command -v curl >/dev/null 2>&1; then
    curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null
  else
    local hostport=${1#http://}; hostport=${hostport%%/*}; local path=/${1#http://*/}
    exec 3<>"/dev/tcp/${hostport%:*}/${hostport#*:}" 2>/dev/null || return 1
    printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$hostport" >&3
    local status; read -r _ status _ <&3; exec 3>&-
    [ "$status" = "200" ]
  fi
}

pids=()
stopping=false
stop_all() {
  $stopping && return
  stopping=true
  trap - INT TERM
  echo
  echo "Stopping..."
  for (( i=${#pids[@]}-1; i>=0; i-- )); do kill -TERM "${pids[$i]}" 2>/dev/null || true; done
  for _ in $(seq 1 60); do
    alive=false
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=true; done
    $alive || break
    sleep 0.5
  done
  for pid in "${pids[@]}"; do kill -KILL "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  echo "Stopped."
}
trap 'stop_all; exit 130' INT TERM
trap stop_all EXIT

await() {
  local name=$1 url=$2 pid=$3
  for _ in $(seq 1 180); do
    if http_ok "$url"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$name stopped while starting; see $logs/$name.log" >&2; tail -n 20 "$logs/$name.log" >&2; exit 1
    fi
    sleep 1
  done
  echo "$name did not become ready in 3 minutes; see $logs/$name.log" >&2; exit 1
}

mkdir -p "$logs"
# One place for the JVM options of every process (also the system tests' and the benchmarks'), then a
# module's own <module>/jvm.options where it has one (local-stack's gives it the larger heap of the store
# and the broker).
jvm=(@jvm.options)

start() {
  local name=$1 port=$2 management=$3 jar=$4; shift 4
  echo "Starting $name on :$port..."
  local own=()
  [ -f "${jar%%/*}/jvm.options" ] && own=("@${jar%%/*}/jvm.options")
  "$java_cmd" "${jvm[@]}" ${own[@]+"${own[@]}"} -jar "$jar" --server.port="$port" --management.server.port="$management" "$@" \
    >"$logs/$name.log" 2>&1 &
  pids+=($!)
}

echo "Starting local-stack (Kafka 127.0.0.1:9092, MongoDB 127.0.0.1:27017, data in ./data; mail: SMTP 2525, IMAP 1143)..."
"$java_cmd" "${jvm[@]}" @local-stack/jvm.options -jar "$local_stack_jar" --data-dir=data >"$logs/local-stack.log" 2>&1 &
pids+=($!)
# The identity server needs neither the broker nor the store, and the services fetch its keys only when
# the first token comes: it starts beside local-stack, and the services once the store and broker are up.
IFS=: read -r identity_name identity_port identity_management jar <<<"$identity"
start "$identity_name" "$identity_port" "$identity_management" "$jar" \
  --partnerships.identity.key-file=data/identity/signing-key.json
await local-stack http://127.0.0.1:9099/ready "${pids[0]}"

first=${#pids[@]}
for service in "${services[@]}"; do
  IFS=: read -r name port management jar <<<"$service"
  args=()
  case "$name" in
    registration-service|meeting-service|evaluation-service|billing-service) $demo && args+=(--spring.profiles.active=demo) ;;
  esac
  # the demonstration's programmes ended years ago: keep their people's names past the usual three years
  if $demo && [ "$name" = registration-service ]; then
    args+=(--partnerships.registration.personal-data-retention=P10Y)
  fi
  start "$name" "$port" "$management" "$jar" ${args[@]+"${args[@]}"}
done
await "$identity_name" "http://127.0.0.1:$identity_management/actuator/health/readiness" "${pids[1]}"
i=$first
for service in "${services[@]}"; do
  IFS=: read -r name port management jar <<<"$service"
  await "$name" "http://127.0.0.1:$management/actuator/health/readiness" "${pids[$i]}"
  i=$((i + 1))
done

cat <<INFO

The partnership platform is running.

  Web client            http://127.0.0.1:8080/
                        sign in as kl-admin (KL staff: programmes, networks, meetings, exports) or as
                        koordinator-<code> (Vejle 630, Odense 461, Aarhus 751, Aalborg 851, København 101);
                        oekonomi is finance staff (no web pages: finance uses the API); password "demo"
  API (gateway)         http://127.0.0.1:8080/api      OpenAPI UI: http://127.0.0.1:8080/swagger-ui.html
  identity server       http://127.0.0.1:9000          (OAuth2; demo users, password "demo")
  services              registration :8081, meeting :8082, evaluation :8083, billing :8084, web :8085,
                        notification :8086
  health and metrics    http://127.0.0.1:<management port>/actuator/health · /actuator/prometheus
                        (gateway 9080, services 9081–9084 and 9086, web 9085, identity 9100)
  Kafka                 127.0.0.1:9092      MongoDB  mongodb://127.0.0.1:27017
  mail                  every e-mail the platform sends goes to the development mail server (nothing
                        leaves this machine): read it over IMAP at 127.0.0.1:1143 without TLS, user name =
                        the recipient's address (e.g. mette.holm@vejle.dk), any password; SMTP 127.0.0.1:2525
  logs                  $logs/

Tokens (./token.sh signs in like a browser: authorization code with PKCE; needs curl and openssl):

  KL=\$(./token.sh kl-admin)              # KL staff
  VEJLE=\$(./token.sh koordinator-630)    # Vejle's coordinator (also 101, 461, 751, 851)
  FINANCE=\$(./token.sh finance)          # finance's system: client credentials
  curl -H "Authorization: Bearer \$KL" http://127.0.0.1:8080/api/programmes

$($demo && echo "Demonstration data is loading: registration-service loads the programmes, then meeting-service the
2017 daycare partnership's theme days, evaluation-service its self-evaluations and billing-service the invoices
dated as they were issued then (a minute or so; see $logs/)." )
Press Ctrl-C to stop everything.
INFO

wait -n "${pids[@]}" 2>/dev/null || true
echo "A process stopped unexpectedly; see $logs/." >&2
exit 1
