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

acl() {  # acl <principal> <resource options...> -- <operations...>
  local principal=$1; shift
  local resource=()
  while [ "$1" != -- ]; do resource+=("$1"); shift; done; shift
  local operations=()
  for operation in "$@"; do operations+=(--operation "$operation"); done
  "$bin/kafka-acls.sh" --bootstrap-server "$bootstrap" "${admin[@]}" --add --allow-principal "User:$principal" \
    "${resource[@]}" "${operations[@]}" > /dev/null
}

awk '!/^#/ && NF == 3' "$here/principals" | while read -r principal publishes consumes; do
  variable=$(printf '%s' "${principal%-service}" | tr 'a-z-' 'A-Z_')_KAFKA_PASSWORD
  password=${!variable:-}
  [ ${#password} -ge 16 ] || { echo "$variable: at least 16 characters" >&2; exit 1; }
  "$bin/kafka-configs.sh" --bootstrap-server "$bootstrap" "${admin[@]}" --alter --entity-type users \
    --entity-name "$principal" --add-config "SCRAM-SHA-512=[iterations=8192,password=$password]" > /dev/null

  for topic in ${consumes//,/ }; do
    acl "$principal" --topic "$topic" -- Read Describe DescribeConfigs
  done
  [ "$publishes" = - ] || for topic in ${publishes//,/ }; do
    acl "$principal" --topic "$topic" -- Write Create Describe DescribeConfigs
  done
  for topic in ${consumes//,/ }; do
    acl "$principal" --topic "$topic.$principal.dlq" -- Write Read Create Describe DescribeConfigs
  done
  acl "$principal" --topic "$principal.outbox-checkpoints" -- Write Read Create Describe DescribeConfigs
  for topic in $event_topics; do
    acl "$principal" --topic "$topic" -- Describe DescribeConfigs
  done
  acl "$principal" --group "$principal" -- Read Describe
  acl "$principal" --group "$principal.dlq-redrive" -- Read Describe
  acl "$principal" --transactional-id "$principal-outbox" -- Write Describe
  echo "$principal: credentials and ACLs set"
done
