// What an investor without the data room sees of a fundraising: the round, the band of the amount
// sought, the enterprise's industry and park, and nothing of the valuation, the use of funds, the
// milestones or the documents.
import { amountBandOf, type AmountBand } from '../../../../shared/fundraising.ts';
import type { FundraisingRound, FundraisingStatus } from '../../../../shared/fundraising.ts';
import { MAX_FUNDRAISING_DOCUMENT_BYTES } from '../../../../shared/fundraising.ts';
import type { DocumentRule } from '../../documents/sniff.ts';

/** A pitch deck or data-room paper: a PDF by its bytes, at most 20 MiB. */
export const FUNDRAISING_DOCUMENT_RULE: DocumentRule = { types: ['application/pdf'], maxBytes: MAX_FUNDRAISING_DOCUMENT_BYTES };

export interface MaskedFundraising {
  round: FundraisingRound;
  amountBand: AmountBand;
  status: FundraisingStatus;
}

export function maskFundraising(profile: { round: string; amountSoughtFen: bigint; status: string }): MaskedFundraising {
  return { round: profile.round as FundraisingRound, amountBand: amountBandOf(profile.amountSoughtFen), status: profile.status as FundraisingStatus };
}
