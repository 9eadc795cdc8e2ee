// Every signed-in user's own notification settings: per topic, in the app and by e-mail. The
// e-mail switches are disabled while the platform sends no e-mail (the choices are still kept).
import { Alert, App, Card, Flex, Switch, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  getNotificationPreferences,
  setNotificationPreferences,
  type NotificationPreferences,
  type TopicPreference,
} from '../../api/notifications';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { errorMessage } from '../../lib/api-errors';
import { useAsync } from '../../lib/use-async';

type Channel = 'inApp' | 'email';

export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const loaded = useAsync((signal) => getNotificationPreferences(signal), []);
  const [preferences, setPreferences] = useState<NotificationPreferences>();
  const [saving, setSaving] = useState<string | null>(null);

  useEffect(() => {
    if (loaded.data) setPreferences(loaded.data);
  }, [loaded.data]);

  const change = async (preference: TopicPreference, channel: Channel, value: boolean) => {
    setSaving(`${preference.topic}.${channel}`);
    try {
      setPreferences(await setNotificationPreferences([{ ...preference, [channel]: value }]));
      message.success(t('notificationSettings.saved'));
    } catch (error) {
      message.error(errorMessage(t, error));
    } finally {
      setSaving(null);
    }
  };

  const emailConfigured = preferences?.emailConfigured ?? false;
  const channelSwitch = (p: TopicPreference, channel: Channel) => (
    <Switch
      checked={p[channel]}
      loading={saving === `${p.topic}.${channel}`}
      disabled={saving !== null || (channel === 'email' && !emailConfigured)}
      aria-label={`${t(`notificationSettings.topics.${p.topic}.name`)} · ${t(`notificationSettings.${channel}`)}`}
      data-testid={`preference-${p.topic}-${channel}`}
      onChange={(value) => void change(p, channel, value)}
    />
  );
  const columns: TableColumnsType<TopicPreference> = [
    {
      title: t('notificationSettings.topic'),
      dataIndex: 'topic',
      render: (_v, p) => (
        <Flex vertical>
          <Typography.Text strong>{t(`notificationSettings.topics.${p.topic}.name`)}</Typography.Text>
          <Typography.Text type="secondary">{t(`notificationSettings.topics.${p.topic}.description`)}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('notificationSettings.inApp'), key: 'inApp', width: 120, align: 'center', render: (_v, p) => channelSwitch(p, 'inApp') },
    {
      title: t('notificationSettings.email'),
      key: 'email',
      width: 120,
      align: 'center',
      render: (_v, p) => (emailConfigured ? channelSwitch(p, 'email') : <Tooltip title={t('notificationSettings.emailOffHint')}>{channelSwitch(p, 'email')}</Tooltip>),
    },
  ];

  return (
    <>
      <PageHeader title={t('notificationSettings.title')} description={t('notificationSettings.description')} testId="notification-settings-title" />
      {loaded.error ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      {preferences && !emailConfigured ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('notificationSettings.emailOff')} data-testid="email-not-configured" />
      ) : null}
      <Card>
        <Table<TopicPreference>
          rowKey="topic"
          pagination={false}
          loading={loaded.loading && !preferences}
          dataSource={preferences?.topics ?? []}
          columns={columns}
          data-testid="notification-preferences"
        />
      </Card>
    </>
  );
}
