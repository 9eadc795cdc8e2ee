// Step 1 of an import: what the file holds, and its template to fill in.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS, templateUrl, type ImportKind } from '../../api/imports';

interface Props {
  kind: ImportKind;
  onChange: (kind: ImportKind) => void;
  onNext: () => void;
}

export function KindStep({ kind, onChange, onNext }: Props) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Radio.Group value={kind} onChange={(event) => onChange(event.target.value as ImportKind)} style={{ width: '100%' }} data-testid="import-kind">
        <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fit, minmax(240px, 1fr))' }}>
          {IMPORT_KINDS.map((k) => (
            <Card
              key={k}
              size="small"
              hoverable
              onClick={() => onChange(k)}
              style={{ borderColor: k === kind ? '#1556b8' : undefined, height: '100%' }}
            >
              <Radio value={k} data-testid={`import-kind-${k}`}>
                <Typography.Text strong>{t(`imports.kinds.${k}`)}</Typography.Text>
              </Radio>
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', paddingInlineStart: 24 }}>
                {t(`imports.kindHelp.${k}`)}
              </Typography.Paragraph>
            </Card>
          ))}
        </div>
      </Radio.Group>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Space wrap>
          <Typography.Text>{t('imports.template')}:</Typography.Text>
          <Button icon={<DownloadOutlined />} href={templateUrl(kind, 'xlsx')} download data-testid="template-xlsx">
            {t('imports.templateXlsx')}
          </Button>
          <Button icon={<DownloadOutlined />} href={templateUrl(kind, 'csv')} download data-testid="template-csv">
            {t('imports.templateCsv')}
          </Button>
        </Space>
        <Button type="primary" onClick={onNext} data-testid="import-next">
          {t('imports.next')}
        </Button>
      </Flex>
    </Flex>
  );
}
