#!/bin/sh
# Main-content quality of `ostract text` on the ScrapingHub article-extraction benchmark
# (181 real pages with gold article text), next to the published reference extractors.
# Usage: scripts/html-quality.sh [BENCHMARK_DIR] [--worst N]
# BENCHMARK_DIR defaults to ../shared/data/article-extraction-benchmark.
set -eu
cd "$(dirname "$0")/.."
if [ $# -gt 0 ] && [ -d "$1" ]; then
    OSTRACT_HTML_BENCH=$(cd "$1" && pwd)
    export OSTRACT_HTML_BENCH
    shift
fi
exec cargo bench --bench html_quality -- "$@"
