// Create or edit a financial institution.
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { createInstitution, updateInstitution } from '../../api/institutions';
import { INSTITUTION_TYPES, type Institution, type InstitutionType } from '../../api/types';
import { FormModal } from '../../components/form-modal';
import { creditCode, regionCode, required, upper } from '../../lib/rules';

interface Values {
  name: string;
  nameEn?: string;
  type: InstitutionType;
  creditCode: string;
  regionCode: string;
}

interface Props {
  institution?: Institution;
  onClose: () => void;
  onSaved: () => void;
}

export function InstitutionFormModal({ institution, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const save = async (v: Values) => {
    const fields = {
      name: v.name.trim(),
      nameEn: v.nameEn?.trim() ? v.nameEn.trim() : null,
      type: v.type,
      regionCode: v.regionCode,
    };
    if (institution) return updateInstitution(institution.id, fields);
    return createInstitution({ ...fields, creditCode: v.creditCode.trim() });
  };
  return (
    <FormModal<Values>
      title={institution ? t('institutions.edit') : t('institutions.create')}
      initialValues={institution ? { ...institution, nameEn: institution.nameEn ?? '', creditCode: institution.creditCode ?? '', regionCode: institution.regionCode ?? '' } : undefined}
      onSubmit={save}
      onClose={onClose}
      onSaved={onSaved}
      successText={institution ? t('common.saved') : t('common.created')}
      testId="institution-form"
    >
      <Form.Item name="name" label={t('institutions.name')} rules={[required(t, t('institutions.name'))]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="nameEn" label={t('institutions.nameEn')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="type" label={t('institutions.type')} rules={[{ required: true, message: t('validation.required', { field: t('institutions.type') }) }]}>
        <Select options={INSTITUTION_TYPES.map((type) => ({ value: type, label: t(`orgTypes.${type}`) }))} />
      </Form.Item>
      <Form.Item
        name="creditCode"
        label={t('institutions.creditCode')}
        getValueFromEvent={upper}
        rules={[required(t, t('institutions.creditCode')), creditCode(t)]}
      >
        <Input disabled={Boolean(institution)} maxLength={18} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label={t('institutions.regionCode')}
        rules={[required(t, t('institutions.regionCode')), regionCode(t)]}
      >
        <Input placeholder="310115" maxLength={6} inputMode="numeric" />
      </Form.Item>
    </FormModal>
  );
}
