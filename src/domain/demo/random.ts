// A small seeded PRNG (sfc32, seeded through splitmix32) so demo data is reproducible.
// Not for anything secret: it is fast and statistically decent, nothing more.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Uniform in [min, max). */
  float(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks a value with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** Normally distributed (Box–Muller). */
  normal(mean?: number, sd?: number): number;
}

/** splitmix32: spreads a seed's bits so nearby seeds give unrelated streams. */
function splitmix32(state: number): () => number {
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** Folds any finite number (including negatives and seeds above 2^32) into 32 bits. */
function seedBits(seed: number): number {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const whole = Math.trunc(seed);
  const high = Math.floor(whole / 4294967296);
  return (whole ^ Math.imul(high, 0x27d4eb2d)) >>> 0;
}

export function createRandom(seed: number): Random {
  const mix = splitmix32(seedBits(seed));
  const next = sfc32(mix(), mix(), mix(), mix());
  for (let i = 0; i < 12; i++) next(); // discard the first outputs, as sfc32's authors advise

  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    weighted: (entries) => weightedPick(entries, next()),
    normal: (mean = 0, sd = 1) => {
      const u = 1 - next(); // (0, 1], so the log is finite
      return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
  };
}

function weightedPick<T>(entries: readonly (readonly [T, number])[], u: number): T {
  let total = 0;
  for (const [, weight] of entries) total += weight;
  if (!(total > 0)) throw new RangeError('weighted pick needs a positive total weight');
  let target = u * total;
  for (const [value, weight] of entries) {
    target -= weight;
    if (target < 0) return value;
  }
  return entries[entries.length - 1]![0]; // only reached through floating-point rounding
}

/** FNV-1a: a stable 32-bit seed from a string, for data keyed by name rather than by run. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
