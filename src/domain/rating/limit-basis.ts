// The credit-limit basis as data: a code and its parameters, for each reader to put in words in
// their own language (the web app, the PDF report). Ratings store the basis as the English sentence
// the scorer wrote; `limitBasisOf` reads it back into the code and parameters it was made from.
import type { Grade } from './expert-model.ts';

export type LimitBasis =
  | { code: 'limit.none'; params: { grade: string } }
  | {
      code: 'limit.revenue_ip';
      /** Money in integer fen. */
      params: { sharePercent: number; revenueFen: bigint; perClassIFen: bigint; classI: number; capFen: bigint };
    };

const yuanText = (yuan: number) => Math.round(yuan).toLocaleString('en');

/** The stored (English) sentence of a basis. */
export function limitBasisSentence(b: LimitBasis): string {
  if (b.code === 'limit.none') return `No unsecured limit at grade ${b.params.grade}`;
  const p = b.params;
  const y = (fen: bigint) => yuanText(Number(fen / 100n));
  return `${p.sharePercent}% of revenue ¥${y(p.revenueFen)} + ¥${y(p.perClassIFen)} × ${p.classI} Class-I IP, capped at ¥${y(p.capFen)}`;
}

export const noLimitBasis = (grade: Grade): LimitBasis => ({ code: 'limit.none', params: { grade } });

const yuanToFen = (digits: string) => BigInt(digits.replace(/,/g, '')) * 100n;

/** The code and parameters of a stored basis sentence; null for a sentence of another form. */
export function limitBasisOf(sentence: string): LimitBasis | null {
  const none = /^No unsecured limit at grade (\w+)$/.exec(sentence);
  if (none) return { code: 'limit.none', params: { grade: none[1]! } };
  const m = /^(\d+)% of revenue ¥(-?[\d,]+) \+ ¥([\d,]+) × (\d+) Class-I IP, capped at ¥([\d,]+)$/.exec(sentence);
  if (!m) return null;
  return { code: 'limit.revenue_ip', params: { sharePercent: Number(m[1]), revenueFen: yuanToFen(m[2]!), perClassIFen: yuanToFen(m[3]!), classI: Number(m[4]), capFen: yuanToFen(m[5]!) } };
}

const grouped = (fen: bigint) => {
  const yuan = fen / 100n;
  const sign = yuan < 0n ? '-' : '';
  return `${sign}${(yuan < 0n ? -yuan : yuan).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
};

/** The basis in words in a language (for text the server renders itself: the PDF report). */
export function describeLimitBasis(b: LimitBasis, language: 'zh-CN' | 'en'): string {
  if (language === 'en') return limitBasisSentence(b);
  if (b.code === 'limit.none') return `${b.params.grade} 级不给予信用额度`;
  const p = b.params;
  return `营业收入 ¥${grouped(p.revenueFen)} × ${p.sharePercent}% + ¥${grouped(p.perClassIFen)} × ${p.classI} 项I类知识产权，上限 ¥${grouped(p.capFen)}`;
}
