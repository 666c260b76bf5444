#!/usr/bin/env bash
# 规范库 backup: one consistent snapshot of an installation, in a new folder BACKUPS/guifanku-<UTC time>/:
#
#   database.dump     pg_dump --format=custom of the database (our tables and Camunda's; sessions' rows left out)
#   content.bundle    git bundle of the standards repository, every branch and tag
#   artifacts.tar     the rendered files (stored by SHA-256)
#   manifest.txt      when, which application and schema versions, main's commit, what was dumped
#   SHA256SUMS        checksums of the three files above (restore.sh checks them first)
#
# Consistent while the application runs: pg_dump reads one snapshot of the database, taken when it starts; the Git
# bundle and the artifacts are taken after it. Both only ever grow: artifacts are named by their checksum and never
# changed, commits and tags are never rewritten, and what a failed publication made and removes again was never in a
# committed transaction. So every commit, tag and file the dump refers to is in the bundle and the tar. They may hold
# a little more (work saved after the dump started): harmless, and a publication that was under way at that moment
# runs again after a restore and finds its merge commit and tag already there.
#
# Usage: scripts/backup.sh [--data-dir DIR] [--output DIR] [--app-version VERSION] [--embedded]
#   --data-dir     the installation's data folder (guifanku.data-dir; default $GUIFANKU_DATA_DIR or ./data)
#   --output       where the backup folder is created (default ./backups)
#   --app-version  recorded in the manifest (default: the version in the pom.xml beside this script's folder)
#   --embedded     an embedded (H2) installation: the application must be stopped; the database folder is archived,
#                  with the signing key the embedded default made (data/keys; production keeps its key file elsewhere)
#   --content-remote  several nodes (README): the Git server's URL (default $GUIFANKU_CONTENT_REMOTE_URL). The node's
#                  clone in --data-dir is brought up to the server's state after the dump, then bundled. git must be
#                  able to reach the server on its own (HTTPS: a credential helper or a URL with a read-only token).
#
# The database is the one the application uses, from the same environment variables:
#   GUIFANKU_DB_URL (jdbc:postgresql://HOST:PORT/DATABASE), GUIFANKU_DB_USER, GUIFANKU_DB_PASSWORD.
# Needs pg_dump and psql at least as new as the server (Debian: postgresql-client), git, tar and sha256sum.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data_dir=${GUIFANKU_DATA_DIR:-./data}
output=./backups
app_version=
embedded=false
content_remote=${GUIFANKU_CONTENT_REMOTE_URL:-}

die() { echo "backup: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case $1 in
    --data-dir) data_dir=$2; shift 2 ;;
    --output) output=$2; shift 2 ;;
    --app-version) app_version=$2; shift 2 ;;
    --embedded) embedded=true; shift ;;
    --content-remote) content_remote=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done

for tool in git tar sha256sum; do
  command -v "$tool" >/dev/null || die "$tool is missing"
done
[[ -d $data_dir/content.git ]] || die "no standards repository in $data_dir/content.git (--data-dir?)"
data_dir=$(cd "$data_dir" && pwd)
if [[ -z $app_version && -f $script_dir/../pom.xml ]]; then
  # The project's own version: the first <version> after the parent block.
  app_version=$(sed -n '/<\/parent>/,$ s:.*<version>\(.*\)</version>.*:\1:p' "$script_dir/../pom.xml" | head -n 1)
fi
app_version=${app_version:-unknown}

source "$(dirname "${BASH_SOURCE[0]}")/postgres-uri.sh"

# --- the backup folder: written under a temporary name, renamed when complete -----------------------------------------
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
mkdir -p "$output"
name=guifanku-$(date -u +%Y%m%dT%H%M%SZ)
target=$output/$name
[[ ! -e $target ]] || die "$target exists already"
partial=$output/.$name.partial
rm -rf "$partial"
mkdir "$partial"
trap 'rm -rf "$partial"' EXIT

git_repo() { git -c safe.directory="$data_dir/content.git" -C "$data_dir/content.git" "$@"; }

if [[ $embedded == true ]]; then
  # H2 keeps its file open and locked while the application runs: a copy is consistent only when it is stopped.
  [[ -d $data_dir/db ]] || die "no H2 database in $data_dir/db"
  for file in "$data_dir"/db/*.mv.db; do
    [[ -e $file ]] || continue
    # H2 locks the file with a POSIX lock (Java's FileChannel.tryLock), which Linux lists in /proc/locks by inode.
    if [[ -r /proc/locks ]] && grep -Eq "[0-9a-f]+:[0-9a-f]+:$(stat -c %i "$file") " /proc/locks; then
      die "the application is running ($file is locked): stop it first"
    fi
  done
  # With the database, the committee's signing key the embedded default made (data/keys): the editions it signed are
  # verified with its public key, so a restored installation must sign on with the same key.
  keys=(); [[ -d $data_dir/keys ]] && keys=(keys)
  tar -C "$data_dir" -cf "$partial/database-h2.tar" db "${keys[@]}"
  database_file=database-h2.tar
  schema_version=unknown
  camunda_version=unknown
  database="H2 in $data_dir/db"
  dump_tool=tar
else
  command -v pg_dump >/dev/null || die "pg_dump is missing (Debian: apt-get install postgresql-client)"
  command -v psql >/dev/null || die "psql is missing (Debian: apt-get install postgresql-client)"
  uri=$(postgres_uri)
  export PGUSER=${GUIFANKU_DB_USER:-guifanku}
  export PGPASSWORD=${GUIFANKU_DB_PASSWORD:-${PGPASSWORD:-}}
  export PGCONNECT_TIMEOUT=${PGCONNECT_TIMEOUT:-10}
  schema_version=$(psql --no-psqlrc -At --dbname="$uri" -c \
    "select version from guifanku_schema_history where success order by installed_rank desc limit 1") \
    || die "cannot reach the database at $uri as $PGUSER"
  camunda_version=$(psql --no-psqlrc -At --dbname="$uri" -c \
    "select version_ from act_ge_schema_log order by cast(id_ as bigint) desc limit 1" 2>/dev/null || echo unknown)
  # First the database: its snapshot is fixed when pg_dump starts. Sessions are left out (their rows, not their
  # tables): they are no use on another installation, and a restored one signs everyone in afresh.
  pg_dump --format=custom --dbname="$uri" --file="$partial/database.dump" --exclude-table-data='spring_session*'
  database_file=database.dump
  database=${uri%%\?*}
  dump_tool=$(pg_dump --version)
fi

# Then the standards repository and the artifacts: after the snapshot, so they hold everything it refers to.
if [[ -n $content_remote ]]; then
  # Several nodes: the server is the truth and a node's clone may lag it; the server only grows (no force pushes).
  git_repo fetch --quiet --prune "$content_remote" '+refs/heads/*:refs/heads/*' '+refs/tags/*:refs/tags/*' \
    || die "cannot fetch the standards repository from $content_remote"
fi
main_commit=$(git_repo rev-parse --verify --quiet refs/heads/main || echo none)
git_repo bundle create --quiet "$partial/content.bundle" --all
git_repo bundle verify "$partial/content.bundle" >/dev/null 2>&1 || die "the Git bundle does not verify"

if [[ -d $data_dir/artifacts ]]; then
  # Files being written carry a .part suffix until they are moved into place: not part of any publication yet.
  status=0
  tar -C "$data_dir" -cf "$partial/artifacts.tar" --exclude='*.part' \
    --warning=no-file-changed --warning=no-file-removed artifacts || status=$?
  # GNU tar exits 1 when files appeared or went while it read the folder (a publication at work): still complete.
  [[ $status -le 1 ]] || die "tar of the artifacts failed ($status)"
else
  tar -cf "$partial/artifacts.tar" --files-from /dev/null
fi

(cd "$partial" && sha256sum "$database_file" content.bundle artifacts.tar > SHA256SUMS)
cat > "$partial/manifest.txt" <<EOF
format: guifanku-backup 1
started: $started
finished: $(date -u +%Y-%m-%dT%H:%M:%SZ)
application: guifanku $app_version
schema version (Flyway): $schema_version
camunda schema: $camunda_version
main commit: $main_commit
database: $database
dumped with: $dump_tool
database file: $database_file
host: $(hostname)
EOF

mv "$partial" "$target"
trap - EXIT
echo "$target"
