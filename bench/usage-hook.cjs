// Loaded with `node --require` into every process a benchmark measures: at exit, writes the
// process's peak RSS (KB) and CPU time (user + system, all threads) to $REVIEW_YAML_BENCH_USAGE.
const { writeFileSync } = require('node:fs');

const file = process.env.REVIEW_YAML_BENCH_USAGE;
// Worker threads load the hook too: only the main thread writes, once, for the whole process.
if (file && require('node:worker_threads').isMainThread)
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
  });
