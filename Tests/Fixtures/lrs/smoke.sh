#!/usr/bin/env bash
# Smoke test for ralph_fs_lrs.py: start a real Ralph LRS in a temp dir, POST two
# batches, read them back (by id, and as a list), restart on the same dir and
# read again, stop with SIGTERM. Exit 0 on success.
#   RALPH_VENV=/path/to/venv (default: <repo>/.scratch/ralph-venv, created if missing)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../../.." && pwd)"
venv="${RALPH_VENV:-$repo/.scratch/ralph-venv}"
if ! "$venv/bin/python3" -c 'import importlib.metadata as m, uvicorn, bcrypt
assert m.version("ralph-malph") == "5.1.0"' 2>/dev/null; then
  echo "smoke: creating $venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q -r "$here/requirements.txt"
fi

work="$(mktemp -d)"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "smoke: FAIL: $*" >&2; [ -f "$work/lrs/ralph.log" ] && tail -20 "$work/lrs/ralph.log" >&2; exit 1; }

start() {
  rm -f "$work/port"
  "$venv/bin/python3" "$here/ralph_fs_lrs.py" --dir "$work/lrs" --port-file "$work/port" \
    --user smoke --password secret </dev/null >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 150); do
    [ -s "$work/port" ] && { port="$(cat "$work/port")"; return; }
    kill -0 "$pid" 2>/dev/null || fail "launcher exited during startup"
    sleep 0.1
  done
  fail "no port file after 15 s"
}
stop() { kill -TERM "$pid"; local rc=0; wait "$pid" || rc=$?; pid=""; [ "$rc" = 0 ] || fail "launcher exit status $rc"; }

api() {  # api METHOD PATH [BODY] -> prints "STATUS BODY"
  curl -sS -o "$work/body" -w '%{http_code}' -u smoke:secret -X "$1" \
    -H 'X-Experience-API-Version: 1.0.3' -H 'Content-Type: application/json' \
    ${3:+--data "$3"} "http://127.0.0.1:$port$2"
  printf ' '; cat "$work/body"
}
statement() {  # statement ID N
  printf '{"id":"%s","actor":{"mbox":"mailto:learner%s@example.com"},"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},"object":{"id":"https://protocol-trainer.example/q/%s"},"timestamp":"2026-01-01T00:00:0%s+00:00"}' "$1" "$2" "$2" "$2"
}
ids=(11111111-1111-4111-8111-11111111111{1,2,3,4})
batch1="[$(statement "${ids[0]}" 1),$(statement "${ids[1]}" 2)]"
batch2="[$(statement "${ids[2]}" 3),$(statement "${ids[3]}" 4)]"

start
r="$(api POST /xAPI/statements "$batch1")"; [[ "$r" == 200* ]] || fail "POST batch1: $r"
r="$(api POST /xAPI/statements "$batch2")"; [[ "$r" == 200* ]] || fail "POST batch2 (second write to the fs store): $r"
r="$(api POST /xAPI/statements "$batch1")"; [[ "$r" == 204* ]] || fail "re-POST batch1 should be 204: $r"
for round in first restarted; do
  for id in "${ids[@]}"; do
    r="$(api GET "/xAPI/statements?statementId=$id")"
    [[ "$r" == 200* && "$r" == *"\"id\":\"$id\""* ]] || fail "$round GET $id: $r"
  done
  r="$(api GET '/xAPI/statements?limit=0')"
  n="$(grep -o '"stored"' <<<"$r" | wc -l)"
  [ "$n" = 4 ] || fail "$round list: expected 4 statements, got $n: $r"
  [ "$round" = first ] && { stop; start; }
done
stop
echo "smoke: OK (4 statements in 2 batches, survived restart)"
