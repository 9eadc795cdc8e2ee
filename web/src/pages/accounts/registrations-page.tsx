// The park administrator's queue of enterprises' self-registrations (the operator sees every park's):
// filtered by status, each pending one admitted (the enterprise and its account are created, and
// the applicant can sign in) or rejected with a reason the applicant receives.
import { useState } from 'react';
import { App, Button, Card, Descriptions, Flex, Form, Input, Modal, Segmented, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { findIndustry } from '../../../../shared/codes/industries.ts';
import { admitRegistration, listRegistrations, REGISTRATION_STATUSES, rejectRegistration, type Registration, type RegistrationStatus } from '../../api/registrations';
import { FormModal } from '../../components/form-modal';
import { PageHeader } from '../../components/page-header';
import { ParkSelect } from '../../components/park-select';
import { useMe } from '../../auth/auth-context';
import { PagedTable } from '../../components/paged-table';
import { errorMessage } from '../../lib/api-errors';
import { formatDate, formatDateTime, localName } from '../../lib/format';
import { formatAmount } from '../../lib/money';
import type { zhCN } from '../../i18n/zh-CN';
import { usePagedList } from '../../lib/use-paged-list';

type RegisterKey = keyof typeof zhCN.accounts.register;
/** The expand button's column, besides the declared ones. */
const EXPAND_WIDTH = 48;
const STATUS_COLOURS: Record<RegistrationStatus, string> = { pending: 'gold', admitted: 'green', rejected: 'red' };

function RejectModal({ registration, onClose, onSaved }: { registration: Registration; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal<{ reason: string }>
      title={t('accounts.registrations.rejectTitle', { name: registration.enterpriseName })}
      onSubmit={(v) => rejectRegistration(registration.id, v.reason.trim())}
      onClose={onClose}
      onSaved={onSaved}
      successText={t('accounts.registrations.rejected')}
      okText={t('accounts.registrations.reject')}
      testId="reject-form"
    >
      <Form.Item name="reason" label={t('accounts.registrations.reason')} rules={[{ required: true, whitespace: true, message: t('accounts.registrations.reasonRequired') }]}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t('accounts.registrations.reasonPlaceholder')} data-testid="reject-reason" />
      </Form.Item>
    </FormModal>
  );
}

function Facts({ registration: r }: { registration: Registration }) {
  const { t, i18n } = useTranslation();
  const industry = findIndustry(r.industryCode);
  const L = (key: RegisterKey) => t(`accounts.register.${key}`);
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered data-testid="registration-facts">
      <Descriptions.Item label={L('creditCode')}>
        <Typography.Text style={{ fontFamily: 'monospace' }}>{r.creditCode}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={L('industry')}>{industry ? (i18n.language === 'en' ? industry.nameEn : industry.nameZh) : r.industryCode}</Descriptions.Item>
      <Descriptions.Item label={L('foundedOn')}>{formatDate(r.foundedOn, i18n.language)}</Descriptions.Item>
      <Descriptions.Item label={L('registeredCapital')}>{formatAmount(r.registeredCapitalFen, i18n.language, t('common.wan'))}</Descriptions.Item>
      <Descriptions.Item label={L('employees')}>{r.employees}</Descriptions.Item>
      <Descriptions.Item label={L('legalRepresentative')}>{r.legalRepresentative}</Descriptions.Item>
      <Descriptions.Item label={L('address')} span={2}>
        {r.address}
      </Descriptions.Item>
      {r.reason ? (
        <Descriptions.Item label={t('accounts.registrations.reason')} span={2}>
          <Typography.Text data-testid="registration-reason">{r.reason}</Typography.Text>
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

export function RegistrationsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const list = usePagedList<Registration, { status?: RegistrationStatus; parkId?: string }>((q, signal) => listRegistrations(q, signal), { status: 'pending' }, 20, [], { inUrl: { status: 'string', parkId: 'string' } });
  // The operator (every park) or an administrator of several parks may look at one park's.
  const severalParks = me.parkScope.all || me.parkScope.parks.length > 1;
  const [rejecting, setRejecting] = useState<Registration>();
  const status = list.query.status ?? 'pending';
  const language = i18n.language;

  const admit = (r: Registration) =>
    Modal.confirm({
      title: t('accounts.registrations.admitTitle', { name: r.enterpriseName }),
      content: t('accounts.registrations.admitText', { park: localName(r.park, language) }),
      okText: t('accounts.registrations.admit'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'admit-confirm' } as Record<`data-${string}`, string>,
      onOk: async () => {
        try {
          await admitRegistration(r.id);
          message.success(t('accounts.registrations.admitted'));
          list.reload();
        } catch (error) {
          message.error(errorMessage(t, error));
          list.reload();
        }
      },
    });

  const columns: TableColumnsType<Registration> = [
    {
      title: t('accounts.registrations.enterprise'),
      key: 'enterprise',
      width: 260,
      ellipsis: true,
      render: (_, r) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Text strong ellipsis={{ tooltip: r.enterpriseName }} data-testid="registration-name">
            {r.enterpriseName}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {r.creditCode}
          </Typography.Text>
        </Flex>
      ),
    },
    ...(severalParks ? [{ title: t('accounts.registrations.park'), key: 'park', width: 140, ellipsis: true, render: (_: unknown, r: Registration) => localName(r.park, language) }] : []),
    {
      title: t('accounts.registrations.applicant'),
      key: 'applicant',
      width: 200,
      render: (_, r) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Text>{r.contactName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: r.email }}>
            {r.email}
            {r.phone ? ` · ${r.phone}` : ''}
          </Typography.Text>
        </Flex>
      ),
    },
    // A decided registration shows when it was decided instead.
    ...(status === 'pending' ? [{ title: t('accounts.registrations.submittedAt'), key: 'createdAt', width: 150, render: (_: unknown, r: Registration) => formatDateTime(r.createdAt, language) }] : []),
    {
      title: t('accounts.registrations.status'),
      key: 'status',
      width: 90,
      render: (_, r) => (
        <Tag color={STATUS_COLOURS[r.status]} data-testid="registration-status">
          {t(`accounts.registrations.statuses.${r.status}`)}
        </Tag>
      ),
    },
    ...(status === 'pending'
      ? [
          {
            title: t('common.actions'),
            key: 'decide',
            width: 140,
            fixed: 'right' as const,
            render: (_: unknown, r: Registration) => (
              <Flex gap={4}>
                <Button size="small" type="primary" onClick={() => admit(r)} data-testid="admit-registration">
                  {t('accounts.registrations.admit')}
                </Button>
                <Button size="small" danger onClick={() => setRejecting(r)} data-testid="reject-registration">
                  {t('accounts.registrations.reject')}
                </Button>
              </Flex>
            ),
          },
        ]
      : [
          { title: t('accounts.registrations.decidedAt'), key: 'decidedAt', width: 150, render: (_: unknown, r: Registration) => formatDateTime(r.decidedAt, language) },
          ...(status === 'rejected'
            ? [
                {
                  title: t('accounts.registrations.reason'),
                  key: 'reason',
                  width: 220,
                  render: (_: unknown, r: Registration) => (
                    <Typography.Text ellipsis={{ tooltip: r.reason }} style={{ maxWidth: 200 }} data-testid="registration-reason-cell">
                      {r.reason}
                    </Typography.Text>
                  ),
                },
              ]
            : []),
        ]),
  ];

  return (
    <>
      <PageHeader title={t('accounts.registrations.title')} description={t('accounts.registrations.description')} testId="registrations-title" />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Segmented<RegistrationStatus>
            value={status}
            onChange={(value) => list.setFilters({ status: value })}
            options={REGISTRATION_STATUSES.map((s) => ({ value: s, label: t(`accounts.registrations.statuses.${s}`) }))}
            data-testid="registration-filter"
          />
          {severalParks ? (
            <ParkSelect allowClear value={list.query.parkId} onChange={(parkId) => list.setFilters({ parkId })} placeholder={t('accounts.registrations.allParks')} style={{ width: 220 }} testId="registration-park" />
          ) : null}
        </Flex>
        <PagedTable<Registration>
          list={list}
          rowKey="id"
          columns={columns}
          empty={t('accounts.registrations.empty')}
          scrollX={columns.reduce((sum, c) => sum + (typeof c.width === 'number' ? c.width : 0), EXPAND_WIDTH)}
          expandedRowRender={(r) => <Facts registration={r} />}
          testId="registrations-table"
        />
      </Card>
      {rejecting ? <RejectModal registration={rejecting} onClose={() => setRejecting(undefined)} onSaved={list.reload} /> : null}
    </>
  );
}
