// A products array packed into parallel typed arrays, built once per array (the market hands the
// same array to every request until the products change). Ranking one enterprise against 10,000
// products then walks numbers instead of objects: its park's product positions, each product's
// distinct-check ids, its cost and its institution's number.
import type { Check, CompiledProduct } from './compile.ts';
import type { ProductKind } from './products.ts';

export interface ProductSet {
  size: number;
  /** Checks of product i: flat[checkStart[i] .. checkStart[i + 1]). */
  checkStart: Uint32Array;
  checkIds: Int32Array;
  checks: readonly Check[];
  cost: Float64Array;
  /** Institution number of each product, into `institutionIds`. */
  institution: Uint32Array;
  institutionIds: readonly string[];
  kind: readonly ProductKind[];
  /** Positions of the products offered in a park, made when first asked. */
  inPark(park: string): Uint32Array;
}

const sets = new WeakMap<readonly CompiledProduct[], ProductSet>();

export function productSetOf(products: readonly CompiledProduct[]): ProductSet {
  let set = sets.get(products);
  if (!set) sets.set(products, (set = pack(products)));
  return set;
}

function pack(products: readonly CompiledProduct[]): ProductSet {
  const n = products.length;
  const checkStart = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) checkStart[i + 1] = checkStart[i]! + products[i]!.checks.length;
  const checks = products.flatMap((p) => p.checks);
  const institutionNumbers = new Map<string, number>();
  const institution = Uint32Array.from(products, (p) => {
    const id = p.product.institutionId;
    let k = institutionNumbers.get(id);
    if (k === undefined) institutionNumbers.set(id, (k = institutionNumbers.size));
    return k;
  });
  const byPark = new Map<string, Uint32Array>();
  return {
    size: n,
    checkStart,
    checkIds: Int32Array.from(checks, (c) => c.id),
    checks,
    cost: Float64Array.from(products, (p) => p.cost),
    institution,
    institutionIds: [...institutionNumbers.keys()],
    kind: products.map((p) => p.product.kind),
    inPark(park) {
      let positions = byPark.get(park);
      if (!positions) {
        const found: number[] = [];
        for (let i = 0; i < n; i++) if (products[i]!.parks.has(park)) found.push(i);
        byPark.set(park, (positions = Uint32Array.from(found)));
      }
      return positions;
    },
  };
}
