// Why a product's leads may be empty while its editor counts eligible enterprises: leads are drawn
// only from the parks that approved the product, while the editor's preview counts every park.
import type { ProductPark } from '../../api/marketplace';

export type LeadsReach =
  /** Approved in at least one park: leads are the eligible enterprises there. */
  | { kind: 'offered'; parks: string[] }
  /** Waiting for the parks' approval: no leads until one approves. */
  | { kind: 'awaiting_parks'; parks: string[] }
  /** Every park it asked for declined it. */
  | { kind: 'rejected'; parks: string[] }
  /** Not offered in any park yet. */
  | { kind: 'no_parks' };

export function leadsReach(parks: readonly Pick<ProductPark, 'parkName' | 'status'>[]): LeadsReach {
  const named = (status: ProductPark['status']) => parks.filter((p) => p.status === status).map((p) => p.parkName);
  const approved = named('approved');
  if (approved.length) return { kind: 'offered', parks: approved };
  const pending = named('pending');
  if (pending.length) return { kind: 'awaiting_parks', parks: pending };
  const rejected = named('rejected');
  return rejected.length ? { kind: 'rejected', parks: rejected } : { kind: 'no_parks' };
}
