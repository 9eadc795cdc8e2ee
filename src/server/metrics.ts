// Prometheus text exposition: request counts and latency histograms by route, and the database pool.
import type { PoolStats } from '../db/client.ts';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  count: number;
  sum: number;
  buckets: number[];
}

export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly latency = new Map<string, Series>();

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `method="${method}",route="${escape(route)}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    const lkey = `method="${method}",route="${escape(route)}"`;
    const s = this.latency.get(lkey) ?? { count: 0, sum: 0, buckets: BUCKETS.map(() => 0) };
    s.count++;
    s.sum += seconds;
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) s.buckets[i]!++;
    });
    this.latency.set(lkey, s);
  }

  render(pool: PoolStats, driver: string): string {
    const lines = [
      '# HELP kejin_http_requests_total HTTP requests by route and status.',
      '# TYPE kejin_http_requests_total counter',
      ...[...this.requests].map(([k, v]) => `kejin_http_requests_total{${k}} ${v}`),
      '# HELP kejin_http_request_duration_seconds HTTP request latency by route.',
      '# TYPE kejin_http_request_duration_seconds histogram',
    ];
    for (const [k, s] of this.latency) {
      BUCKETS.forEach((b, i) => lines.push(`kejin_http_request_duration_seconds_bucket{${k},le="${b}"} ${s.buckets[i]}`));
      lines.push(`kejin_http_request_duration_seconds_bucket{${k},le="+Inf"} ${s.count}`);
      lines.push(`kejin_http_request_duration_seconds_sum{${k}} ${s.sum.toFixed(6)}`);
      lines.push(`kejin_http_request_duration_seconds_count{${k}} ${s.count}`);
    }
    lines.push(
      '# HELP kejin_db_pool_connections Database connections by state.',
      '# TYPE kejin_db_pool_connections gauge',
      `kejin_db_pool_connections{driver="${driver}",state="total"} ${pool.total}`,
      `kejin_db_pool_connections{driver="${driver}",state="idle"} ${pool.idle}`,
      '# HELP kejin_db_pool_waiting Queries waiting for a connection.',
      '# TYPE kejin_db_pool_waiting gauge',
      `kejin_db_pool_waiting{driver="${driver}"} ${pool.waiting}`,
      '# HELP kejin_process_resident_memory_bytes Resident memory.',
      '# TYPE kejin_process_resident_memory_bytes gauge',
      `kejin_process_resident_memory_bytes ${process.memoryUsage().rss}`,
    );
    return lines.join('\n') + '\n';
  }
}

const escape = (s: string) => s.replace(/["\\\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
