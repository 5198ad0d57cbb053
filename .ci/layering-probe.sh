#!/usr/bin/env bash
# Shows that the targets' layering is enforced, not a convention: in a copy of the package, a wrong-way import (a
# ProtocolReading file importing TrainingRecords, which it does not declare and which is no stage above it) must fail
# the build that .ci/run does, and so must a declared dependency that turns back up the pipeline (TrainerModel needing
# ProtocolReading). The working tree is never touched: the copy lives in a temporary folder, removed at the end.
#
# Run:  .ci/layering-probe.sh     (a debug build of the copy up to TrainingRecords; about two minutes on two cores)
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d "${TMPDIR:-/tmp}/layering-probe.XXXXXX")
# SwiftPM also leaves lock files named after the scratch path in the temporary folder.
trap 'rm -rf "$work"; rm -f "${TMPDIR:-/tmp}/${work//\//_}"_build*.lock' EXIT

# The package without its build products, git or the separate Benchmarks and Fuzz packages; the dependencies' checkouts
# are copied from this folder's .build when they are there, so that the probe needs no network.
tar --exclude='./.build*' --exclude='./.git' --exclude='./Benchmarks' --exclude='./Fuzz' --exclude='./.scratch' -cf - . \
  | (mkdir "$work/package" && cd "$work/package" && tar -xf -)
mkdir -p "$work/build"
for cached in checkouts repositories; do
  if [ -d ".build/$cached" ]; then cp -a ".build/$cached" "$work/build/"; fi
done

# Builds the copy's target `$1` as .ci/run builds; passes only where the build is refused for the reason `$3`.
expect_refused() {
  local target=$1 what=$2 reason=$3 output
  if output=$(cd "$work/package" && swift build --scratch-path "$work/build" --target "$target" \
                --explicit-target-dependency-import-check error 2>&1); then
    echo "FAILED: $what built; the layering is not enforced." >&2
    return 1
  fi
  if ! grep -q -- "$reason" <<<"$output"; then
    echo "FAILED: $what was refused, but not for the layering:" >&2
    echo "$output" | tail -n 20 >&2
    return 1
  fi
  echo "refused as it should be: $what"
  grep -- "$reason" <<<"$output" | sort -u | head -n 3 | sed 's/^/    /'
}

reader="$work/package/Sources/ProtocolReading/ProtocolReader.swift"
started=$SECONDS

# 1. An import of a target that is not declared. TrainingRecords is built first, so that the module is there to be
#    found: only the import check can refuse it.
if ! output=$(cd "$work/package" && swift build --scratch-path "$work/build" --target TrainingRecords 2>&1); then
  echo "FAILED: the copy does not build as it is:" >&2
  echo "$output" | tail -n 20 >&2
  exit 1
fi
sed -i '1i import TrainingRecords' "$reader"
expect_refused ProtocolReading "ProtocolReading importing TrainingRecords without declaring it" \
  "imports another target (TrainingRecords) in the package without declaring it a dependency"
sed -i '1d' "$reader"

# 2. A declared dependency back up the pipeline: TrainerModel, which everything needs, needing ProtocolReading.
cp "$work/package/Package.swift" "$work/Package.swift.orig"
sed -i 's/dependencies: \[.product(name: "Crypto", package: "swift-crypto")\],/dependencies: ["ProtocolReading", .product(name: "Crypto", package: "swift-crypto")],/' \
  "$work/package/Package.swift"
grep -q 'dependencies: \["ProtocolReading", .product(name: "Crypto"' "$work/package/Package.swift" \
  || { echo "FAILED: the probe could not add the dependency to TrainerModel (Package.swift changed?)" >&2; exit 1; }
sed -i '1i import ProtocolReading' "$work/package/Sources/TrainerModel/Time/Timestamp.swift"
expect_refused TrainerModel "TrainerModel depending on ProtocolReading" "cyclic dependency declaration found"
cp "$work/Package.swift.orig" "$work/package/Package.swift"

echo "Layering probe passed in $((SECONDS - started)) s (after copying)."
