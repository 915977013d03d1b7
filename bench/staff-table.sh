#!/usr/bin/env bash
# Times the staff table at 20,000 staff: GET /api/staff and the JSF page use the same service and query.
# Start the app first with the README's run command (embedded database on port 3307), then:
#   bench/staff-table.sh [base-url] [jdbc-url]
# It tops the staff up to 20,000 with bench/TopUpStaff.java (once), then prints median and 95th percentile
# of 20 calls for each kind of page.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8080}
JDBC=${2:-jdbc:mysql://localhost:3307/thidua?user=root&useSSL=false&allowPublicKeyRetrieval=true}
AUTH="admin:Demo@2026"
CONNECTOR=$(find ~/.m2/repository/com/mysql/mysql-connector-j -name 'mysql-connector-j-*.jar' | sort | tail -1)

java -cp "$CONNECTOR" bench/TopUpStaff.java "$JDBC" "${TARGET_STAFF:-20000}"

# the pages sign in through the login form; the API takes HTTP Basic
JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
state=$(curl -sf -c "$JAR" -b "$JAR" "$BASE/login.xhtml" | grep -o 'jakarta.faces.ViewState:0" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -sf -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=${AUTH%%:*}" \
  --data-urlencode "loginForm:password=${AUTH#*:}" --data-urlencode "loginForm:submit=" --data-urlencode "jakarta.faces.ViewState=$state" \
  "$BASE/login.xhtml"

time_of() { # name, path: median and p95 of 20 calls, after one warm-up call
  local name=$1 path=$2 times=()
  curl -sf -o /dev/null -u "$AUTH" -b "$JAR" "$BASE$path"
  for _ in $(seq 20); do
    times+=("$(curl -sf -o /dev/null -w '%{time_total}' -u "$AUTH" -b "$JAR" "$BASE$path")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$name" '{a[NR]=$1} END {printf "%-42s median %6.1f ms   p95 %6.1f ms\n", n, a[int(NR/2)+1]*1000, a[int(NR*0.95)]*1000}'
}
district=$(curl -sf -u "$AUTH" "$BASE/api/units" | python3 -c 'import json,sys; t=json.load(sys.stdin); print(t[0]["children"][-1]["id"])')
time_of "page /org/staff.xhtml (first 50 of all)"   "/org/staff.xhtml"
time_of "API: first page of 50, by name"            "/api/staff?size=50"
time_of "API: page 200 (rows 10,000–10,050)"        "/api/staff?size=50&first=10000"
time_of "API: by birth date, descending"            "/api/staff?size=50&sort=birthDate&asc=false"
time_of "API: text filter 'Nguyễn'"                 "/api/staff?size=50&q=Nguy%E1%BB%85n"
time_of "API: one district with its stations"       "/api/staff?size=50&unit=$district"
