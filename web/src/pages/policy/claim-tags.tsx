// A claim's state and a programme's status as coloured tags.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProgrammeStatus, SubsidyClaimState } from '../../api/policy';

const STATE_COLORS: Record<SubsidyClaimState, string> = {
  computed: 'default',
  published: 'blue',
  objected: 'orange',
  confirmed: 'cyan',
  approved: 'geekblue',
  paid: 'green',
  forfeited: 'default',
  rejected: 'red',
  clawed_back: 'magenta',
};

/** A long label (English) wraps inside its table column instead of running into the next one. */
const WRAPPING = { marginInlineEnd: 0, whiteSpace: 'normal', maxWidth: '100%' } as const;

export function ClaimStateTag({ state }: { state: SubsidyClaimState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[state]} style={WRAPPING} data-testid="claim-state" data-state={state}>
      {t(`policy.states.${state}`)}
    </Tag>
  );
}

export function ProgrammeStatusTag({ status }: { status: ProgrammeStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'published' ? 'green' : 'gold'} style={WRAPPING} data-testid="programme-status" data-status={status}>
      {t(`policy.programmeStatuses.${status}`)}
    </Tag>
  );
}
