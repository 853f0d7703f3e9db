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
add jar_md "$java" -jar target/kitgen.jar render ml-engineer --lang es --doc guide --format md --out "$work/o"
command -v pandoc >/dev/null && add pandoc pandoc -s "$guide_md" -o "$work/p.html"
# The floor every JVM command pays on this machine: a hello-world, with the launcher's options.
if command -v "$javac" >/dev/null; then
  printf 'class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/Hello.java"
  "$javac" -d "$work" "$work/Hello.java" && add hello "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$work" Hello
fi
if $has_pdf; then
  add pdf "${kitgen[@]}" render ml-engineer --lang es --doc guide --format pdf --out "$work/o"
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
row "one md guide, cold (target/kitgen)" "$(ms "$md")" "pandoc md→html: $(ms "$pandoc")" "$(ratio "$md" "$pandoc")"
row "one html guide, cold (target/kitgen)" "$(ms "$html")" "" ""
row "one md guide, cold (java -jar, no CDS)" "$(ms "$jar_md")" "" ""
row "a Java hello-world (JIT and GC options as the launcher's)" "$(ms "$hello")" "" ""

# Editing with --watch: from saving kit.yaml to the last of the role's md and html files written
# again, in a JVM that is already running. The watcher waits 200 ms for a save to settle. The
# run has a process group of its own (setsid), so that nothing of it outlives the script.
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
  for _ in $(seq "$runs"); do
    local before t0 t1
    before=$(grep -c "^watching for changes" "$log")
    deadline=$(( $(date +%s) + 30 ))
    t0=$(date +%s%N); echo "# edited" >> "$dir/kits/ml-engineer/kit.yaml"
    until [ "$(grep -c "^watching for changes" "$log")" -gt "$before" ]; do
      if [ "$(date +%s)" -gt "$deadline" ]; then watch_result=n/a; return; fi
      sleep 0.005
    done
    t1=$(date +%s%N); times+=($(( (t1 - t0) / 1000000 ))); sleep 0.5
  done
  watch_result=$(median "${times[@]}")
}
watch_result=n/a
command -v setsid >/dev/null && watch_ms
kill -- "-$watcher" 2>/dev/null || true; watcher=""
row "render --watch: saving kit.yaml to its 12 md and html files written" "$(ms "$watch_result")" "" ""
if $has_pdf; then
  pdf=$(result pdf); wk=$(result wk); wp=$(result wp)
  row "one pdf guide, cold" "$(ms "$pdf")" "wkhtmltopdf: $(ms "$wk")" "$(ratio "$pdf" "$wk")"
  row "" "" "weasyprint: $(ms "$wp")" "$(ratio "$pdf" "$wp")"
  formats=md,html,pdf
else
  formats=md,html
fi
if $has_pdf; then
  # The issue's yardstick: 60 PDFs in one run (5 roles x 2 languages x guide, 4 scorecards, packet).
  mkdir -p "$work/kits60"
  for i in 01 02 03 04 05; do cp -r "$work/kits/role-$i" "$work/kits60/"; done
  pdf60=$(median_ms "${kitgen[@]}" render --all --kits "$work/kits60" --format pdf --out "$work/p60")
  n60=$(find "$work/p60" -name '*.pdf' | wc -l)
  mem60=$(peak_mib "${kitgen[@]}" render --all --kits "$work/kits60" --format pdf --out "$work/p60b")
  row "--all: $n60 PDFs (5 roles × 2 languages)" "$pdf60 ms" "WeasyPrint as a library: 14100 ms (issue 6)" "$(ratio "$pdf60" 14100)"
  row "peak memory of that batch" "$mem60 MiB" "WeasyPrint: 130 MiB (issue 6)" "$(ratio "$mem60" 130)"
fi
all_runs=$(( runs < 3 ? runs : 3 ))
runs=$all_runs
all=$(median_ms "${kitgen[@]}" render --all --kits "$work/kits" --format "$formats" --out "$work/all")
files=$(find "$work/all" -type f | wc -l)
pdfs=$(find "$work/all" -name '*.pdf' | wc -l)
mem=$(peak_mib "${kitgen[@]}" render --all --kits "$work/kits" --format "$formats" --out "$work/all2")
row "--all: 30 roles × 2 languages, $formats ($files files, $pdfs PDFs)" "$all ms" "" ""
row "peak memory of that batch" "$mem MiB" "" ""
