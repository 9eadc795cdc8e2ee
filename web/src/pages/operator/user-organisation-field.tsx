// The organisation a new user joins, which depends on the chosen role.
import { useCallback, useEffect } from 'react';
import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { listEnterprises } from '../../api/enterprises';
import { listInstitutions } from '../../api/institutions';
import type { Role } from '../../api/types';
import { useMe } from '../../auth/auth-context';
import { ParkSelect } from '../../components/park-select';
import { RemoteSelect } from '../../components/remote-select';
import { localName } from '../../lib/format';

export function UserOrganisationField() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const form = Form.useFormInstance();
  const role = Form.useWatch<Role | undefined>('role');
  useEffect(() => form.resetFields(['organisationId', 'parkId']), [form, role]);
  const pick = { required: true, message: t('users.pickOrganisation') };

  const institutions = useCallback(
    async (q: string, signal: AbortSignal) => {
      const page = await listInstitutions({ q, pageSize: 20 }, signal);
      return page.items
        .filter((i) => i.status === 'active')
        .map((i) => ({ value: i.id, label: `${localName(i, i18n.language)} · ${t(`orgTypes.${i.type}`)}` }));
    },
    [i18n.language, t],
  );
  const enterprises = useCallback(async (q: string, signal: AbortSignal) => {
    const page = await listEnterprises({ q, pageSize: 20 }, signal);
    return page.items.map((e) => ({ value: e.id, label: `${e.name} (${e.creditCode})` }));
  }, []);

  if (role === 'platform_operator') {
    const name = me.organisation ? localName(me.organisation, i18n.language) : t('common.none');
    return <Alert type="info" showIcon message={t('users.platformOrg', { name })} style={{ marginBottom: 24 }} />;
  }
  if (role === 'park_admin') {
    return (
      <Form.Item name="parkId" label={t('users.park')} rules={[pick]}>
        <ParkSelect activeOnly placeholder={t('users.pickOrganisation')} />
      </Form.Item>
    );
  }
  if (role === 'institution_officer') {
    return (
      <Form.Item name="organisationId" label={t('users.institution')} rules={[pick]}>
        <RemoteSelect fetchOptions={institutions} placeholder={t('users.typeToSearch')} />
      </Form.Item>
    );
  }
  if (role === 'enterprise_user') {
    return (
      <Form.Item name="organisationId" label={t('users.enterprise')} rules={[pick]}>
        <RemoteSelect fetchOptions={enterprises} placeholder={t('users.typeToSearch')} />
      </Form.Item>
    );
  }
  return null;
}
