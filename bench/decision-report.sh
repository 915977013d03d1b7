#!/usr/bin/env bash
# Fills and exports the decision with its appended list and the certificates for N generated awardees (default 5,000)
# through AwardDocuments/ReportRenderer and through a bare JasperFillManager/JRPdfExporter call, side by side:
#   bench/decision-report.sh [awardees] [max heap, default 1g]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5000}
HEAP=${2:-1g}
mvn -B -q -o compile
[ -f target/bench-classpath.txt ] || mvn -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
java -Xmx"$HEAP" -cp "target/classes:$(cat target/bench-classpath.txt)" bench/DecisionReportBench.java "$N" 2>&1 | grep -v "commons-logging\|Log4j API"
