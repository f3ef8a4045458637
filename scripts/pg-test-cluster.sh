#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the database tests and the benchmark.
#
#   scripts/pg-test-cluster.sh start STATE_FILE   create, start, write STATE_FILE
#   scripts/pg-test-cluster.sh stop  STATE_FILE   stop and delete what start made
#
# It installs nothing: the PostgreSQL server binaries must be there (Debian:
# apt-get install postgresql). It never touches a system cluster: initdb in a
# fresh temporary folder, a free TCP port on 127.0.0.1 only, the socket in that
# folder. PostgreSQL refuses to run as root, so when run as root the cluster
# belongs to an unprivileged user (PALIER_PG_OS_USER, default nobody) that owns
# the temporary folder.
#
# Authentication is scram-sha-256 everywhere (so a wrong password really is
# refused), with two roles whose random passwords go to STATE_FILE (mode 600):
#   PALIER_PG_ADMIN_USER  superuser, for tests to create and fill their tables;
#   PALIER_PG_USER        plain login role, what Palier connects as.
# STATE_FILE is KEY=VALUE lines a shell can source; the tests read it too.
#
# Environment: PALIER_PG_BIN (server binaries; default the newest
# /usr/lib/postgresql/*/bin, preferring 15), PALIER_PG_LOCALE (default C.UTF-8),
# PALIER_PG_CONF (extra postgresql.conf lines, e.g. "shared_buffers = 1GB").
set -euo pipefail

die() { echo "pg-test-cluster: $*" >&2; exit 1; }

[[ $# -eq 2 ]] || die "usage: $0 start|stop STATE_FILE"
action=$1
state=$2

find_bin() {
    if [[ -n ${PALIER_PG_BIN:-} ]]; then echo "$PALIER_PG_BIN"; return; fi
    if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then echo /usr/lib/postgresql/15/bin; return; fi
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)
    [[ -n $d && -x $d/initdb ]] && { echo "$d"; return; }
    die "no PostgreSQL server binaries (apt-get install postgresql, or set PALIER_PG_BIN)"
}

# Runs a command as the cluster's owner.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u "$owner" -- "$@"
    else
        "$@"
    fi
}

random_secret() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
    local bin dir port attempt
    bin=$(find_bin)
    owner=${PALIER_PG_OS_USER:-nobody}
    if [[ -f $state ]]; then
        # A previous run died without its cleanup: stop that cluster first.
        stop || true
    fi
    dir=$(mktemp -d "${TMPDIR:-/tmp}/palier-pg.XXXXXX")
    [[ $(id -u) -eq 0 ]] && chown "$owner" "$dir"
    chmod 700 "$dir"
    # On any failure from here on, leave nothing behind.
    cleanup_dir=$dir cleanup_bin=$bin
    trap 'as_owner "$cleanup_bin/pg_ctl" -D "$cleanup_dir/data" stop -m immediate >/dev/null 2>&1 || true; rm -rf "$cleanup_dir"' EXIT

    local admin_pw ro_pw
    admin_pw=$(random_secret)
    ro_pw=$(random_secret)
    printf '%s\n' "$admin_pw" | as_owner tee "$dir/pwfile" >/dev/null
    as_owner "$bin/initdb" -D "$dir/data" -U palier_admin --pwfile="$dir/pwfile" \
        --auth-local=scram-sha-256 --auth-host=scram-sha-256 \
        --locale="${PALIER_PG_LOCALE:-C.UTF-8}" -E UTF8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    rm -f "$dir/pwfile"
    {
        echo "listen_addresses = '127.0.0.1'"
        echo "unix_socket_directories = '$dir'"
        echo "dynamic_shared_memory_type = mmap"   # containers often have a tiny /dev/shm
        echo "fsync = off"                          # throwaway data: no need to survive a crash
        echo "synchronous_commit = off"
        echo "full_page_writes = off"
        echo "max_connections = 50"
        if [[ -n ${PALIER_PG_CONF:-} ]]; then printf '%s\n' "$PALIER_PG_CONF"; fi
    } | as_owner tee -a "$dir/data/postgresql.conf" >/dev/null

    for attempt in 1 2 3 4 5 6 7 8; do
        port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
        port_in_use "$port" && continue
        if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port" -w -t 60 start >/dev/null; then
            break
        fi
        port=
    done
    [[ -n ${port:-} ]] || { cat "$dir/server.log" >&2 || true; die "could not start the server"; }

    PGPASSWORD=$admin_pw "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U palier_admin -d postgres \
        -c "CREATE ROLE palier_user LOGIN PASSWORD '$ro_pw'" >/dev/null

    umask 077
    cat >"$state" <<EOF
PALIER_PG_DIR=$dir
PALIER_PG_BIN=$bin
PALIER_PG_OS_USER=$owner
PALIER_PG_HOST=127.0.0.1
PALIER_PG_PORT=$port
PALIER_PG_ADMIN_USER=palier_admin
PALIER_PG_ADMIN_PASSWORD=$admin_pw
PALIER_PG_USER=palier_user
PALIER_PG_PASSWORD=$ro_pw
EOF
    trap - EXIT
    echo "pg-test-cluster: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
}

stop() {
    [[ -f $state ]] || { echo "pg-test-cluster: nothing to stop ($state absent)"; return 0; }
    local dir bin
    dir=$(sed -n 's/^PALIER_PG_DIR=//p' "$state")
    bin=$(sed -n 's/^PALIER_PG_BIN=//p' "$state")
    owner=$(sed -n 's/^PALIER_PG_OS_USER=//p' "$state")
    owner=${owner:-nobody}
    if [[ -n $dir && -d $dir/data ]]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" stop -m fast -w -t 30 >/dev/null 2>&1 \
            || as_owner "$bin/pg_ctl" -D "$dir/data" stop -m immediate >/dev/null 2>&1 || true
    fi
    # Only ever delete the folder start made.
    [[ -n $dir && $dir == */palier-pg.* ]] && rm -rf "$dir"
    rm -f "$state"
    echo "pg-test-cluster: stopped"
}

case $action in
    start) start ;;
    stop) stop ;;
    *) die "usage: $0 start|stop STATE_FILE" ;;
esac
