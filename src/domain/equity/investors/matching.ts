// How a directory filter reads a profile: an investor listing an industry at a higher level
// ('C27' pharmaceuticals) invests in every class below it ('C2761' chemical drugs).
import { industryPath } from '../../../../shared/codes/industries.ts';

/** The codes whose investors cover `code`: the code itself and every level above it. */
export function industryCodesCovering(code: string): string[] {
  const path = industryPath(code).map((industry) => industry.code);
  return path.length > 0 ? path : [code];
}

/** Whether a ticket range [min, max] meets an amount the enterprise seeks. */
export function ticketCovers(range: { ticketMinFen: bigint; ticketMaxFen: bigint }, amountFen: bigint): boolean {
  return range.ticketMinFen <= amountFen && amountFen <= range.ticketMaxFen;
}

/** The region codes whose investors cover `code`: the district, its city and its province (GB/T 2260 levels). */
export function regionCodesCovering(code: string): string[] {
  if (!/^\d{6}$/.test(code)) return [code];
  return [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];
}
