#!/usr/bin/env bash
# What a file watcher sees when editors save a file: the events Java's WatchService reports
# (inotify on Linux) for each kind of save, with the milliseconds since the first event of the
# save. The longest gap within one save bounds the quiet time kitgen's --watch waits for
# (Watcher.QUIET_MILLIS). Usage: bash src/bench/saves.sh   (needs java; uses vim if installed)
set -euo pipefail
work=$(mktemp -d)
watcher=""
trap '[ -n "$watcher" ] && kill "$watcher" 2>/dev/null; rm -rf "$work"' EXIT
mkdir "$work/kits"
f=$work/kits/kit.yaml
printf 'id: x\nname: X\n' > "$f"
# Events of one save are printed together: a save ends after 500 ms without events.
cat > "$work/Events.java" <<'JAVA'
import java.nio.file.*;
import static java.nio.file.StandardWatchEventKinds.*;
class Events {
    public static void main(String[] args) throws Exception {
        WatchService service = FileSystems.getDefault().newWatchService();
        Path.of(args[0]).register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        System.out.println("ready");
        long first = 0, last = 0;
        while (true) {
            WatchKey key = service.take();
            long now = System.nanoTime();
            if (now - last > 500_000_000L) first = now;
            last = now;
            for (WatchEvent<?> e : key.pollEvents()) {
                System.out.printf("  %6.1f ms  %-12s %s%s%n", (now - first) / 1e6, e.kind(), e.context(),
                        e.count() > 1 ? " (x" + e.count() + ")" : "");
            }
            key.reset();
        }
    }
}
JAVA
java "$work/Events.java" "$work/kits" > "$work/events" &
watcher=$!
until grep -q ready "$work/events" 2>/dev/null; do sleep 0.1; done
save() {
  local name=$1; shift
  local from; from=$(wc -l < "$work/events")
  "$@"
  sleep 1
  echo "$name"
  tail -n +"$((from + 1))" "$work/events"
}
vim_save() { vim -u NONE -i NONE -n -es -c "set $1" -c 's/name: .*/name: V/' -c 'wq' "$f"; }
if command -v vim >/dev/null; then
  save "vim, backupcopy=yes (writes in place)" vim_save "backupcopy=yes writebackup"
  save "vim, backupcopy=no with a backup file" vim_save "backupcopy=no backup backupdir=$work"
fi
save "atomic save: a temporary file renamed over the file (IntelliJ, Emacs, many editors)" \
  sh -c 'printf "id: x\nname: A\n" > "$1/.kit.yaml.tmp" && mv "$1/.kit.yaml.tmp" "$1/kit.yaml"' sh "$work/kits"
save "truncate and write in place (VS Code)" \
  python3 -c 'import sys; f = open(sys.argv[1], "r+b"); f.truncate(0); f.write(b"id: x\nname: C\n"); f.close()' "$f"
save "sed -i (a temporary file renamed over the file)" sed -i 's/name: .*/name: S/' "$f"
save "shell append (>>)" sh -c 'echo "# more" >> "$1"' sh "$f"
