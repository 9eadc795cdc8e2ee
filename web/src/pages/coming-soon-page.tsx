// A capability that is planned: its name and a sentence on what it will do. No made-up data.
import { ClockCircleOutlined } from '@ant-design/icons';
import { Card, Result, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/page-header';
import type { NavLabelKey, SoonKey } from '../navigation';

export function ComingSoonPage({ label, description }: { label: NavLabelKey; description?: SoonKey }) {
  const { t } = useTranslation();
  const name = t(label);
  return (
    <>
      <PageHeader title={name} extra={<Tag color="blue">{t('common.comingSoon')}</Tag>} />
      <Card data-testid="coming-soon">
        <Result
          icon={<ClockCircleOutlined style={{ color: '#1556b8' }} />}
          title={t('soon.title', { name })}
          subTitle={description ? t(description) : undefined}
        />
      </Card>
    </>
  );
}
