#!/usr/bin/env bash
# Measures GET /api/tickets at a million tickets: the default list, each filter, search, and a single ticket.
#
#   bench/ticket-list.sh            # 1,000,000 tickets, 20 requests per case
#   TICKETS=200000 RUNS=50 bench/ticket-list.sh
#
# Needs the built jar (./mvnw -B -DskipTests package) and a local PostgreSQL reachable as user postgres
# (PGHOST/PGPORT/PGUSER as for psql). It makes its own database (ticketing_bench_<pid>), starts the service on
# BENCH_PORT (3999), seeds it, bulk-loads tickets with SQL, prints median and p95 latency per case and the
# query plan of each list query, then stops the service and drops the database (KEEP=1 keeps it).
set -euo pipefail
cd "$(dirname "$0")/.."

TICKETS=${TICKETS:-1000000}
RUNS=${RUNS:-20}
PORT=${BENCH_PORT:-3999}
DB=ticketing_bench_$$
export PGHOST=${PGHOST:-127.0.0.1} PGUSER=${PGUSER:-postgres} PGPORT=${PGPORT:-5432}
JAR=ticket-service/target/ticket-service.jar
[ -f "$JAR" ] || { echo "no $JAR: run ./mvnw -B -DskipTests package first" >&2; exit 1; }

step() { printf '\n== %s\n' "$*"; }
sql() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }

cleanup() {
	[ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
	if [ "${KEEP:-0}" != 1 ]; then
		psql -X -q -d postgres -c "drop database if exists $DB with (force)" && echo "dropped database $DB"
	else
		echo "kept database $DB"
	fi
}
trap cleanup EXIT

step "database $DB"
psql -X -q -d postgres -c "create database $DB"

step "starting ticket-service on port $PORT"
export DATABASE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" JWT_SECRET=$(openssl rand -hex 64) LOG_FORMAT= PORT
java -jar "$JAR" seed | grep '^seed:' | grep -v 'API key'
java -Xmx512m -jar "$JAR" >"/tmp/$DB.log" 2>&1 &
APP_PID=$!
for _ in $(seq 60); do curl -fs "localhost:$PORT/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "localhost:$PORT/actuator/health" >/dev/null || { echo "service did not start, see /tmp/$DB.log" >&2; exit 1; }

step "loading $TICKETS tickets, 50 agents, a comment on every 5th ticket"
start=$(date +%s)
sql <<SQL
insert into users (id, username, email, display_name, role, password_hash, token_version, version, created_at, updated_at)
select gen_random_uuid(), 'agent' || g, null, 'Agent ' || g, 'AGENT', null, 0, 0, now(), now()
from generate_series(1, 50) g;

create temporary table paths as
select row_number() over () as n, t.category_id, t.id as type_id, i.id as item_id
from items i join types t on t.id = i.type_id;

create temporary table agents as select row_number() over () as n, id from users where role = 'AGENT';

insert into tickets (id, display_id, title, overview, severity, status, category_id, type_id, item_id,
                     assignee_id, created_by_id, resolved_at, created_at, updated_at, version)
select gen_random_uuid(),
       'V' || lpad((g::bigint * 7919 % 1000000000)::text, 9, '0'),
       (array['Backup failed on', 'Disk almost full on', 'Printer jammed in', 'VPN drops for', 'Certificate expiring on'])[1 + g % 5]
           || ' host' || (g % 5000),
       'Seen by monitoring at ' || g || '. Runbook step ' || (g % 40) || ' applies.',
       1 + (g % 5),
       (array['OPEN', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'])[1 + (g / 7) % 4],
       p.category_id, p.type_id, p.item_id,
       case when g % 3 = 0 then null else a.id end,
       a.id,
       case when (g / 7) % 4 = 2 then now() - (g % 30) * interval '1 day' end,
       now() - g * interval '1 second', now() - g * interval '1 second', 0
from generate_series(1, $TICKETS) g
join paths p on p.n = 1 + g % (select count(*) from paths)
join agents a on a.n = 1 + g % 50;

insert into comments (id, ticket_id, author_id, body, created_at, version)
select gen_random_uuid(), t.id, t.created_by_id, 'Looked at it', t.created_at + interval '1 minute', 0
from tickets t where substr(t.display_id, 2)::bigint % 5 = 0;
SQL
sql -c "vacuum analyze"  # as autovacuum leaves a loaded table: visibility map set, statistics fresh
echo "loaded in $(( $(date +%s) - start )) s: $(sql -At -c 'select count(*) from tickets') tickets, $(sql -At -c 'select count(*) from comments') comments"

TOKEN=$(curl -fs -X POST "localhost:$PORT/api/auth/login" -H 'Content-Type: application/json' \
	-d '{"username":"admin","password":"admin123"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
CATEGORY=$(sql -At -c "select id from categories order by name limit 1")
ASSIGNEE=$(sql -At -c "select id from users where username = 'agent7'")
DISPLAY_ID=$(sql -At -c "select display_id from tickets order by created_at limit 1 offset 4321")

measure() {
	local name=$1 path=$2 times=()
	curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "localhost:$PORT$path" # warm-up
	for _ in $(seq "$RUNS"); do
		times+=("$(curl -fs -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "localhost:$PORT$path")")
	done
	printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" '
		{ t[NR] = $1 * 1000 }
		END { printf "%-34s median %7.1f ms   p95 %7.1f ms   (%d runs)\n", name, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], NR }'
}

step "latency through the API (limit 100, the total included)"
measure "default list"                 "/api/tickets"
measure "status=OPEN"                  "/api/tickets?status=OPEN"
measure "severity=1"                   "/api/tickets?severity=1"
measure "categoryId"                   "/api/tickets?categoryId=$CATEGORY"
measure "assigneeId"                   "/api/tickets?assigneeId=$ASSIGNEE"
measure "status + severity + category" "/api/tickets?status=RESOLVED&severity=2&categoryId=$CATEGORY"
measure "search=printer"               "/api/tickets?search=printer"
measure "search=host4242 (rare word)"  "/api/tickets?search=host4242"
measure "search=<display id>"          "/api/tickets?search=$DISPLAY_ID"
measure "offset=10000"                 "/api/tickets?offset=10000"
measure "one ticket by display id"     "/api/tickets/$DISPLAY_ID"

step "query plans (the page query of each case)"
plan() {
	printf -- '-- %s\n' "$1"
	sql -c "explain (analyze, costs off, timing off, summary on) select t.id from tickets t $2 order by t.severity${3:-}, t.created_at desc, t.id desc limit 100" \
		| grep -E 'Index|Bitmap|Seq Scan|Sort|Execution Time' | sed 's/^/   /'
}
plan "default list" ""
plan "status=OPEN" "where t.status = 'OPEN'"
plan "severity=1" "where t.severity = 1"
plan "categoryId" "where t.category_id = '$CATEGORY'"
plan "assigneeId" "where t.assignee_id = '$ASSIGNEE'"
# searches sort with "severity + 0", as the service does (see TicketQueries)
plan "search=printer" "where t.search @@ to_tsquery('simple', 'printer:*')" " + 0"
plan "search=host4242" "where t.search @@ to_tsquery('simple', 'host4242:*')" " + 0"
plan "search=<display id>" "where t.search @@ to_tsquery('simple', '${DISPLAY_ID,,}:*') or t.display_id = '$DISPLAY_ID'" " + 0"
printf -- '-- total of the default list\n'
sql -c "explain (analyze, costs off, timing off, summary on) select count(*) from tickets t" \
	| grep -E 'Index|Seq Scan|Execution Time' | sed 's/^/   /'
