import { describe, expect, it } from 'vitest';
import { trainGbdt } from './index.ts';
import { mixedData } from './synthetic.ts';

interface NodeJSON {
  feature?: number;
  threshold?: number | null;
  leftCategories?: string[];
  missing?: 'left' | 'right';
  left?: number;
  right?: number;
  value?: number;
  cover: number;
}
interface ModelJSON {
  baseScore: number;
  features: { name: string }[];
  trees: { nodes: NodeJSON[] }[];
}
type Raw = number | string | null;

const logit = (p: number) => Math.log(p / (1 - p));

function routesLeft(node: NodeJSON, value: Raw): boolean {
  if (value === null) return node.missing === 'left';
  if (typeof value === 'string') return node.leftCategories!.includes(value);
  return node.threshold === null || value <= node.threshold!;
}

/** E[tree | features in `known` fixed to the row], averaging unknown splits by cover. */
function conditional(nodes: NodeJSON[], i: number, row: Raw[], known: Set<number>): number {
  const node = nodes[i]!;
  if (node.feature === undefined) return node.value!;
  if (known.has(node.feature)) return conditional(nodes, routesLeft(node, row[node.feature]!) ? node.left! : node.right!, row, known);
  const [l, r] = [nodes[node.left!]!, nodes[node.right!]!];
  return (l.cover * conditional(nodes, node.left!, row, known) + r.cover * conditional(nodes, node.right!, row, known)) / node.cover;
}

/** Shapley values by enumerating every coalition: slow, but obviously right. */
function bruteForceShapley(model: ModelJSON, row: Raw[]): { base: number; phi: number[] } {
  const m = model.features.length;
  const value = (known: Set<number>) => model.trees.reduce((s, t) => s + conditional(t.nodes, 0, row, known), model.baseScore);
  const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
  const phi = new Array<number>(m).fill(0);
  for (let mask = 0; mask < 1 << m; mask++) {
    const known = new Set([...Array(m).keys()].filter((f) => mask & (1 << f)));
    for (let f = 0; f < m; f++) {
      if (known.has(f)) continue;
      const weight = (factorial(known.size) * factorial(m - known.size - 1)) / factorial(m);
      phi[f]! += weight * (value(new Set([...known, f])) - value(known));
    }
  }
  return { base: value(new Set()), phi };
}

describe('explain (TreeSHAP)', () => {
  const data = mixedData({ rows: 1500, seed: 11 });
  const model = trainGbdt(data, { seed: 11, maxRounds: 25, maxLeaves: 8 });

  it('contributions plus the base add up to the predicted log-odds', () => {
    for (const row of [0, 1, 2, 17, 99, 500, 1499]) {
      const { baseLogOdds, contributions } = model.explain(data, row);
      const total = contributions.reduce((s, c) => s + c.contribution, baseLogOdds);
      expect(total).toBeCloseTo(logit(model.predict(data, row)), 9);
    }
  });

  it('equals exact Shapley values of the path-dependent expectation', () => {
    const json = model.toJSON() as ModelJSON;
    const names = json.features.map((f) => f.name);
    for (const row of [3, 42, 777]) {
      const { baseLogOdds, contributions } = model.explain(data, row);
      const byName = new Map(contributions.map((c) => [c.feature, c]));
      const { base, phi } = bruteForceShapley(json, names.map((n) => byName.get(n)!.value));
      expect(baseLogOdds).toBeCloseTo(base, 9);
      names.forEach((n, f) => expect(byName.get(n)!.contribution).toBeCloseTo(phi[f]!, 9));
    }
  });

  it('reports raw values, null for missing, largest effect first', () => {
    const region = data.features[0]!;
    const row = region.kind === 'categorical' ? region.codes.indexOf(-1) : -1;
    const { contributions } = model.explain(data, row);
    expect(contributions.find((c) => c.feature === 'region')!.value).toBeNull();
    const sizes = contributions.map((c) => Math.abs(c.contribution));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const drivers = contributions.slice(0, 2).map((c) => c.feature).sort();
    expect(drivers).toEqual(['amount', 'region']);
  });
});
