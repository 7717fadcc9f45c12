// Preloaded with `node -r` into a measured child: on exit, writes its peak RSS (bytes), CPU time and uptime to BENCH_PROBE_OUT.
import { writeFileSync } from 'fs';

const out = process.env.BENCH_PROBE_OUT;
if (out) {
  process.on('exit', (code) => {
    // resourceUsage().maxRSS is in kilobytes
    const usage = process.resourceUsage();
    // CPU time (µs) alongside wall time: on a shared machine wall time also measures the neighbours.
    writeFileSync(out, JSON.stringify({ maxRssBytes: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, uptimeMs: process.uptime() * 1000, code }));
  });
}
