-- wrk reporter for bench/load.sh: one machine-readable line with throughput, latency percentiles (ms)
-- and the count of answers that were neither 2xx nor 3xx, plus socket errors.
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("STATS %.1f %.2f %.2f %.2f %d %d %d\n",
    summary.requests / (summary.duration / 1000000.0),
    latency:percentile(50) / 1000.0, latency:percentile(95) / 1000.0, latency:percentile(99) / 1000.0,
    summary.errors.status, errors, summary.requests))
end
