import { apiBenchmark } from './api.ts';
import { claimsBenchmark } from './claims.ts';
import { creditDatabaseBenchmark } from './credit-database.ts';
import { matchingBenchmark } from './matching.ts';
import { policyBenchmark } from './policy.ts';
import { ratingBenchmark } from './rating.ts';
import { reportBenchmark } from './report.ts';
import { roadshowBenchmark } from './roadshow.ts';
import { startupBenchmark } from './startup.ts';
import { webBenchmark } from './web.ts';
import { workflowBenchmark } from './workflow.ts';

export type Figures = Record<string, number | string>;
export interface Benchmark {
  name: string;
  description: string;
  run(): Promise<Figures>;
}

const BENCHMARKS: Benchmark[] = [startupBenchmark, apiBenchmark, creditDatabaseBenchmark, ratingBenchmark, reportBenchmark, matchingBenchmark, policyBenchmark, roadshowBenchmark, claimsBenchmark, workflowBenchmark, webBenchmark];

const args = process.argv.slice(2);
const json = args.includes('--json');
const names = args.filter((a) => !a.startsWith('--'));
const unknown = names.filter((n) => !BENCHMARKS.some((b) => b.name === n));
if (unknown.length) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Available: ${BENCHMARKS.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
const selected = names.length ? BENCHMARKS.filter((b) => names.includes(b.name)) : BENCHMARKS;

const results: { name: string; figures: Figures }[] = [];
for (const bench of selected) {
  if (!json) console.error(`running ${bench.name}: ${bench.description}`);
  results.push({ name: bench.name, figures: await bench.run() });
}
if (json) {
  console.log(JSON.stringify(results.length === 1 ? results[0]!.figures : Object.fromEntries(results.map((r) => [r.name, r.figures]))));
} else {
  console.log('\nbenchmark  figure                          value');
  console.log('---------  ------------------------------  ----------');
  for (const r of results) {
    for (const [k, v] of Object.entries(r.figures)) console.log(`${r.name.padEnd(9)}  ${k.padEnd(30)}  ${v}`);
  }
}
process.exit(0);
