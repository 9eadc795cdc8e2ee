// The application's history, oldest first: each move's new state, who made it, when, and the reason
// or comment given.
import { Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationState, TimelineEvent } from '../../api/applications';
import { formatDateTime } from '../../lib/format';
import { labelOr } from '../../lib/labels';
import { ApplicationStateTag } from './workflow-tags';

const DOT_COLORS: Partial<Record<ApplicationState, string>> = {
  approved: 'green',
  disbursed: 'green',
  closed: 'gray',
  withdrawn: 'gray',
  rejected: 'red',
  defaulted: 'red',
  written_off: 'red',
  overdue: 'orange',
  info_requested: 'orange',
};

export function ApplicationTimeline({ events }: { events: TimelineEvent[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Timeline
      data-testid="application-timeline"
      items={events.map((e) => ({
        key: `${e.version}`,
        color: DOT_COLORS[e.to] ?? 'blue',
        children: (
          <Flex vertical gap={2} data-testid="timeline-event" data-state={e.to}>
            <Flex gap={8} align="center" wrap>
              <ApplicationStateTag state={e.to} />
              <Typography.Text type="secondary">{formatDateTime(e.at, i18n.language)}</Typography.Text>
              {e.actorEmail ? <Typography.Text type="secondary">· {e.actorEmail}</Typography.Text> : <Typography.Text type="secondary">· {t('workflow.timeline.platform')}</Typography.Text>}
            </Flex>
            {e.reason ? (
              <Typography.Text>
                {t('workflow.timeline.reason')}
                {labelOr(t, `workflow.reasons.${e.reason}`, e.reason)}
              </Typography.Text>
            ) : null}
            {e.comment ? (
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="timeline-comment">
                {e.comment}
              </Typography.Text>
            ) : null}
          </Flex>
        ),
      }))}
    />
  );
}
