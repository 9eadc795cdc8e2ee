// A ranked match as the API returns it (the acceptance interface): texts in one language, built
// only for the page shown.
import { explainMatch } from '../../domain/marketplace/explain-match.ts';
import type { CodeNames, Text } from '../../domain/marketplace/explain.ts';
import type { EnterpriseFacts } from '../../domain/marketplace/facts.ts';
import type { MatchContext, RankedMatch } from '../../domain/marketplace/match.ts';
import type { NeedTerms } from '../../domain/marketplace/products.ts';
import type { LoanType, ProductKind } from '../../../shared/marketplace.ts';

export type Lang = 'zh-CN' | 'en';

export interface MatchItem {
  productId: string;
  institutionId: string;
  institutionName: string;
  productName: string;
  kind: ProductKind;
  loanType: LoanType | null;
  eligible: boolean;
  score: number;
  reasons: string[];
  unmet: { rule: string; fact: string; actual: number | string | null; required: string; advice: string }[];
}

export const say = (text: Text, lang: Lang) => (lang === 'en' ? text.en : text.zh);

export function presentMatch(
  match: RankedMatch,
  facts: EnterpriseFacts,
  ctx: MatchContext,
  names: { institution: (id: string) => string; product: (id: string) => string; parks: CodeNames },
  lang: Lang,
  need?: NeedTerms,
): MatchItem {
  const p = match.product.product;
  const e = explainMatch(match, facts, ctx, need, names.parks);
  return {
    productId: p.id,
    institutionId: p.institutionId,
    institutionName: names.institution(p.institutionId),
    productName: names.product(p.id),
    kind: p.kind,
    loanType: p.loanType,
    eligible: match.eligible,
    score: match.score,
    reasons: e.reasons.map((r) => say(r, lang)),
    unmet: e.unmet.map((u) => ({ rule: u.rule, fact: u.fact, actual: u.actual, required: say(u.required, lang), advice: say(u.advice, lang) })),
  };
}
