#!/usr/bin/env bash
# Verifies a published edition of 规范库 the way a library can, holding no key of the committee:
#
#   1. clones the standards repository into a new, empty folder and verifies the edition tag's OpenPGP signature with
#      the committee's public key (git verify-tag, in a keyring of its own);
#   2. checks the PDF's SHA-256 against the one the signed tag records;
#   3. re-renders the edition from the tag's folder, in a clean folder (git archive), with this project's renderer,
#      makes it PDF/A as publication does, and compares it byte for byte with the PDF's bytes before the signature's
#      incremental update; then verifies the PAdES signature separately (cn.guifanku.archive.VerifyEdition);
#   4. shows pdfsig's own report when poppler-utils is installed.
#
# Usage: scripts/verify-edition.sh --repository URL|PATH --tag SLUG/YEAR --pdf FILE
#                                  [--key committee.asc] [--certificate committee.pem] [--jar JAR | --classpath CP]
#   --repository   the standards repository (a Git URL, or the path of a clone or of data/content.git)
#   --tag          the edition's tag, e.g. wh-t-201/2024
#   --pdf          the PDF as downloaded, e.g. 2024.pdf
#   --key          the committee's OpenPGP public key (/signing/committee.asc); without it the tag is not verified
#   --certificate  the committee's X.509 certificate (/signing/committee.pem); without it any signer is reported
#   --jar          the application's jar of the release that rendered the edition (default: target/guifanku-*.jar,
#                  built by ./mvnw -B package -DskipTests); --classpath instead runs from a class path (tests)
#
# Exit status 0: everything verified; 1: something did not (the report says what); 2: wrong use.
# Needs git, gpg (for --key), java 17, sha256sum; pdfsig is optional.
set -euo pipefail

usage() { sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
repository= tag= pdf= key= certificate= jar= classpath=
while [ $# -gt 0 ]; do
  case "$1" in
    --repository) repository=$2; shift 2 ;;
    --tag) tag=$2; shift 2 ;;
    --pdf) pdf=$2; shift 2 ;;
    --key) key=$2; shift 2 ;;
    --certificate) certificate=$2; shift 2 ;;
    --jar) jar=$2; shift 2 ;;
    --classpath) classpath=$2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "unknown option: $1" >&2; usage ;;
  esac
done
[ -n "$repository" ] && [ -n "$tag" ] && [ -n "$pdf" ] || usage
[ -f "$pdf" ] || { echo "no such file: $pdf" >&2; exit 2; }
pdf=$(cd "$(dirname "$pdf")" && pwd)/$(basename "$pdf")
[ -z "$certificate" ] || certificate=$(cd "$(dirname "$certificate")" && pwd)/$(basename "$certificate")
if [ -z "$classpath" ] && [ -z "$jar" ]; then
  jar=$(ls "$(dirname "$0")"/../target/guifanku-*.jar 2>/dev/null | grep -v original | head -1 || true)
  [ -n "$jar" ] || { echo "no application jar: build it with ./mvnw -B package -DskipTests, or give --jar" >&2; exit 2; }
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

echo "== 1. the tag and its signature"
git clone --quiet --no-checkout "$repository" "$work/repository"
git -C "$work/repository" rev-parse --verify --quiet "refs/tags/$tag" >/dev/null || { echo "no tag $tag in $repository"; exit 1; }
commit=$(git -C "$work/repository" rev-parse "$tag^{commit}")
echo "tag $tag marks commit $commit"
if [ -n "$key" ]; then
  export GNUPGHOME="$work/gnupg"
  mkdir -m 700 "$GNUPGHOME"
  gpg --batch --quiet --import "$key" 2>/dev/null
  if git -C "$work/repository" verify-tag "$tag" 2>"$work/verify-tag.txt"; then
    echo "TAG SIGNATURE: good ($(grep -o 'Good signature from.*' "$work/verify-tag.txt" | head -1))"
  else
    cat "$work/verify-tag.txt"; echo "TAG SIGNATURE: NOT VERIFIED"; failed=1
  fi
else
  echo "tag signature not checked (no --key)"
fi
message=$(git -C "$work/repository" cat-file tag "$tag")
renderer=$(printf '%s\n' "$message" | sed -n 's/^Renderer: //p' | head -1)

echo "== 2. the file's checksum"
recorded=$(printf '%s\n' "$message" | sed -n 's/^PDF-SHA256: //p' | head -1)
actual=$(sha256sum "$pdf" | cut -d' ' -f1)
if [ "$recorded" = "$actual" ]; then echo "CHECKSUM: $actual, as the tag records"
else echo "CHECKSUM: $actual, but the tag records $recorded"; failed=1; fi

echo "== 3. re-render from the tag and compare; the PDF's signature"
folder=${tag%/*}
mkdir "$work/source"
git -C "$work/repository" archive "$tag" "$folder" | tar -x -C "$work/source"
args=(--folder "$work/source/$folder" --tag "$tag" --commit "$commit" --pdf "$pdf")
[ -z "$certificate" ] || args+=(--certificate "$certificate")
[ -z "$renderer" ] || args+=(--renderer "$renderer")
if [ -n "$classpath" ]; then
  java -cp "$classpath" cn.guifanku.archive.VerifyEdition "${args[@]}" || failed=1
else
  java -cp "$jar" -Dloader.main=cn.guifanku.archive.VerifyEdition \
    org.springframework.boot.loader.launch.PropertiesLauncher "${args[@]}" || failed=1
fi

if command -v pdfsig >/dev/null; then
  echo "== 4. pdfsig"
  pdfsig "$pdf" || true
fi

if [ "$failed" = 0 ]; then echo "RESULT: VERIFIED"; else echo "RESULT: NOT VERIFIED"; fi
exit "$failed"
