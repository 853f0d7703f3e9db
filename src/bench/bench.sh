#!/usr/bin/env bash
# Measures kitgen on this machine and, when they are installed, the peers it is compared with.
# Usage: bash src/bench/bench.sh [RUNS]      (from the repository root; builds the jar if needed)
# Installs nothing. Peers come from Debian: pandoc, wkhtmltopdf, weasyprint; hyperfine is not needed.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
[ -f target/kitgen.jar ] && [ -x target/kitgen ] || mvn -q -B package -DskipTests
kitgen=(target/kitgen)
# The rows that start a JVM directly use the java the launcher runs: $JAVA, else the JDK that
# built kitgen, else java from PATH (src/build/STARTUP.md), so that every row runs one JDK.
java=${JAVA:-java}
if [ -z "${JAVA:-}" ] && [ -f target/kitgen.java.path ]; then
  read -r built < target/kitgen.java.path || true
  if [ -x "$built" ]; then java=$built; fi
fi
javac=javac
if [ -x "${java%java}javac" ]; then javac=${java%java}javac; fi
work=$(mktemp -d)
watcher=""
# The --watch run below is killed with its process group however the script ends.
trap '[ -n "$watcher" ] && kill -- "-$watcher" 2>/dev/null; rm -rf "$work"' EXIT

# Median wall time of a command in milliseconds, over $runs runs after one warm-up.
median_ms() {
  "$@" >/dev/null 2>&1 || { echo "n/a"; return; }
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1
    t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
    times+=($(( (t1 - t0) / 1000000 )))
  done
  median "${times[@]}"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

# The short commands run in rounds, each once per round, so that a slow spell of a shared
# machine weighs on every row alike instead of on whichever command ran during it.
# add NAME COMMAND...: registers a command (a failing warm-up marks it n/a); then run_rounds;
# then result NAME prints its median in milliseconds.
declare -A commands=() timings=()
names=()
add() {
  local name=$1; shift
  if "$@" >/dev/null 2>&1; then
    commands[$name]=$(printf '%q ' "$@"); names+=("$name"); timings[$name]=""
  fi
}
run_rounds() {
  for _ in $(seq "$runs"); do
    for name in "${names[@]}"; do
      local t0 t1
      t0=$(date +%s%N); eval "${commands[$name]}" >/dev/null 2>&1 || true; t1=$(date +%s%N)
      timings[$name]+=" $(( (t1 - t0) / 1000000 ))"
    done
  done
}
result() {
  if [ -n "${timings[$1]+set}" ]; then
    # shellcheck disable=SC2086
    median ${timings[$1]}
  else
    echo "n/a"
  fi
}

# Peak resident memory of a command in MiB (GNU time's maximum resident set size).
peak_mib() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M -o "$work/mem" "$@" >/dev/null 2>&1 && echo $(( $(cat "$work/mem") / 1024 )) || echo "n/a"
  else
    echo "n/a"
  fi
}

# 30 roles x 2 languages, made from the shipped kit.
mkdir -p "$work/kits"
for i in $(seq -w 1 30); do
  mkdir -p "$work/kits/role-$i"
  sed "s/^id: ml-engineer$/id: role-$i/" kits/ml-engineer/kit.yaml > "$work/kits/role-$i/kit.yaml"
  cp kits/ml-engineer/es.yaml "$work/kits/role-$i/"
done

# The same guide, as input for the peers.
"${kitgen[@]}" render ml-engineer --lang es --doc guide --format md,html --out "$work/ref" >/dev/null
guide_md="$work/ref/ml-engineer/es/guide.md"
guide_html="$work/ref/ml-engineer/es/guide.html"

has_pdf=false
"${kitgen[@]}" render ml-engineer --lang es --doc guide --format pdf --out "$work/probe" >/dev/null 2>&1 && has_pdf=true

row() { printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4"; }
ratio() { [[ "$1" =~ ^[0-9]+$ && "$2" =~ ^[0-9]+$ && "$2" -gt 0 ]] && awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}' || echo "–"; }

add md "${kitgen[@]}" render ml-engineer --lang es --doc guide --format md --out "$work/o"
add html "${kitgen[@]}" render ml-engineer --lang es --doc guide --format html --out "$work/o"
# The launcher on a Java 25 or later, when the machine has one besides: it then starts from an AOT
# cache instead of a CDS archive (src/build/STARTUP.md). $JAVA25 names it, else the first JDK of
# /usr/lib/jvm whose release file says 25 or later.
major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1" 2>/dev/null; }
java25=${JAVA25:-}
if [ -z "$java25" ] && [ "$(major "$(dirname "$(dirname "$(readlink -f "$(command -v "$java")")")")/release")" -lt 25 ] 2>/dev/null; then
  for release in /usr/lib/jvm/*/release; do
    m=$(major "$release")
    if [ -n "$m" ] && [ "$m" -ge 25 ] && [ -x "${release%release}bin/java" ]; then java25=${release%release}bin/java; break; fi
  done
fi
# Its two caches are recorded anew as the build records them: the one for PDF runs from a run of
# every format, the one for runs without PDF from a run of md and html (src/build/STARTUP.md, trick 16).
if [ -n "$java25" ]; then
  rm -f target/kitgen.aot target/kitgen.aot.path target/kitgen-text.aot target/kitgen-text.aot.path
  env JAVA="$java25" "${kitgen[@]}" render ml-engineer --format md,html,pdf --out "$work/aot" >/dev/null 2>&1 || java25=""
  [ -n "$java25" ] && { env JAVA="$java25" "${kitgen[@]}" render ml-engineer --format md,html --out "$work/aot-text" >/dev/null 2>&1 || java25=""; }
fi
[ -n "$java25" ] && add md25 env JAVA="$java25" "${kitgen[@]}" render ml-engineer --lang es --doc guide --format md --out "$work/o"
add jar_md "$java" -jar target/kitgen.jar render ml-engineer --lang es --doc guide --format md --out "$work/o"
command -v pandoc >/dev/null && add pandoc pandoc -s "$guide_md" -o "$work/p.html"
# The floor every JVM command pays on this machine: a hello-world, with the launcher's options.
if command -v "$javac" >/dev/null; then
  printf 'class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/Hello.java"
  "$javac" -d "$work" "$work/Hello.java" && add hello "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$work" Hello
fi
if $has_pdf; then
  add pdf "${kitgen[@]}" render ml-engineer --lang es --doc guide --format pdf --out "$work/o"
  [ -n "$java25" ] && add pdf25 env JAVA="$java25" "${kitgen[@]}" render ml-engineer --lang es --doc guide --format pdf --out "$work/o"
  command -v wkhtmltopdf >/dev/null && add wk wkhtmltopdf -q "$guide_html" "$work/w.pdf"
  command -v weasyprint >/dev/null && add wp weasyprint "$guide_html" "$work/w.pdf"
fi
run_rounds
md=$(result md); html=$(result html); jar_md=$(result jar_md); pandoc=$(result pandoc); hello=$(result hello)

echo "kitgen benchmark: $(nproc) cores, $("$java" -version 2>&1 | head -1), median of $runs runs (one-document runs interleaved)"
echo
row "work" "kitgen" "peer" "kitgen / peer"
row "---" "---" "---" "---"
# A figure with its unit, or n/a.
ms() { [[ "$1" =~ ^[0-9]+$ ]] && echo "$1 ms" || echo "n/a"; }
mib() { [[ "$1" =~ ^[0-9]+$ ]] && echo "$1 MiB" || echo "n/a"; }
row "one md guide, cold (target/kitgen)" "$(ms "$md")" "pandoc md→html: $(ms "$pandoc")" "$(ratio "$md" "$pandoc")"
[ -n "$java25" ] && row "one md guide, cold (target/kitgen on Java $(major "${java25%bin/java}release"), AOT cache)" "$(ms "$(result md25)")" "pandoc md→html: $(ms "$pandoc")" "$(ratio "$(result md25)" "$pandoc")"
row "one html guide, cold (target/kitgen)" "$(ms "$html")" "" ""
row "one md guide, cold (java -jar, no CDS)" "$(ms "$jar_md")" "" ""
row "a Java hello-world (JIT and GC options as the launcher's)" "$(ms "$hello")" "" ""

# Editing with --watch: from saving kit.yaml to the last of the role's md and html files written
# again, in a JVM that is already running: the newest file's time less the saved file's, as the
# file system records them (to a few milliseconds). The watcher first waits for the folders to
# be quiet (Watcher.QUIET_MILLIS), so that an editor's save renders once; the second figure
# leaves that wait out. The run has a process group of its own (setsid), so that nothing of it
# outlives the script.
settle=$(sed -n 's/.*QUIET_MILLIS = \([0-9]*\);.*/\1/p' src/main/java/dev/kitgen/files/Watcher.java)
watch_ms() {
  local dir="$work/watch" log="$work/watch/log" times=()
  rm -rf "$dir"; mkdir -p "$dir/kits"; cp -r kits/ml-engineer "$dir/kits/"; : > "$log"
  (cd "$dir" && exec setsid "$OLDPWD/${kitgen[0]}" render ml-engineer --lang es --format md,html --out out --watch) >"$log" 2>&1 &
  watcher=$!
  local deadline=$(( $(date +%s) + 60 ))
  until grep -q "watching for changes" "$log"; do
    if [ "$(date +%s)" -gt "$deadline" ] || ! kill -0 "$watcher" 2>/dev/null; then watch_result=n/a; return; fi
    sleep 0.05
  done
  local kit="$dir/kits/ml-engineer/kit.yaml"
  for _ in $(seq "$runs"); do
    local before saved written
    before=$(grep -c "^watching for changes" "$log")
    deadline=$(( $(date +%s) + 30 ))
    echo "# edited" >> "$kit"
    until [ "$(grep -c "^watching for changes" "$log")" -gt "$before" ]; do
      if [ "$(date +%s)" -gt "$deadline" ]; then watch_result=n/a; return; fi
      sleep 0.005
    done
    saved=$(stat -c %.9Y "$kit")
    written=$(find "$dir/out" -type f -newer "$kit" -printf '%T@\n' | sort -n | tail -1)
    watch_files=$(find "$dir/out" -type f -newer "$kit" | wc -l)
    [ -n "$written" ] || { watch_result=n/a; return; }
    times+=($(awk -v a="$saved" -v b="$written" 'BEGIN {printf "%d", (b - a) * 1000}'))
    sleep 0.5
  done
  watch_result=$(median "${times[@]}")
}
watch_result=n/a watch_files=""
command -v setsid >/dev/null && watch_ms
kill -- "-$watcher" 2>/dev/null || true; watcher=""
row "render --watch: saving kit.yaml to its $watch_files md and html files written" "$(ms "$watch_result")" "" ""
if [[ "$watch_result" =~ ^[0-9]+$ && "$settle" =~ ^[0-9]+$ ]]; then
  row "that, less the ${settle} ms the watcher waits for a save to settle" "$(ms $(( watch_result - settle )))" "" ""
fi
if $has_pdf; then
  pdf=$(result pdf); wk=$(result wk); wp=$(result wp)
  row "one pdf guide, cold" "$(ms "$pdf")" "wkhtmltopdf: $(ms "$wk")" "$(ratio "$pdf" "$wk")"
  row "" "" "weasyprint: $(ms "$wp")" "$(ratio "$pdf" "$wp")"
  [ -n "$java25" ] && row "one pdf guide, cold (on Java $(major "${java25%bin/java}release"), AOT cache)" "$(ms "$(result pdf25)")" "wkhtmltopdf: $(ms "$wk")" "$(ratio "$(result pdf25)" "$wk")"
  formats=md,html,pdf
else
  formats=md,html
fi
# The batches' yardstick: 5 roles x 2 languages in one run (guide, scorecards, packet, candidate sheet).
mkdir -p "$work/kits60"
for i in 01 02 03 04 05; do cp -r "$work/kits/role-$i" "$work/kits60/"; done
# Their md documents in one run, against pandoc run once per document on the very same files
# (md to standalone html, as in the first row), one after the other.
md60=$(median_ms "${kitgen[@]}" render --all --kits "$work/kits60" --format md --out "$work/m60")
n_md60=$(find "$work/m60" -name '*.md' | wc -l)
pandoc60=n/a
if command -v pandoc >/dev/null; then
  find "$work/m60" -name '*.md' | sort > "$work/m60.list"
  pandoc_each() { while IFS= read -r f; do pandoc -s "$f" -o "${f%.md}.html" || return 1; done < "$work/m60.list"; }
  pandoc60=$(median_ms pandoc_each)
fi
row "--all: $n_md60 md documents (5 roles × 2 languages)" "$(ms "$md60")" "pandoc md→html, once per document on the same $n_md60: $(ms "$pandoc60")" "$(ratio "$md60" "$pandoc60")"
if $has_pdf; then
  pdf60=$(median_ms "${kitgen[@]}" render --all --kits "$work/kits60" --format pdf --out "$work/p60")
  n60=$(find "$work/p60" -name '*.pdf' | wc -l)
  mem60=$(peak_mib "${kitgen[@]}" render --all --kits "$work/kits60" --format pdf --out "$work/p60b")
  # WeasyPrint as a library, in one Python process, on the very HTML documents kitgen writes for
  # the documents of that batch (in their own folders, so that links resolve as kitgen's do).
  # One run, timed and measured by GNU time: it takes minutes.
  # The Python that runs the weasyprint command (Debian's, whatever python3 comes first on PATH).
  python=(python3)
  if command -v weasyprint >/dev/null; then
    shebang=$(head -n 1 "$(command -v weasyprint)")
    [[ "$shebang" == '#!'*python* ]] && read -r -a python <<< "${shebang#\#!}"
  fi
  wp60=n/a wpmem=n/a
  if "${python[@]}" -c 'import weasyprint' 2>/dev/null && [ -x /usr/bin/time ]; then
    "${kitgen[@]}" render --all --kits "$work/kits60" --format html --out "$work/h60" >/dev/null 2>&1
    (cd "$work/p60" && find . -name '*.pdf' | sort) | sed "s|^\.|$work/h60|; s|\.pdf\$|.html|" > "$work/h60.list"
    cat > "$work/wp.py" <<'PY'
import sys, weasyprint
for line in open(sys.argv[1]):
    html = line.strip()
    weasyprint.HTML(filename=html).write_pdf(html[:-5] + ".pdf")
PY
    if /usr/bin/time -f '%e %M' -o "$work/wp.time" "${python[@]}" "$work/wp.py" "$work/h60.list" >/dev/null 2>&1; then
      read -r wp_s wp_kb < "$work/wp.time"
      wp60=$(awk -v s="$wp_s" 'BEGIN {printf "%d", s * 1000}'); wpmem=$(( wp_kb / 1024 ))
    fi
  fi
  nh60=$(wc -l < "$work/h60.list" 2>/dev/null || echo 0)
  row "--all: $n60 PDFs (5 roles × 2 languages)" "$(ms "$pdf60")" "WeasyPrint as a library, the same $nh60 documents from kitgen's HTML (one run): $(ms "$wp60")" "$(ratio "$pdf60" "$wp60")"
  row "peak memory of that batch" "$(mib "$mem60")" "WeasyPrint: $(mib "$wpmem")" "$(ratio "$mem60" "$wpmem")"
fi
all_runs=$(( runs < 3 ? runs : 3 ))
runs=$all_runs
all=$(median_ms "${kitgen[@]}" render --all --kits "$work/kits" --format "$formats" --out "$work/all")
files=$(find "$work/all" -type f | wc -l)
pdfs=$(find "$work/all" -name '*.pdf' | wc -l)
mem=$(peak_mib "${kitgen[@]}" render --all --kits "$work/kits" --format "$formats" --out "$work/all2")
row "--all: 30 roles × 2 languages, $formats ($files files, $pdfs PDFs)" "$all ms" "" ""
row "peak memory of that batch" "$(mib "$mem")" "" ""
