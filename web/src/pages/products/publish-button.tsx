// Publish a draft or withdrawn product, or withdraw a published one, after a confirmation.
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publishProduct, withdrawProduct, type Product } from '../../api/marketplace';
import { errorMessage } from '../../lib/api-errors';

export function PublishButton({ product, onDone, link = false }: { product: Product; onDone: (p: Product) => void; link?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const publishing = product.status !== 'published';
  const run = async () => {
    setBusy(true);
    try {
      const next = publishing ? await publishProduct(product.id) : await withdrawProduct(product.id);
      message.success(publishing ? t('offering.products.published') : t('offering.products.withdrawn'));
      onDone(next);
    } catch (error) {
      message.error(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  const label = publishing ? t('offering.products.publish') : t('offering.products.withdraw');
  return (
    <Popconfirm
      title={publishing ? t('offering.products.publishConfirm') : t('offering.products.withdrawConfirm')}
      okText={label}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: !publishing, loading: busy }}
      onConfirm={run}
    >
      <Button type={link ? 'link' : 'default'} size={link ? 'small' : 'middle'} danger={!publishing} loading={busy} data-testid={publishing ? 'publish-product' : 'withdraw-product'}>
        {label}
      </Button>
    </Popconfirm>
  );
}
