#!/bin/sh
# .ci/postgres.sh: start Debian's PostgreSQL 15 for the tests, if it is not
# already running, and export SITREP_TEST_PG. Source it from .ci/run:
#     . .ci/postgres.sh
# It listens on 127.0.0.1 only. Override the place and port with
# SITREP_PG_DIR and SITREP_PG_PORT.
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
SITREP_PG_DIR=${SITREP_PG_DIR:-/tmp/sitrep-pg}
SITREP_PG_PORT=${SITREP_PG_PORT:-55432}

sitrep_pg_as() {
	# Run a command as the postgres user (initdb refuses to run as root).
	if [ "$(id -u)" = 0 ]; then
		su postgres -s /bin/sh -c "$*"
	else
		sh -c "$*"
	fi
}

sitrep_pg_start() {
	if [ ! -x "$PGBIN/pg_ctl" ]; then
		echo "postgres.sh: no PostgreSQL 15 at $PGBIN; PostgreSQL tests will skip" >&2
		return 1
	fi
	if [ ! -f "$SITREP_PG_DIR/data/PG_VERSION" ]; then
		mkdir -p "$SITREP_PG_DIR" || return 1
		[ "$(id -u)" = 0 ] && chown postgres "$SITREP_PG_DIR"
		sitrep_pg_as "$PGBIN/initdb -D $SITREP_PG_DIR/data -U postgres -A trust -E UTF8 --no-locale" >/dev/null || return 1
	fi
	if ! sitrep_pg_as "$PGBIN/pg_ctl -D $SITREP_PG_DIR/data status" >/dev/null 2>&1; then
		sitrep_pg_as "$PGBIN/pg_ctl -D $SITREP_PG_DIR/data -l $SITREP_PG_DIR/log -w -t 60 start \
			-o \"-h 127.0.0.1 -p $SITREP_PG_PORT -k $SITREP_PG_DIR -c fsync=off -c max_connections=200\"" >/dev/null || {
			echo "postgres.sh: PostgreSQL did not start; see $SITREP_PG_DIR/log" >&2
			return 1
		}
	fi
	if ! sitrep_pg_as "$PGBIN/psql -h 127.0.0.1 -p $SITREP_PG_PORT -U postgres -Atc \"SELECT 1 FROM pg_database WHERE datname = 'sitrep_test'\"" | grep -q 1; then
		sitrep_pg_as "$PGBIN/createdb -h 127.0.0.1 -p $SITREP_PG_PORT -U postgres sitrep_test" || return 1
	fi
	SITREP_TEST_PG="postgres://postgres@127.0.0.1:$SITREP_PG_PORT/sitrep_test?sslmode=disable"
	export SITREP_TEST_PG
	echo "postgres.sh: PostgreSQL 15 on 127.0.0.1:$SITREP_PG_PORT, SITREP_TEST_PG=$SITREP_TEST_PG" >&2
}

sitrep_pg_start
