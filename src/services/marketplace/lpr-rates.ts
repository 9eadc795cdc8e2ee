// The LPR the marketplace prices products on: the loaded fixing in force on the day (lpr_fixings,
// the same data disbursements use), never a compiled-in list.
import type { Executor } from '../../db/client.ts';
import { findLprFixingInForce } from '../../db/repositories/lpr-fixings.ts';
import type { LprTenor } from '../../domain/marketplace/products.ts';
import { lprRatesOf } from '../../domain/marketplace/lpr.ts';
import { fail } from '../../domain/shared/errors.ts';

export async function marketLprOn(db: Executor, date: string): Promise<Record<LprTenor, number>> {
  const fixing = await findLprFixingInForce(db, date);
  if (!fixing) throw fail('lpr.none_loaded');
  return lprRatesOf(fixing);
}
