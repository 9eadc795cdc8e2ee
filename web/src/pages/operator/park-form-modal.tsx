// Create or edit a park.
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { createPark, updatePark } from '../../api/parks';
import type { Park } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { regionCode, required } from '../../lib/rules';

interface Values {
  code: string;
  name: string;
  nameEn: string;
  regionCode: string;
}

export function ParkFormModal({ park, onClose, onSaved }: { park?: Park; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const save = async (v: Values) => {
    const nameEn = v.nameEn.trim();
    if (park) return updatePark(park.id, { name: v.name.trim(), nameEn, regionCode: v.regionCode });
    return createPark({ code: v.code.trim(), name: v.name.trim(), nameEn, regionCode: v.regionCode });
  };
  return (
    <FormModal<Values>
      title={park ? t('parks.edit') : t('parks.create')}
      initialValues={park ? { ...park, nameEn: park.nameEn ?? '' } : undefined}
      onSubmit={save}
      onClose={onClose}
      onSaved={onSaved}
      successText={park ? t('common.saved') : t('common.created')}
      testId="park-form"
    >
      <Form.Item
        name="code"
        label={t('parks.code')}
        rules={[required(t, t('parks.code')), { pattern: /^[A-Za-z0-9-]{2,32}$/, message: t('validation.parkCode') }]}
      >
        <Input disabled={Boolean(park)} placeholder="zhangjiang" maxLength={32} />
      </Form.Item>
      <Form.Item name="name" label={t('parks.name')} rules={[required(t, t('parks.name'))]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="nameEn" label={t('parks.nameEn')} rules={[required(t, t('parks.nameEn'))]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label={t('parks.regionCode')}
        rules={[required(t, t('parks.regionCode')), regionCode(t)]}
      >
        <Input placeholder="310115" maxLength={6} inputMode="numeric" />
      </Form.Item>
    </FormModal>
  );
}
