# The p50 of each benchmark's metrics, one line per benchmark, from package-benchmark's
# `--format influx` CSV (`make bench-micro-tsv`). Values are as measured: wall clock in
# nanoseconds, throughput per second, malloc calls per iteration (the unit column is only
# the text table's display scale). Benchmark names must not contain commas.
# Columns of the CSV: ...,metric (7),unit,test (9),percentile (10),value (11),...
#
# Standard output: a header, then benchmark, p50_wall_ns, p50_throughput_per_s, p50_mallocs.
# With -v table=PATH, also PATH: `NAME<TAB>FIGURES` lines for `claimwatch-bench --micro`
# (the `make bench` table), the figures written out for people ("2.16 ms, 464/s, 18140 mallocs").
$10 == "50.0" {
    if (!($9 in seen)) { seen[$9] = 1; order[++count] = $9 }
    if ($7 == "Time(wallclock)") wall[$9] = $11
    else if ($7 == "Throughput(#/s)") rate[$9] = $11
    else if ($7 == "Malloc(total)") mallocs[$9] = $11
}

function readable(ns) {
    if (ns >= 1000000) return sprintf("%.2f ms", ns / 1000000)
    if (ns >= 1000) return sprintf("%.1f µs", ns / 1000)
    return ns " ns"
}

END {
    print "benchmark\tp50_wall_ns\tp50_throughput_per_s\tp50_mallocs"
    for (i = 1; i <= count; i++) {
        t = order[i]
        print t "\t" wall[t] "\t" rate[t] "\t" mallocs[t]
        if (table != "") print t "\tp50 " readable(wall[t]) ", " rate[t] "/s, " mallocs[t] " mallocs" > table
    }
}
