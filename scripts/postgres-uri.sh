# Sourced by backup.sh and restore.sh: the libpq URI of the database the application uses, from its JDBC URL
# (GUIFANKU_DB_URL). Of the JDBC parameters only sslmode means the same to libpq; the others are the driver's own.
postgres_uri() {
  local url=${GUIFANKU_DB_URL:-jdbc:postgresql://localhost:5432/guifanku}
  [[ $url == jdbc:postgresql://* ]] || die "GUIFANKU_DB_URL must look like jdbc:postgresql://HOST:PORT/DATABASE, not $url"
  local base=${url#jdbc:} query=
  if [[ $base == *\?* ]]; then query=${base#*\?}; base=${base%%\?*}; fi
  local sslmode
  sslmode=$(tr '&' '\n' <<<"$query" | sed -n 's/^sslmode=//p' | head -n 1)
  echo "$base${sslmode:+?sslmode=$sslmode}"
}
