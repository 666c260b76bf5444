#!/usr/bin/env bash
# 规范库 restore: puts a backup made by backup.sh into an EMPTY database and an EMPTY data folder. Then start the
# application (the same release as the backup's manifest names, or a newer one, which migrates on) on them.
#
# Usage: scripts/restore.sh [--data-dir DIR] BACKUP_FOLDER
#   --data-dir     the new installation's data folder (guifanku.data-dir; default $GUIFANKU_DATA_DIR or ./data);
#                  it may exist but must hold no content.git, artifacts or db yet
#
# The database comes from the same environment variables as the application's:
#   GUIFANKU_DB_URL (jdbc:postgresql://HOST:PORT/DATABASE), GUIFANKU_DB_USER, GUIFANKU_DB_PASSWORD.
# It must exist and be empty (README: create database … owner …); everything restored belongs to GUIFANKU_DB_USER.
# An embedded backup (database-h2.tar) needs no database: the H2 folder goes into the data folder.
# Needs pg_restore and psql at least as new as the dump (Debian: postgresql-client), git, tar and sha256sum.
set -euo pipefail

data_dir=${GUIFANKU_DATA_DIR:-./data}
backup=

die() { echo "restore: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case $1 in
    --data-dir) data_dir=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) [[ -z $backup ]] || die "one backup folder only"; backup=$1; shift ;;
  esac
done
[[ -n $backup ]] || die "which backup folder? (see --help)"
[[ -f $backup/manifest.txt && -f $backup/SHA256SUMS ]] || die "$backup is not a backup made by backup.sh"
backup=$(cd "$backup" && pwd)
for tool in git tar sha256sum; do
  command -v "$tool" >/dev/null || die "$tool is missing"
done

# --- check everything before changing anything ----------------------------------------------------------------------
(cd "$backup" && sha256sum --quiet --check SHA256SUMS) || die "$backup is damaged: checksums differ"
mkdir -p "$data_dir"
data_dir=$(cd "$data_dir" && pwd)
for part in content.git artifacts db; do
  [[ ! -e $data_dir/$part ]] || die "$data_dir/$part exists: restore into an empty data folder"
done

source "$(dirname "${BASH_SOURCE[0]}")/postgres-uri.sh"

if [[ -f $backup/database.dump ]]; then
  command -v pg_restore >/dev/null || die "pg_restore is missing (Debian: apt-get install postgresql-client)"
  command -v psql >/dev/null || die "psql is missing (Debian: apt-get install postgresql-client)"
  uri=$(postgres_uri)
  export PGUSER=${GUIFANKU_DB_USER:-guifanku}
  export PGPASSWORD=${GUIFANKU_DB_PASSWORD:-${PGPASSWORD:-}}
  export PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-10}
  tables=$(psql --no-psqlrc -At --dbname="$uri" -c \
    "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')") \
    || die "cannot reach the database at $uri as $PGUSER"
  [[ $tables == 0 ]] || die "the database at ${uri%%\?*} holds $tables tables: restore into an empty database"
elif [[ ! -f $backup/database-h2.tar ]]; then
  die "$backup holds no database"
fi

# --- restore: database first, so a failure there leaves the data folder untouched --------------------------------------
if [[ -f $backup/database.dump ]]; then
  # One transaction: all or nothing. Owner and grants of the old server are dropped: the restoring user owns it all.
  pg_restore --dbname="$uri" --no-owner --no-privileges --exit-on-error --single-transaction "$backup/database.dump"
else
  tar -C "$data_dir" -xf "$backup/database-h2.tar"
fi

# The standards repository, bare as the application keeps it, with every branch and tag of the bundle (and no remote
# pointing at the backup).
git init --quiet --bare --initial-branch=main "$data_dir/content.git"
repo() { git -c safe.directory="$data_dir/content.git" -C "$data_dir/content.git" "$@"; }
repo fetch --quiet "$backup/content.bundle" '+refs/*:refs/*'
repo fsck --connectivity-only --no-dangling --no-progress

mkdir -p "$data_dir/artifacts"
tar -C "$data_dir" -xf "$backup/artifacts.tar"

echo "restored $backup into ${uri:-$data_dir/db} and $data_dir:"
sed 's/^/  /' "$backup/manifest.txt"
