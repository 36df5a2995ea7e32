#!/usr/bin/env bash
# The Spark job in local mode against the command line on the same WARC files: pages/s
# of each and the job's overhead ratio. The pages are the benchmark generator's (HTML
# listicles), packed into WARC files gzipped record by record.
#
# Usage: scripts/spark/bench.sh [MB] [FILES]   (MB of HTML pages, default 50; WARC files, default 4)
# Env:   PYTHON (a Python with the ostract package and pyspark; default python3),
#        THREADS (CLI threads and local[N] cores; default 2), BENCH_DIR (default target/bench-spark)
set -euo pipefail
cd "$(dirname "$0")/../.."
MB=${1:-50}
FILES=${2:-4}
THREADS=${THREADS:-2}
PY=${PYTHON:-python3}
DIR=${BENCH_DIR:-target/bench-spark}
mkdir -p "$DIR"
cargo build --release --quiet --bin ostract --example gen_corpus
[ -x /usr/bin/time ] || apt-get install -y -q time >/dev/null
if [ ! -f "$DIR/warc-$MB-$FILES/.done" ]; then
    rm -rf "$DIR/pages-$MB" "$DIR/warc-$MB-$FILES"
    target/release/examples/gen_corpus "$DIR/pages-$MB" --mb "$MB" --html 1 2>/dev/null
    python3 scripts/spark/pages_to_warc.py "$DIR/pages-$MB/articles" "$DIR/warc-$MB-$FILES" --files "$FILES"
    touch "$DIR/warc-$MB-$FILES/.done"
fi
W="$DIR/warc-$MB-$FILES"
load=$(cut -d' ' -f1-3 /proc/loadavg)
pages=$(ls "$W"/*.warc.gz)

# Wall seconds of a command. (Its CPU time is not reported: the JVM that pyspark starts
# is not waited for, so /usr/bin/time would miss most of the job's.)
timed() {
    /usr/bin/time -f "%e" -o "$DIR/time.txt" "$@"
    cat "$DIR/time.txt"
}

cli=$(timed target/release/ostract extract $pages -o "$DIR/cli.jsonl" --threads "$THREADS" 2>"$DIR/cli.err")
articles=$(grep -o '[0-9]* articles from' "$DIR/cli.err" | cut -d' ' -f1)

export PYSPARK_PYTHON=$PY
spark=$(timed "$PY" scripts/spark/extract.py --master "local[$THREADS]" --output "$DIR/records" $pages 2>"$DIR/spark.err")
job=$(grep -o 'in [0-9.]*s (' "$DIR/spark.err" | tr -dc '0-9.')

merged=$(timed "$PY" scripts/spark/extract.py --master "local[$THREADS]" --output "$DIR/records" --merged "$DIR/songs" $pages 2>"$DIR/spark-merged.err")

echo "pages: $articles in $FILES WARC files ($(du -sh "$W" | cut -f1) gzipped), $THREADS threads / local[$THREADS]; load average before: $load"
awk -v n="$articles" -v c="$cli" -v s="$spark" -v j="$job" -v m="$merged" 'BEGIN {
    printf "                          wall s   pages/s  overhead\n"
    printf "CLI                       %6.1f  %8.0f\n", c, n / c
    printf "Spark job, whole run      %6.1f  %8.0f  %7.2fx\n", s, n / s, s / c
    printf "Spark job, after start    %6.1f  %8.0f  %7.2fx\n", j, n / j, j / c
    printf "Spark job with --merged   %6.1f  %8.0f  %7.2fx\n", m, n / m, m / c
}'
