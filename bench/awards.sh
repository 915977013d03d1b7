#!/usr/bin/env bash
# Times the commendation pages and checks on the demo province (README's run command first), then:
#   bench/awards.sh [base-url]
# The 2025 round of the demo holds nominations from ten units; every check reads the person's or the collective's
# whole history, the unit's list for the ratio caps and, for flags, the published ranking. Prints the median and
# 95th percentile of 20 calls for each operation, each in a signed-in session.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8080}
OFFICE="vanphong:Demo@2026"

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

round=$(curl -sf -u "$OFFICE" "$BASE/api/awards/rounds" | json '[r for r in d if r["year"] == 2025][0]["id"]')
nominations=$(curl -sf -u "$OFFICE" "$BASE/api/awards/rounds/$round/nominations")
person=$(echo "$nominations" | json '[n for n in d if n["title"] == "CSTD_TINH"][0]["id"]')
collective=$(echo "$nominations" | json '[n for n in d if n["title"] == "TTLDXS"][0]["id"]')
unit=$(echo "$nominations" | json 'd[0]["unitId"]')
count=$(echo "$nominations" | json 'len(d)')
history=$(curl -sf -u "$OFFICE" "$BASE/api/awards/nominations/$person" | json 'd["staffId"]')

JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT
state=$(curl -sf -c "$JAR" -b "$JAR" "$BASE/login.xhtml" | grep -o 'jakarta.faces.ViewState:0" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -sf -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=${OFFICE%%:*}" \
  --data-urlencode "loginForm:password=${OFFICE#*:}" --data-urlencode "loginForm:submit=" --data-urlencode "jakarta.faces.ViewState=$state" \
  "$BASE/login.xhtml"

report_stats() { # name, then one time per line on stdin
  sort -n | awk -v n="$1" '{a[NR]=$1} END {printf "%-52s median %6.1f ms   p95 %6.1f ms\n", n, a[int(NR/2)+1]*1000, a[int(NR*0.95)]*1000}'
}
time_get() { # name, path
  curl -sf -o /dev/null -b "$JAR" "$BASE$2"
  for _ in $(seq 20); do curl -sf -o /dev/null -w '%{time_total}\n' -b "$JAR" "$BASE$2"; done | report_stats "$1"
}

echo "demo round $round: $count nominations"
time_get "page: the round's nominations, caps, sessions"     "/award/nominations.xhtml?round=$round"
time_get "page: a CSTĐ cấp tỉnh nomination, live check"       "/award/nomination.xhtml?id=$person"
time_get "API: an individual's live check (5 years)"          "/api/awards/nominations/$person"
time_get "API: a collective's live check (its members)"       "/api/awards/nominations/$collective"
time_get "API: ratio caps over every unit's list"             "/api/awards/rounds/$round/caps"
time_get "API: a person's whole history"                      "/api/awards/history/people/$history"
time_get "API: a unit's registry, one year"                   "/api/awards/registry/units/$unit?year=2025"
time_get "page: the award registry of a unit"                 "/award/registry.xhtml?unit=$unit&year=2025"
