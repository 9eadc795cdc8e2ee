// The financing workflow's codes as coloured tags: application state and deadline.
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationState, Deadline, DeadlineStatus } from '../../api/applications';
import { formatDate } from '../../lib/format';
import { deadlineText } from '../../lib/workflow-format';

const STATE_COLORS: Record<ApplicationState, string> = {
  draft: 'default',
  submitted: 'blue',
  accepted: 'geekblue',
  info_requested: 'gold',
  approved: 'green',
  rejected: 'red',
  withdrawn: 'default',
  contract_signed: 'cyan',
  disbursed: 'green',
  repaying: 'blue',
  closed: 'default',
  overdue: 'volcano',
  defaulted: 'red',
  written_off: 'magenta',
};

/** Missed red, due soon orange, paused grey, as the review queue reads them. */
const DEADLINE_COLORS: Record<DeadlineStatus, string> = {
  none: 'default',
  on_time: 'blue',
  due_soon: 'orange',
  missed: 'red',
  paused: 'default',
  met: 'green',
  late: 'volcano',
};

/** A long label (English) wraps inside its table column instead of running into the next one. */
const WRAPPING = { marginInlineEnd: 0, whiteSpace: 'normal', maxWidth: '100%' } as const;

export function ApplicationStateTag({ state }: { state: ApplicationState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[state]} style={WRAPPING} data-testid="application-state" data-state={state}>
      {t(`workflow.states.${state}`)}
    </Tag>
  );
}

/** The deadline's status with the working days left; the date itself on hover unless shown beside it. */
export function DeadlineTag({ deadline, withDate = false }: { deadline: Deadline; withDate?: boolean }) {
  const { t, i18n } = useTranslation();
  if (deadline.status === 'none') return <>{t('common.none')}</>;
  const tag = (
    <Tag color={DEADLINE_COLORS[deadline.status]} style={WRAPPING} data-testid="deadline-status" data-status={deadline.status}>
      {deadlineText(t, deadline)}
    </Tag>
  );
  const date = t('workflow.deadline.on', { date: formatDate(deadline.on, i18n.language) });
  if (withDate) {
    return (
      <span>
        {tag} <span style={{ marginInlineStart: 6 }}>{date}</span>
      </span>
    );
  }
  return <Tooltip title={date}>{tag}</Tooltip>;
}
