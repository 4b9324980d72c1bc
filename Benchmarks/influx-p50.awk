# The p50 of each benchmark's metrics, one line per benchmark, from package-benchmark's
# `--format influx` CSV (`make bench-micro-tsv`). Values are as measured: wall clock in
# nanoseconds, throughput per second, malloc calls per iteration (the unit column is only
# the text table's display scale). Benchmark names must not contain commas.
# Columns of the CSV: ...,metric (7),unit,test (9),percentile (10),value (11),...
$10 == "50.0" {
    if (!($9 in seen)) { seen[$9] = 1; order[++count] = $9 }
    if ($7 == "Time(wallclock)") wall[$9] = $11
    else if ($7 == "Throughput(#/s)") rate[$9] = $11
    else if ($7 == "Malloc(total)") mallocs[$9] = $11
}
END {
    print "benchmark\tp50_wall_ns\tp50_throughput_per_s\tp50_mallocs"
    for (i = 1; i <= count; i++) { t = order[i]; print t "\t" wall[t] "\t" rate[t] "\t" mallocs[t] }
}
