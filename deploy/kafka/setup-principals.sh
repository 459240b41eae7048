#!/usr/bin/env bash
# Creates or updates each service's SASL/SCRAM-SHA-512 credentials and ACLs (deploy/kafka/principals) on
# a Kafka cluster, with the Kafka command-line tools. docker-compose runs it (kafka-setup) against the
# broker's loopback listener; for a cluster outside Kubernetes run it the same way with an admin's
# client settings:
#   KAFKA_BIN=/opt/kafka/bin ADMIN_CONFIG=admin.properties deploy/kafka/setup-principals.sh broker:9092
# The passwords come from <SERVICE>_KAFKA_PASSWORD (REGISTRATION_KAFKA_PASSWORD, ...). Running it again
# sets the passwords again (rotation) and adds nothing twice.
set -euo pipefail
bootstrap=${1:?usage: setup-principals.sh <bootstrap-server>}
here=$(cd "$(dirname "$0")" && pwd)
bin=${KAFKA_BIN:-/opt/kafka/bin}
admin=()
[ -z "${ADMIN_CONFIG:-}" ] || admin=(--command-config "$ADMIN_CONFIG")

event_topics=$(awk '!/^#/ && NF == 3 { print $2 "," $3 }' "$here/principals" | tr ',' '\n' | grep -vx -- - | sort -u)

acl() {  # acl <principal> <resource options (several --topic, --group)...> -- <operations...>
  local principal=$1; shift
  local resource=()
  while [ "$1" != -- ]; do resource+=("$1"); shift; done; shift
  local operations=()
  for operation in "$@"; do operations+=(--operation "$operation"); done
  "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" "${admin[@]}" --add --allow-principal "User:$principal" \
    "${resource[@]}" "${operations[@]}" < /dev/null > /dev/null
}
topics() { for topic in "$@"; do printf -- '--topic\n%s\n' "$topic"; done; }

awk '!/^#/ && NF == 3' "$here/principals" | while read -r principal publishes consumes; do
  variable=$(printf '%s' "${principal%-service}" | tr 'a-z-' 'A-Z_')_KAFKA_PASSWORD
  password=${!variable:-}
  [ ${#password} -ge 16 ] || { echo "$variable: at least 16 characters" >&2; exit 1; }
  "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" "${admin[@]}" --alter --entity-type users \
    --entity-name "$principal" --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]" < /dev/null > /dev/null

  # one call per set of operations (each call starts a JVM)
  mapfile -t consumed < <(topics ${consumes//,/ })
  mapfile -t own < <(for topic in ${consumes//,/ }; do topics "$topic.$principal.dlq"; done; topics "$principal.outbox-checkpoints")
  mapfile -t every < <(topics $event_topics)
  acl "$principal" "${consumed[@]}" -- Read Describe DescribeConfigs
  if [ "$publishes" != - ]; then
    mapfile -t published < <(topics ${publishes//,/ })
    acl "$principal" "${published[@]}" -- Write Create Describe DescribeConfigs
  fi
  acl "$principal" "${own[@]}" -- Write Read Create Describe DescribeConfigs
  acl "$principal" "${every[@]}" -- Describe DescribeConfigs
  acl "$principal" --group "$principal" --group "$principal.dlq-redrive" -- Read Describe
  acl "$principal" --transactional-id "$principal-outbox" -- Write Describe
  echo "$principal: credentials and ACLs set"
done
