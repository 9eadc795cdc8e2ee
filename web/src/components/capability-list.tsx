// The role's planned capabilities, each with a sentence on what it will do.
import { Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RoleSection } from '../navigation';

export function CapabilityList({ section, title }: { section: RoleSection; title: string }) {
  const { t } = useTranslation();
  const planned = section.items.filter((item) => item.soon);
  if (!planned.length) return null;
  return (
    <Card title={title}>
      <List
        itemLayout="horizontal"
        dataSource={planned}
        renderItem={(item) => (
          <List.Item>
            <List.Item.Meta
              avatar={<span style={{ fontSize: 20, color: '#1556b8' }}>{item.icon}</span>}
              title={<Link to={`${section.base}/${item.path}`}>{t(item.label)}</Link>}
              description={item.soon ? <Typography.Text type="secondary">{t(item.soon)}</Typography.Text> : null}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
