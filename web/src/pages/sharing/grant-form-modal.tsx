// Grant an institution access to some of the enterprise's data, for a purpose, until a date.
import { useCallback } from 'react';
import { Checkbox, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { createGrant } from '../../api/grants';
import { listInstitutions } from '../../api/institutions';
import { DATA_CATEGORIES, type DataCategory } from '../../api/profile';
import { FormModal } from '../../components/form-modal';
import { RemoteSelect } from '../../components/remote-select';
import { localName } from '../../lib/format';
import { categoryLabel } from '../../lib/labels';
import { required } from '../../lib/rules';
import { businessToday } from '../../business-time';

interface Values {
  institutionId: string;
  categories: DataCategory[];
  purpose: string;
  expiresOn: Dayjs;
}

/** Grants last at most three years. */
const latestExpiry = () => businessToday().add(3, 'year');

export function GrantFormModal({ creditCode, onClose, onSaved }: { creditCode: string; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const institutions = useCallback(
    async (q: string, signal: AbortSignal) => {
      const page = await listInstitutions({ q, pageSize: 20 }, signal);
      return page.items
        .filter((i) => i.status === 'active')
        .map((i) => ({ value: i.id, label: `${localName(i, i18n.language)} · ${t(`orgTypes.${i.type}`)}` }));
    },
    [i18n.language, t],
  );
  const L = {
    institution: t('grants.institution'),
    categories: t('grants.categories'),
    purpose: t('grants.purpose'),
    expiresOn: t('grants.expiresOn'),
  };

  const save = (values: Values) =>
    createGrant(creditCode, {
      institutionId: values.institutionId,
      categories: DATA_CATEGORIES.filter((c) => values.categories.includes(c)),
      purpose: values.purpose.trim(),
      expiresOn: values.expiresOn.format('YYYY-MM-DD'),
    });

  return (
    <FormModal<Values>
      title={t('grants.create')}
      initialValues={{ categories: ['financials'], expiresOn: businessToday().add(1, 'year') }}
      onSubmit={save}
      onClose={onClose}
      onSaved={onSaved}
      successText={t('grants.granted')}
      width={620}
      testId="grant-form"
    >
      <Form.Item name="institutionId" label={L.institution} rules={[{ required: true, message: t('validation.required', { field: L.institution }) }]}>
        <RemoteSelect fetchOptions={institutions} placeholder={t('grants.institutionPlaceholder')} testId="grant-institution" />
      </Form.Item>
      <Form.Item name="categories" label={L.categories} rules={[{ required: true, type: 'array', min: 1, message: t('grants.pickCategories') }]}>
        <Checkbox.Group
          data-testid="grant-categories"
          options={DATA_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(t, c) }))}
        />
      </Form.Item>
      <Form.Item name="purpose" label={L.purpose} rules={[required(t, L.purpose)]}>
        <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t('grants.purposePlaceholder')} data-testid="grant-purpose" />
      </Form.Item>
      <Form.Item
        name="expiresOn"
        label={L.expiresOn}
        extra={t('grants.expiryHint')}
        rules={[{ required: true, message: t('validation.required', { field: L.expiresOn }) }]}
      >
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(d) => !d.isAfter(businessToday(), 'day') || d.isAfter(latestExpiry(), 'day')}
          data-testid="grant-expires"
        />
      </Form.Item>
    </FormModal>
  );
}
