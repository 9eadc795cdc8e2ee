// Filters of the enterprise list beyond search and park: industry, qualification, size, completeness.
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EnterpriseQuery } from '../../api/enterprises';
import { QUALIFICATION_KINDS, type QualificationKind } from '../../api/profile';
import { IndustryFilter } from '../../components/industry-filter';
import { enumLabel } from '../../lib/labels';

type Range = readonly [min: number | undefined, max: number | undefined];

const SIZE_BANDS = {
  lt20: [undefined, 19],
  b20: [20, 99],
  b100: [100, 299],
  b300: [300, 999],
  ge1000: [1000, undefined],
} as const satisfies Record<string, Range>;

const COMPLETENESS_BANDS = {
  lt40: [undefined, 39],
  b40: [40, 69],
  b70: [70, 89],
  ge90: [90, undefined],
} as const satisfies Record<string, Range>;

type SizeBand = keyof typeof SIZE_BANDS;
type CompletenessBand = keyof typeof COMPLETENESS_BANDS;

/** The band whose range the query holds, if any. */
function bandOf<B extends string>(bands: Record<B, Range>, min: number | undefined, max: number | undefined): B | undefined {
  return (Object.keys(bands) as B[]).find((band) => bands[band][0] === min && bands[band][1] === max);
}

export function EnterpriseFilters({ query, onChange }: { query: EnterpriseQuery; onChange: (patch: Partial<EnterpriseQuery>) => void }) {
  const { t } = useTranslation();
  const sizeBands = Object.keys(SIZE_BANDS) as SizeBand[];
  const completenessBands = Object.keys(COMPLETENESS_BANDS) as CompletenessBand[];

  return (
    <>
      <IndustryFilter placeholder={t('enterprises.industryFilter')} defaultValue={query.industryCode} onSearch={(industryCode) => onChange({ industryCode })} testId="enterprise-industry-filter" />
      <Select<QualificationKind>
        allowClear
        placeholder={t('enterprises.qualificationFilter')}
        aria-label={t('enterprises.qualificationFilter')}
        style={{ width: 200 }}
        options={QUALIFICATION_KINDS.map((kind) => ({ value: kind, label: enumLabel(t, 'qualificationKind', kind) }))}
        value={query.qualification}
        onChange={(qualification) => onChange({ qualification })}
        data-testid="enterprise-qualification-filter"
      />
      <Select<SizeBand>
        allowClear
        placeholder={t('enterprises.sizeFilter')}
        aria-label={t('enterprises.sizeFilter')}
        style={{ width: 170 }}
        value={query.employeesMin === undefined && query.employeesMax === undefined ? undefined : bandOf<SizeBand>(SIZE_BANDS, query.employeesMin, query.employeesMax)}
        options={sizeBands.map((band) => ({ value: band, label: t(`enterprises.sizeBands.${band}`) }))}
        onChange={(band) => {
          const [employeesMin, employeesMax] = band ? SIZE_BANDS[band] : [undefined, undefined];
          onChange({ employeesMin, employeesMax });
        }}
        data-testid="enterprise-size-filter"
      />
      <Select<CompletenessBand>
        allowClear
        placeholder={t('enterprises.completenessFilter')}
        aria-label={t('enterprises.completenessFilter')}
        style={{ width: 190 }}
        value={query.completenessMin === undefined && query.completenessMax === undefined ? undefined : bandOf<CompletenessBand>(COMPLETENESS_BANDS, query.completenessMin, query.completenessMax)}
        options={completenessBands.map((band) => ({ value: band, label: t(`enterprises.completenessBands.${band}`) }))}
        onChange={(band) => {
          const [completenessMin, completenessMax] = band ? COMPLETENESS_BANDS[band] : [undefined, undefined];
          onChange({ completenessMin, completenessMax });
        }}
        data-testid="enterprise-completeness-filter"
      />
    </>
  );
}
