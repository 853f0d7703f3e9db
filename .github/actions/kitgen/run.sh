#!/usr/bin/env bash
# The work of the kitgen action (action.yml beside this file): get kitgen, check the kits with
# every problem printed as a GitHub annotation, then render every kit. It needs bash, java
# (17 or later) and, to download a release, curl and sha256sum or shasum.
#
# It reads its inputs from environment variables, which action.yml sets from the action's
# inputs; outside GitHub, set them yourself and run it from the root of the kits repository:
#
#   KITGEN_JAR=path/to/kitgen.jar bash run.sh
#
#   KITGEN_VERSION     the kitgen release to download, such as 0.1.0
#   KITGEN_REPOSITORY  the GitHub repository whose releases hold it, as owner/name
#   KITGEN_JAR         a kitgen.jar to use instead of downloading a release
#   KITGEN_KITS        the kits folder (default: kits)
#   KITGEN_TEMPLATES   a templates folder (default: ./templates if it exists, else the built-in ones)
#   KITGEN_LANGUAGES   languages to render, such as en,es (default: every language a kit has)
#   KITGEN_DOCUMENTS   guide, scorecard, packet or all (default: all)
#   KITGEN_FORMATS     md, html, pdf, comma-separated (default: md,html,pdf)
#   KITGEN_OUT         the folder the documents are written to (default: out)
#   KITGEN_STRICT      true to count warnings (untranslated texts, …) as errors (default: false)
#
# The java is $JAVA, else $JAVA_HOME/bin/java, else java from PATH; KITGEN_JAVA_OPTS adds JVM
# options. A release is downloaded from $GITHUB_SERVER_URL (https://github.com when unset) and
# checked against the release's SHA256SUMS. SOURCE_DATE_EPOCH, unless set, is the date of the
# last commit, so that PDFs are dated by the commit and a re-run gives the same bytes.
#
# Exit code: 0 when the kits are valid and everything was rendered; 1 when validate found a
# problem or a document was not written (the rest is rendered all the same); 2 when an input or
# the command line is wrong, or kitgen cannot be had.
set -u

say() { printf 'kitgen action: %s\n' "$*" >&2; }
fail() { say "error: $*"; exit 2; }

kits=${KITGEN_KITS:-kits}
templates=${KITGEN_TEMPLATES:-}
languages=${KITGEN_LANGUAGES:-}
documents=${KITGEN_DOCUMENTS:-all}
formats=${KITGEN_FORMATS:-md,html,pdf}
out=${KITGEN_OUT:-out}
case ${KITGEN_STRICT:-false} in
  true) strict=--strict ;;
  false | '') strict= ;;
  *) fail "strict must be true or false, not '${KITGEN_STRICT}'" ;;
esac

java=${JAVA:-}
if [ -z "$java" ]; then
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java=$JAVA_HOME/bin/java; else java=java; fi
fi
command -v -- "$java" > /dev/null 2>&1 \
  || fail "no java to run kitgen: '$java' is not a command; install Java 17 or later, or set JAVA_HOME"

sha256() {
  if command -v sha256sum > /dev/null 2>&1; then sha256sum < "$1"; else shasum -a 256 < "$1"; fi | cut -d ' ' -f 1
}

# Downloads kitgen-VERSION.jar and SHA256SUMS from the release vVERSION of REPOSITORY into a
# folder of its own, checks the one against the other, and prints the jar's path.
download() {
  local version=$1 repository=$2 dir url expected actual
  case $version in
    '') fail "set the 'version' input to the kitgen release to use, such as 0.1.0 (or 'jar' to a kitgen.jar)" ;;
    v[0-9]*) version=${version#v} ;;
  esac
  [[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]] \
    || fail "version must be a kitgen release such as 0.1.0, not '$version'"
  [[ $repository =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] \
    || fail "set the 'repository' input to the GitHub repository of kitgen's releases, as owner/name (got '$repository')"
  dir=${RUNNER_TEMP:-${TMPDIR:-/tmp}}/kitgen-$version-$$
  mkdir -p -- "$dir" || fail "cannot create $dir"
  url=${GITHUB_SERVER_URL:-https://github.com}/$repository/releases/download/v$version
  for file in "kitgen-$version.jar" SHA256SUMS; do
    curl --fail --silent --show-error --location --retry 3 --output "$dir/$file" "$url/$file" \
      || fail "cannot download $url/$file: is $version a release of $repository?"
  done
  expected=$(awk -v f="kitgen-$version.jar" '$2 == f || $2 == "*" f { print $1 }' "$dir/SHA256SUMS")
  actual=$(sha256 "$dir/kitgen-$version.jar")
  [ -n "$expected" ] && [ "$expected" = "$actual" ] \
    || fail "kitgen-$version.jar does not match the SHA256SUMS of the release (expected '$expected', got '$actual')"
  printf '%s\n' "$dir/kitgen-$version.jar"
}

jar=${KITGEN_JAR:-}
if [ -n "$jar" ]; then
  [ -f "$jar" ] || fail "jar: no such file: $jar"
else
  jar=$(download "${KITGEN_VERSION:-}" "${KITGEN_REPOSITORY:-}") || exit 2
fi

set -f # KITGEN_JAVA_OPTS is split on spaces, never expanded as file names
# shellcheck disable=SC2206 # split on purpose
kitgen=("$java" ${KITGEN_JAVA_OPTS:-} -jar "$jar")
set +f
folders=(--kits "$kits")
[ -n "$templates" ] && folders+=(--templates "$templates")

"${kitgen[@]}" --version || fail "$jar does not run with $java"

# Problems go to stdout as workflow commands, which GitHub shows as annotations on the files.
"${kitgen[@]}" validate "${folders[@]}" --output github $strict
validated=$?

if [ -z "${SOURCE_DATE_EPOCH:-}" ] && epoch=$(git log -1 --format=%ct 2> /dev/null) && [ -n "$epoch" ]; then
  export SOURCE_DATE_EPOCH=$epoch
fi
render=(render --all "${folders[@]}" --doc "$documents" --format "$formats" --out "$out")
[ -n "$languages" ] && render+=(--lang "$languages")
"${kitgen[@]}" "${render[@]}"
rendered=$?

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  printf 'out=%s\n' "$out" >> "$GITHUB_OUTPUT"
fi

if [ "$validated" -ge 2 ] || [ "$rendered" -ge 2 ]; then exit 2; fi
if [ "$validated" -ne 0 ] || [ "$rendered" -ne 0 ]; then
  [ "$validated" -ne 0 ] && say "the kits have problems (listed above, and as annotations on the files)"
  [ "$rendered" -ne 0 ] && say "some documents were not written (listed above); the others are in $out"
  exit 1
fi
