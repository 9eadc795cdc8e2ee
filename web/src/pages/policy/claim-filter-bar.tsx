// The claims lists' filters: the programme (by name) and the state.
import { Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SUBSIDY_CLAIM_STATES, type Programme, type SubsidyClaimState } from '../../api/policy';
import { EnumSelect } from '../../components/enum-select';
import { programmeName } from './use-policy-names';

export interface ClaimFilters {
  programme?: string;
  state?: SubsidyClaimState;
}

interface ClaimFilterBarProps {
  programmes: readonly Programme[];
  query: ClaimFilters;
  setFilters: (filters: Partial<ClaimFilters>) => void;
  /** The filters' test ids, as `<prefix>-programme-filter` and `<prefix>-state-filter`. */
  testPrefix?: string;
}

export function ClaimFilterBar({ programmes, query, setFilters, testPrefix }: ClaimFilterBarProps) {
  const { t, i18n } = useTranslation();
  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }}>
      <Select
        allowClear
        style={{ width: 240 }}
        placeholder={t('policy.claims.programmeFilter')}
        aria-label={t('policy.claims.programmeFilter')}
        value={query.programme}
        options={programmes.map((p) => ({ value: p.id, label: programmeName(p, i18n.language) }))}
        onChange={(programme?: string) => setFilters({ programme: programme ?? undefined })}
        {...(testPrefix ? { 'data-testid': `${testPrefix}-programme-filter` } : {})}
      />
      <EnumSelect
        values={SUBSIDY_CLAIM_STATES}
        label={(s) => t(`policy.states.${s}`)}
        placeholder={t('policy.claims.stateFilter')}
        width={200}
        value={query.state}
        onChange={(state) => setFilters({ state })}
        {...(testPrefix ? { testId: `${testPrefix}-state-filter` } : {})}
      />
    </Flex>
  );
}
