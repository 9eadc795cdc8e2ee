// The service areas (src/services/<area>) depend on each other in one direction only: a cycle
// between areas (profile → rating → profile, say) means a piece sits in the wrong area. Imports are
// read with the TypeScript compiler's own pre-processor (import, export … from, import(), type-only
// imports too); tests are left out, they may reach anywhere.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

type Graph = Map<string, Map<string, string[]>>; // area → area it imports → the files that do

function serviceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return serviceFiles(file);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [file] : [];
  });
}

function areaGraph(root: string): Graph {
  const graph: Graph = new Map();
  const areaOf = (file: string) => {
    const relative = path.relative(root, file);
    return relative.startsWith('..') || !relative.includes(path.sep) ? null : relative.split(path.sep)[0]!;
  };
  for (const file of serviceFiles(root)) {
    const from = areaOf(file)!;
    const edges = graph.get(from) ?? new Map<string, string[]>();
    graph.set(from, edges);
    for (const imported of ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!imported.fileName.startsWith('.')) continue;
      const to = areaOf(path.resolve(path.dirname(file), imported.fileName));
      if (!to || to === from) continue;
      edges.set(to, [...(edges.get(to) ?? []), `${path.relative(root, file)} → ${imported.fileName}`]);
    }
  }
  return graph;
}

/** The groups of areas that reach each other (strongly connected components of two or more, Tarjan). */
function areaCycles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (area: string) => {
    index.set(area, next);
    low.set(area, next++);
    stack.push(area);
    onStack.add(area);
    for (const to of graph.get(area)?.keys() ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(area, Math.min(low.get(area)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(area, Math.min(low.get(area)!, index.get(to)!));
    }
    if (low.get(area) !== index.get(area)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== area);
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const area of [...graph.keys()].sort()) if (!index.has(area)) visit(area);
  return cycles;
}

const graphOf = (edges: Record<string, string[]>): Graph => new Map(Object.entries(edges).map(([from, tos]) => [from, new Map(tos.map((to) => [to, [`${from} → ${to}`]]))]));

describe('import cycles between service areas', () => {
  it('finds each group of areas that import each other, and nothing in a one-way graph', () => {
    expect(areaCycles(graphOf({ profile: ['rating', 'shared'], rating: ['profile', 'workflow'], workflow: ['marketplace'], marketplace: ['workflow'], shared: [] }))).toEqual([
      ['marketplace', 'workflow'],
      ['profile', 'rating'],
    ]);
    expect(areaCycles(graphOf({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([['a', 'b', 'c']]);
    expect(areaCycles(graphOf({ profile: ['rating', 'shared'], rating: ['workflow', 'shared'], workflow: ['marketplace'], marketplace: ['shared'], shared: [] }))).toEqual([]);
  });

  it('reads the areas of src/services and their imports', () => {
    const graph = areaGraph(path.resolve('src/services'));
    expect(graph.has('marketplace') && graph.has('shared')).toBe(true);
    expect(graph.get('marketplace')!.has('shared')).toBe(true);
  });

  it('has none in src/services', () => {
    const graph = areaGraph(path.resolve('src/services'));
    const found = areaCycles(graph).map((group) => ({
      areas: group,
      imports: group.flatMap((from) => group.flatMap((to) => graph.get(from)?.get(to) ?? [])),
    }));
    expect(found).toEqual([]);
  });
});
