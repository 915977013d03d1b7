#!/usr/bin/env bash
# Times a unit's report and the office's completeness view on the demo province (plan 1750/KH-SYT, 2025).
# Start the app first with the README's run command, then:
#   bench/submissions.sh [base-url]
# The office reopens the 2025 report of Bệnh viện Đa khoa tỉnh (BVDK) so that its officer may save it; then
# it prints the median and 95th percentile of 20 calls for each operation.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${1:-http://localhost:8080}
OFFICE="vanphong:Demo@2026"
OFFICER="canbo.bvdk:Demo@2026"
JSON='Content-Type: application/json'

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

plan=$(curl -sf -u "$OFFICE" "$BASE/api/plans?q=1750" | json 'd[0]["id"]')
unit=$(curl -sf -u "$OFFICE" "$BASE/api/units" | python3 -c '
import json,sys
def walk(n):
    if n["code"] == "BVDK": print(n["id"]); sys.exit()
    for c in n.get("children", []): walk(c)
for root in json.load(sys.stdin): walk(root)')
until=$(date -d '+7 days' +%F)
curl -sf -o /dev/null -u "$OFFICE" -H "$JSON" -d "{\"planId\":$plan,\"unitId\":$unit,\"year\":2025,\"until\":\"$until\"}" \
  "$BASE/api/submissions/reopen" || true # already reopened on an earlier run
report=$(curl -sf -u "$OFFICER" -H "$JSON" -d "{\"planId\":$plan,\"unitId\":$unit,\"year\":2025}" "$BASE/api/submissions" | json 'd["id"]')
accepted=$(curl -sf -u "$OFFICE" "$BASE/api/submissions?plan=$plan&year=2025" | json '[s for s in d if s["status"] in ("SUBMITTED","ACCEPTED")][0]["id"]')

# every call after these runs in a signed-in session, so that no call pays for checking a password hash
JAR=$(mktemp); OFFICER_JAR=$(mktemp); PDF=$(mktemp --suffix=.pdf)
trap 'rm -f "$JAR" "$OFFICER_JAR" "$PDF"' EXIT
login() { # credentials, cookie jar
  local state
  state=$(curl -sf -c "$2" -b "$2" "$BASE/login.xhtml" | grep -o 'jakarta.faces.ViewState:0" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -sf -o /dev/null -c "$2" -b "$2" --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=${1%%:*}" \
    --data-urlencode "loginForm:password=${1#*:}" --data-urlencode "loginForm:submit=" --data-urlencode "jakarta.faces.ViewState=$state" \
    "$BASE/login.xhtml"
}
login "$OFFICE" "$JAR"
login "$OFFICER" "$OFFICER_JAR"

report_stats() { # name, then one time per line on stdin
  sort -n | awk -v n="$1" '{a[NR]=$1} END {printf "%-48s median %6.1f ms   p95 %6.1f ms\n", n, a[int(NR/2)+1]*1000, a[int(NR*0.95)]*1000}'
}
time_get() { # name, cookie jar, path
  curl -sf -o /dev/null -b "$2" "$BASE$3"
  for _ in $(seq 20); do curl -sf -o /dev/null -w '%{time_total}\n' -b "$2" "$BASE$3"; done | report_stats "$1"
}

time_get "page: a submitted report (17 criteria)"     "$JAR"         "/submission/submission.xhtml?id=$accepted"
time_get "page: completeness dashboard (28 units)"    "$JAR"         "/submission/dashboard.xhtml?plan=$plan&year=2025"
time_get "API: a report with scores and evidence"      "$JAR"         "/api/submissions/$accepted"
time_get "API: completeness of the plan year"          "$JAR"         "/api/submissions/completeness?plan=$plan&year=2025"
time_get "API: the report as a pre-filled .xlsx"       "$OFFICER_JAR" "/api/submissions/$report/sheet"

# saving a draft: every answer of the form, with the version just read
answers=$(curl -sf -u "$OFFICE" "$BASE/api/submissions/$accepted" | python3 -c '
import json,sys
d=json.load(sys.stdin)
keep=("value","numerator","denominator","yes","items","surveyed","satisfied","assigned","completed","violations","claimed")
print(json.dumps([dict({"criterionId":c["criterionId"]}, **{k:c[k] for k in keep if k in c}) for c in d["criteria"] if not c["group"]]))')
for _ in $(seq 21); do
  version=$(curl -sf -b "$OFFICER_JAR" "$BASE/api/submissions/$report" | json 'd["version"]')
  curl -sf -o /dev/null -w '%{time_total}\n' -b "$OFFICER_JAR" -X PUT -H "$JSON" \
    -d "{\"version\":$version,\"narrative\":\"Bench\",\"answers\":$answers}" "$BASE/api/submissions/$report"
done | tail -n 20 | report_stats "API: save a draft (all answers, self-score)"

head -c 1048576 /dev/urandom | { printf '%%PDF-1.4\n'; cat; } > "$PDF"
for _ in $(seq 20); do
  curl -sf -o /dev/null -w '%{time_total}\n' -b "$OFFICER_JAR" -H 'Content-Type: application/pdf' --data-binary "@$PDF" \
    "$BASE/api/submissions/$report/evidence?fileName=bench.pdf"
done | report_stats "API: upload 1 MB of evidence (type, SHA-256)"
