// An enterprise's fundraising: the rounds it names, the states of its profile, the kinds of
// document it shares (one pitch deck, any number of data-room papers, PDF only) with their size
// caps, and the bands an investor without access sees the amount sought in. Both sides read these.

/** The round being raised, earliest first. */
export const FUNDRAISING_ROUNDS = ['angel', 'seed', 'pre_a', 'series_a', 'series_b', 'series_c', 'later', 'pre_ipo', 'strategic'] as const;
export type FundraisingRound = (typeof FUNDRAISING_ROUNDS)[number];

export const FUNDRAISING_STATUSES = ['open', 'closed'] as const;
export type FundraisingStatus = (typeof FUNDRAISING_STATUSES)[number];

export const FUNDRAISING_DOCUMENT_KINDS = ['pitch_deck', 'data_room'] as const;
export type FundraisingDocumentKind = (typeof FUNDRAISING_DOCUMENT_KINDS)[number];

/** A pitch deck or data-room paper is a PDF of at most 20 MiB (decks carry images; the proof cap of 2 MiB is too small). */
export const MAX_FUNDRAISING_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const MAX_FUNDRAISING_DOCUMENT_MB = MAX_FUNDRAISING_DOCUMENT_BYTES / (1024 * 1024);

/** At most this many milestones on a profile. */
export const MAX_MILESTONES = 20;

/**
 * The bands of the amount sought, in yuan, that a masked summary shows instead of the amount:
 * each band is [from, below) and the last has no upper end.
 */
export const AMOUNT_BANDS = ['under_5m', '5m_20m', '20m_50m', '50m_100m', '100m_plus'] as const;
export type AmountBand = (typeof AMOUNT_BANDS)[number];
const YUAN_10K_FEN = 1_000_000n; // 万元 in fen
const BAND_FLOORS_FEN: readonly bigint[] = [0n, 500n * YUAN_10K_FEN, 2000n * YUAN_10K_FEN, 5000n * YUAN_10K_FEN, 10000n * YUAN_10K_FEN];

/** The band an amount sought falls in. */
export function amountBandOf(amountFen: bigint): AmountBand {
  let band = 0;
  BAND_FLOORS_FEN.forEach((floor, i) => {
    if (amountFen >= floor) band = i;
  });
  return AMOUNT_BANDS[band]!;
}
