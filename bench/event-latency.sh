#!/usr/bin/env bash
# Measures how long after a ticket change's API response its event reaches a subscriber of ticketing.events,
# changes made one at a time on an otherwise idle service (the issue's bar: well within 200 ms).
#
#   bench/event-latency.sh            # 200 changes
#   CHANGES=1000 bench/event-latency.sh
#
# Runs the whole service like the integration tests do, against the local PostgreSQL and RabbitMQ (or
# Testcontainers), in a database and virtual host of its own, and prints median, p95, p99 and max.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests -pl contracts,test-support -am
./mvnw -B test -pl ticket-service -Dtest=EventLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
	-Dchanges="${CHANGES:-200}" -Dspring-javaformat.skip=true \
	| sed -n '/Event latency/,/response received/p'
