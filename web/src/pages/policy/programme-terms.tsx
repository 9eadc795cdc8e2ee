// A programme's key terms in words: kind, park, validity, share, grade, caps, budget and its rule,
// stacking, the publication and confirmation periods, the rate cap, the proofs a claim needs.
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../api/policy';
import { formatDate, localName } from '../../lib/format';
import { labelOr } from '../../lib/labels';
import { formatFen } from '../../lib/money';
import { formatPercent } from '../../lib/policy-format';
import { proofsOf } from './programme-form';
import { formatDecimalRate, formatSpread } from '../../lib/workflow-format';

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});

export function ProgrammeTerms({ programme: p }: { programme: Pick<Programme, 'kind' | 'park' | 'validFrom' | 'validTo' | 'share' | 'minGrade' | 'capPerEnterpriseYearFen' | 'budgetFen' | 'programme'> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const caps = obj(p.programme.caps);
  const proofs = proofsOf(p.programme.proofs);
  const rateCap = p.programme.formula ? obj(obj(p.programme.formula).rateCap) : {};
  const perLoan = typeof caps.perLoanFen === 'number' ? formatFen(caps.perLoanFen) : t('policy.noCap');
  const cap = rateCap.base
    ? `${labelOr(t, `policy.lprBases.${String(rateCap.base)}`, '')} × ${typeof rateCap.times === 'string' ? rateCap.times : '1'}${typeof rateCap.plusBp === 'number' && rateCap.plusBp ? ` ${formatSpread(rateCap.plusBp)}` : ''}`
    : t('policy.noCap');
  const items = [
    { key: 'kind', label: t('policy.fields.kind'), children: t(`policy.kinds.${p.kind}`) },
    { key: 'park', label: t('policy.fields.park'), children: p.park ? localName({ name: p.park.name, nameEn: p.park.nameEn }, language) : t('policy.cityWide') },
    { key: 'validity', label: t('policy.fields.validity'), children: t('policy.periodValue', { from: formatDate(p.validFrom, language), to: formatDate(p.validTo, language) }) },
    { key: 'share', label: t('policy.fields.share'), children: formatPercent(p.share) },
    { key: 'minGrade', label: t('policy.fields.minGrade'), children: p.minGrade ? t('policy.gradeAtLeast', { grade: p.minGrade }) : t('policy.anyGrade') },
    ...(p.kind === 'interest_subsidy' ? [{ key: 'rateCap', label: t('policy.editor.rateCap'), children: cap }] : []),
    ...(typeof obj(p.programme.loanRules).maxFeeRate === 'string' ? [{ key: 'maxFeeRate', label: t('policy.editor.maxFeeRate'), children: formatDecimalRate(String(obj(p.programme.loanRules).maxFeeRate)) }] : []),
    { key: 'capPerYear', label: t('policy.fields.capPerYear'), children: p.capPerEnterpriseYearFen === null ? t('policy.noCap') : formatFen(p.capPerEnterpriseYearFen) },
    { key: 'perLoan', label: t('policy.fields.capPerLoan'), children: perLoan },
    { key: 'budget', label: t('policy.fields.budget'), children: formatFen(p.budgetFen) },
    { key: 'budgetRule', label: t('policy.editor.budgetRule'), children: labelOr(t, `policy.budgetRules.${String(p.programme.budgetRule)}`, '') },
    { key: 'stacking', label: t('policy.editor.stacking'), children: labelOr(t, `policy.stacking.${String(p.programme.stacking)}`, '') },
    { key: 'objectionDays', label: t('policy.editor.objectionDays'), children: String(p.programme.objectionDays ?? '—') },
    { key: 'confirmDays', label: t('policy.editor.confirmDays'), children: String(p.programme.confirmDays ?? '—') },
    {
      key: 'proofs',
      label: t('policy.proofs.termsLabel'),
      span: 2,
      children: proofs.length ? <span data-testid="programme-proofs">{proofs.map((r) => `${t(`policy.proofKinds.${r.kind}`)}（${t(`policy.proofProviders.${r.by}`)}）`).join(language.startsWith('en') ? ', ' : '、')}</span> : t('policy.proofs.none'),
    },
  ];
  return <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} items={items} data-testid="programme-terms" />;
}
