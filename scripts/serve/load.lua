-- wrk script for nomen serve's load tests (BENCHMARKS.md, "nomen serve"): each request is drawn
-- at random from the paths in the file named by $NOMEN_LOAD_PATHS (one a line).
local paths = {}
local file = assert(io.open(os.getenv("NOMEN_LOAD_PATHS"), "r"))
for line in file:lines() do
  if #line > 0 then paths[#paths + 1] = line end
end
file:close()

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed)
end

function request()
  return wrk.format("GET", paths[math.random(1, #paths)])
end

function done(summary, latency, requests)
  io.write(string.format(
    "nomen-load: requests %d, errors connect %d read %d write %d status %d timeout %d, p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f req/s\n",
    summary.requests, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.status, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, summary.requests / (summary.duration / 1e6)))
end
