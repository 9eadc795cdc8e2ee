// Create a user with one role in one organisation.
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../api/types';
import { createUser, type UserInput } from '../../api/users';
import { useMe } from '../../auth/auth-context';
import { FormModal } from '../../components/form-modal';
import { required } from '../../lib/rules';
import { UserOrganisationField } from './user-organisation-field';

interface Values {
  email: string;
  displayName: string;
  password: string;
  role: Role;
  organisationId?: string;
  parkId?: string;
}

export function UserFormModal({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const me = useMe();

  const save = async (v: Values) => {
    const input: UserInput = {
      email: v.email.trim(),
      displayName: v.displayName.trim(),
      password: v.password,
      role: v.role,
    };
    if (v.role === 'park_admin') input.parkId = v.parkId;
    else if (v.role === 'platform_operator') input.organisationId = me.organisation?.id;
    else input.organisationId = v.organisationId;
    return createUser(input);
  };

  return (
    <FormModal<Values>
      title={t('users.create')}
      onSubmit={save}
      onClose={onClose}
      onSaved={onSaved}
      successText={t('common.created')}
      testId="user-form"
    >
      <Form.Item
        name="email"
        label={t('users.email')}
        rules={[required(t, t('users.email')), { type: 'email', message: t('validation.email') }]}
      >
        <Input autoComplete="off" maxLength={200} />
      </Form.Item>
      <Form.Item name="displayName" label={t('users.displayName')} rules={[required(t, t('users.displayName'))]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="password"
        label={t('users.password')}
        rules={[required(t, t('users.password')), { min: 8, message: t('validation.password') }]}
      >
        <Input.Password autoComplete="new-password" maxLength={200} />
      </Form.Item>
      <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('validation.required', { field: t('users.role') }) }]}>
        <Select options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
      </Form.Item>
      <UserOrganisationField />
    </FormModal>
  );
}
