// The editor's repeated rows: team members, and portfolio companies (a company on the platform keeps its link).
import { Button, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { INVESTMENT_STAGES } from '../../api/investors';

export function TeamFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="team">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} wrap align="start" data-testid="investor-team-row">
              <Form.Item name={[field.name, 'name']} rules={[{ required: true, message: t('investors.editor.required') }]}>
                <Input placeholder={t('investors.editor.memberName')} aria-label={t('investors.editor.memberName')} maxLength={100} style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'title']} rules={[{ required: true, message: t('investors.editor.required') }]}>
                <Input placeholder={t('investors.editor.memberTitle')} aria-label={t('investors.editor.memberTitle')} maxLength={100} style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'email']}>
                <Input placeholder={t('investors.editor.memberEmail')} aria-label={t('investors.editor.memberEmail')} maxLength={200} style={{ width: 220 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'bio']}>
                <Input placeholder={t('investors.editor.memberBio')} aria-label={t('investors.editor.memberBio')} maxLength={2000} style={{ width: 240 }} />
              </Form.Item>
              <Button onClick={() => remove(field.name)}>{t('investors.editor.remove')}</Button>
            </Space>
          ))}
          <Form.Item>
            <Button onClick={() => add({ name: '', title: '', bio: null, email: null })}>{t('investors.editor.addMember')}</Button>
          </Form.Item>
        </>
      )}
    </Form.List>
  );
}

export function PortfolioFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="portfolio">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} wrap align="start" data-testid="investor-portfolio-row">
              <Form.Item name={[field.name, 'enterpriseId']} hidden>
                <Input />
              </Form.Item>
              <Form.Item name={[field.name, 'industryCode']} hidden>
                <Input />
              </Form.Item>
              <Form.Item name={[field.name, 'companyName']} rules={[{ required: true, message: t('investors.editor.required') }]}>
                <Input placeholder={t('investors.editor.companyName')} aria-label={t('investors.editor.companyName')} maxLength={200} style={{ width: 260 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'round']}>
                <Select allowClear placeholder={t('investors.drawer.round')} aria-label={t('investors.drawer.round')} style={{ width: 130 }} options={INVESTMENT_STAGES.map((s) => ({ value: s, label: t(`investors.stages.${s}`) }))} />
              </Form.Item>
              <Form.Item name={[field.name, 'investedOn']}>
                <Input placeholder="YYYY-MM-DD" aria-label={t('investors.drawer.investedOn')} maxLength={10} style={{ width: 130 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'amountWan']}>
                <Input inputMode="decimal" placeholder={t('investors.drawer.amount')} aria-label={t('investors.drawer.amount')} style={{ width: 140 }} />
              </Form.Item>
              <Button onClick={() => remove(field.name)}>{t('investors.editor.remove')}</Button>
            </Space>
          ))}
          <Form.Item>
            <Button onClick={() => add({ enterpriseId: null, companyName: '', industryCode: null, round: null, investedOn: null, amountWan: null })}>{t('investors.editor.addCompany')}</Button>
          </Form.Item>
        </>
      )}
    </Form.List>
  );
}
