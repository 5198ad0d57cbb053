#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and runs them for a set time, then prints executions and findings.
#
#   Fuzz/run.sh SECONDS [reader|generator|both] [--with-shared-seeds]
#
# SECONDS is the whole run's length; "both" (the default) gives a third of it to the reader and the rest to the
# generator, which is slower per input. --with-shared-seeds adds the seed protocols (QuestionBanks/*/protocol.txt
# and ../shared/protocols/*.txt, when that folder is there) to the starting corpus for this run only: they are
# other councils' words and are never copied into Fuzz/Corpus. The working corpus, the build and any findings stay
# under Fuzz/.build (ignored by git): findings in Fuzz/.build/findings/, each the input that broke a promise.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
seconds=${1:?usage: Fuzz/run.sh SECONDS [reader|generator|both] [--with-shared-seeds]}
which=${2:-both}
shared=no
for arg in "$@"; do [ "$arg" = --with-shared-seeds ] && shared=yes; done
[ "$which" = --with-shared-seeds ] && which=both

cd "$here"
# lld for every link: ld.gold fails on the catalogue's build tool (CatalogueEmbedder) when it is built with the fuzzer.
flags=(-c release -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld)
# SwiftPM links an executable with its own `main` (main=<Target>_main) and with ld.gold, which cannot link that next
# to libFuzzer's runtime; so SwiftPM compiles, and the targets are linked here with lld from SwiftPM's object list.
swift build "${flags[@]}" >/dev/null 2>&1 || true
for target in ReaderFuzzer GeneratorFuzzer; do
  swift build "${flags[@]}" --target "$target" | tail -1
  bin=$(swift build "${flags[@]}" --show-bin-path)
  swiftc -sanitize=fuzzer -use-ld=lld -lstdc++ -L "$bin" -o "$bin/$target" -module-name "$target" -emit-executable \
    -Xlinker --gc-sections -Xlinker --defsym -Xlinker "main=${target}_main" -Xlinker '-rpath=$ORIGIN' \
    "@$bin/$target.product/Objects.LinkFileList"
done

work=$here/.build/fuzz-work
findings=$here/.build/findings
mkdir -p "$findings" "$work"
before=$(ls "$findings" | sort)
run_one() { # target seconds
  local target=$1 time=$2 corpus=$work/corpus-$1 log=$work/$1.log
  mkdir -p "$corpus"
  local seeds=("$here/Corpus")
  if [ "$shared" = yes ]; then
    mkdir -p "$work/shared-seeds"
    for f in "$root"/QuestionBanks/*/protocol.txt; do cp "$f" "$work/shared-seeds/$(basename "$(dirname "$f")").txt"; done
    [ -d "$root/../shared/protocols" ] && cp "$root"/../shared/protocols/*.txt "$work/shared-seeds/"
    seeds+=("$work/shared-seeds")
  fi
  # -timeout: the reliability harness counts 20 s as a hang; -max_len keeps inputs to protocol sizes.
  "$bin/$target" "$corpus" "${seeds[@]}" -max_total_time="$time" -timeout=20 -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix="$findings/$target-" -print_final_stats=1 >"$log" 2>&1 || true
  local execs rate
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  echo "$target: ${time} s, $execs executions, $rate per second, corpus $(ls "$corpus" | wc -l) inputs, log $log"
}
case $which in
  reader) run_one ReaderFuzzer "$seconds" ;;
  generator) run_one GeneratorFuzzer "$seconds" ;;
  *) run_one ReaderFuzzer $((seconds / 3)); run_one GeneratorFuzzer $((seconds - seconds / 3)) ;;
esac
new=$(comm -13 <(echo "$before") <(ls "$findings" | sort) | sed '/^$/d')
echo "findings this run: $(printf '%s' "$new" | grep -c . || true) (all kept so far: $(ls "$findings" | wc -l), in $findings)"
[ -n "$new" ] && echo "$new" | sed 's/^/  /'
exit 0
