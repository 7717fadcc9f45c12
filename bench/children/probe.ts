// Preloaded with `node -r` into a measured child: on exit, writes its peak RSS (bytes) and uptime to BENCH_PROBE_OUT.
import { writeFileSync } from 'fs';

const out = process.env.BENCH_PROBE_OUT;
if (out) {
  process.on('exit', (code) => {
    // resourceUsage().maxRSS is in kilobytes
    writeFileSync(out, JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024, uptimeMs: process.uptime() * 1000, code }));
  });
}
