#!/usr/bin/env bash
# Times the staff table's queries (the lazy DataTable and GET /api/staff use the same service) at 20,000 staff.
# Start the app first with the README's run command; then: bench/staff-table.sh [base-url]
# It tops the demo province up to 20,000 staff through the API (once), then prints the time of each kind of page.
set -euo pipefail
BASE=${1:-http://localhost:8080}
AUTH="admin:Demo@2026"
TARGET=${TARGET_STAFF:-20000}

total() { curl -sf -u "$AUTH" "$BASE/api/staff?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])'; }

have=$(total)
if [ "$have" -lt "$TARGET" ]; then
  echo "topping up from $have to $TARGET staff ..."
  units=$(curl -sf -u "$AUTH" "$BASE/api/units" | python3 -c '
import json,sys
def walk(n):
    yield n["id"]
    for c in n.get("children") or []: yield from walk(c)
print(" ".join(str(i) for r in json.load(sys.stdin) for i in walk(r)))')
  read -r -a ids <<< "$units"
  for ((i = have; i < TARGET; i++)); do
    unit=${ids[$((i % ${#ids[@]}))]}
    printf '{"fullName":"Nguyễn Văn Thử %d","gender":"MALE","birthDate":"1985-03-%02d","position":"Y sĩ","unitId":%s,"status":"ACTIVE"}' \
      "$i" $((i % 28 + 1)) "$unit"
    echo
  done | xargs -P 4 -d '\n' -I{} curl -sf -o /dev/null -u "$AUTH" -H 'Content-Type: application/json' -d '{}' "$BASE/api/staff"
fi
echo "staff in the database: $(total)"

time_of() { # name, query; prints median and p95 of 20 calls in ms
  local name=$1 query=$2 times=()
  for _ in $(seq 20); do
    times+=("$(curl -sf -o /dev/null -w '%{time_total}' -u "$AUTH" "$BASE/api/staff?$query")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$name" '{a[NR]=$1} END {printf "%-38s median %6.1f ms   p95 %6.1f ms\n", n, a[int(NR/2)+1]*1000, a[int(NR*0.95)]*1000}'
}
time_of "first page, sorted by name"        "size=50"
time_of "page 200, sorted by name"          "size=50&first=10000"
time_of "sorted by birth date, descending"  "size=50&sort=birthDate&asc=false"
time_of "filtered by text 'Nguyễn'"         "size=50&q=Nguy%E1%BB%85n"
time_of "one district with its stations"    "size=50&unit=$(curl -sf -u "$AUTH" "$BASE/api/units" | python3 -c 'import json,sys; t=json.load(sys.stdin); print(t[0]["children"][-1]["id"])')"
