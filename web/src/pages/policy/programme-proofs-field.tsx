// The editor's block for the proofs a programme requires: rows of a kind and who provides it.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PROOF_KINDS, PROOF_PROVIDERS } from '../../api/policy';

export function ProgrammeProofsField() {
  const { t } = useTranslation();
  return (
    <Card title={t('policy.proofs.editorTitle')} data-testid="programme-proofs-field">
      <Typography.Paragraph type="secondary">{t('policy.proofs.editorHelp')}</Typography.Paragraph>
      <Form.List name="proofs">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="start" wrap>
                <Form.Item name={[field.name, 'kind']} rules={[{ required: true, message: t('validation.required', { field: t('policy.proofs.kind') }) }]} style={{ flex: 2, minWidth: 200, marginBottom: 0 }}>
                  <Select aria-label={t('policy.proofs.kind')} options={PROOF_KINDS.map((k) => ({ value: k, label: t(`policy.proofKinds.${k}`) }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'by']} rules={[{ required: true, message: t('validation.required', { field: t('policy.proofs.provider') }) }]} style={{ flex: 1, minWidth: 140, marginBottom: 0 }}>
                  <Select aria-label={t('policy.proofs.provider')} options={PROOF_PROVIDERS.map((b) => ({ value: b, label: t(`policy.proofProviders.${b}`) }))} />
                </Form.Item>
                <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('policy.proofs.remove')} />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ by: 'enterprise' })} data-testid="programme-proof-add" style={{ alignSelf: 'flex-start' }}>
              {t('policy.proofs.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Card>
  );
}
