// Take up a need for the institution: optionally name the product offered and add a note.
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { listProducts } from '../../api/marketplace';
import { takeUpNeed, type Need } from '../../api/needs';
import { FormModal } from '../../components/form-modal';
import { formatMoney } from '../../lib/market-format';
import { localName } from '../../lib/format';
import { useAsync } from '../../lib/use-async';

interface Values {
  productId?: string;
  note?: string;
}

export function TakeUpModal({ need, onClose, onSaved }: { need: Need; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const products = useAsync((signal) => listProducts({ mine: true, status: 'published', kind: need.kind, pageSize: 100 }, signal), [need.kind]);
  const conflict = (error: unknown) =>
    error instanceof ApiError && error.status === 409 ? { field: 'productId', message: t('offering.inbox.alreadyTaken') } : undefined;
  return (
    <FormModal<Values>
      title={t('offering.inbox.takeUpTitle', { name: need.enterpriseName, amount: formatMoney(t, need.amountFen) })}
      mapError={conflict}
      onSubmit={(v) => takeUpNeed(need.id, { productId: v.productId, note: v.note?.trim() || undefined })}
      onClose={onClose}
      onSaved={onSaved}
      successText={t('offering.inbox.takenUp')}
      testId="take-up-form"
    >
      <Form.Item name="productId" label={t('offering.inbox.product')}>
        <Select
          allowClear
          loading={products.loading}
          options={(products.data?.items ?? []).map((p) => ({ value: p.id, label: localName(p, i18n.language) }))}
          data-testid="take-up-product"
        />
      </Form.Item>
      <Form.Item name="note" label={t('offering.inbox.note')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t('offering.inbox.notePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
