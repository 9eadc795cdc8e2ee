// The console's actions outside the claims: the partner bank's proposed registrations to confirm or
// decline and a loan to register by hand; the park's contribution. Each answer reloads the console;
// a refusal is said in the reader's language.
import { App, Button, Card, DatePicker, Form, Input, Select, Space, Table } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listLoans } from '../../api/loans';
import { confirmProposal, declineProposal, filePoolClaim, recordContribution, registerPoolLoan, type PoolConsole, type PoolProposal } from '../../api/pools';
import { errorMessage } from '../../lib/api-errors';
import { RemoteSelect } from '../../components/remote-select';
import { formatDate, localName } from '../../lib/format';
import { formatMoney } from '../../lib/market-format';
import { parseYuanToFen } from '../../lib/money';
import { formatPercent } from './pool-format';

export function ProposalsCard({ pool, onChanged }: { pool: PoolConsole; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  if (!pool.proposals.length) return null;
  const act = async (p: PoolProposal, confirm: boolean) => {
    setBusy(p.id);
    try {
      await (confirm ? confirmProposal(p.id) : declineProposal(p.id));
      message.success(t(confirm ? 'pools.proposals.confirmed' : 'pools.proposals.declined'));
      onChanged();
    } catch (err) {
      message.error(errorMessage(t, err));
    } finally {
      setBusy(null);
    }
  };
  const partner = pool.viewer.role === 'partner';
  return (
    <Card title={t('pools.proposals.title')} data-testid="pool-proposals">
      <Table<PoolProposal>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={pool.proposals}
        scroll={{ x: 800 }}
        columns={[
          { title: t('pools.loan.enterprise'), key: 'enterprise', dataIndex: 'enterpriseName' },
          { title: t('pools.loan.partner'), key: 'partner', dataIndex: 'partnerName' },
          { title: t('pools.loan.share'), key: 'share', align: 'right', render: (_, p) => `${formatPercent(p.share, i18n.language)}${p.firstLoan ? ` · ${t('pools.loan.firstLoan')}` : ''}` },
          { title: t('pools.loan.principal'), key: 'principal', align: 'right', render: (_, p) => formatMoney(t, p.principalFen) },
          { title: t('pools.proposals.proposedOn'), key: 'on', render: (_, p) => formatDate(p.proposedOn, i18n.language) },
          ...(partner
            ? [
                {
                  title: t('pools.proposals.actions'),
                  key: 'actions',
                  render: (_: unknown, p: PoolProposal) => (
                    <Space>
                      <Button type="primary" size="small" loading={busy === p.id} onClick={() => void act(p, true)} data-testid="proposal-confirm">
                        {t('pools.proposals.confirm')}
                      </Button>
                      <Button size="small" danger disabled={busy === p.id} onClick={() => void act(p, false)} data-testid="proposal-decline">
                        {t('pools.proposals.decline')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

interface ContributionValues {
  amountYuan: string;
  contributorId: string;
  on?: { format: (f: string) => string };
  reference?: string;
}

const BY_SHARES = '__by_shares__';

export function ContributionCard({ pool, onChanged }: { pool: PoolConsole; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ContributionValues>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: ContributionValues) => {
    const amountFen = parseYuanToFen(v.amountYuan);
    if (amountFen === null || amountFen <= 0) {
      form.setFields([{ name: 'amountYuan', errors: [t('pools.contribution.amountInvalid')] }]);
      return;
    }
    setBusy(true);
    try {
      await recordContribution(pool.id, { amountFen, contributorId: v.contributorId === BY_SHARES ? null : v.contributorId, ...(v.on ? { on: v.on.format('YYYY-MM-DD') } : {}), ...(v.reference?.trim() ? { reference: v.reference.trim() } : {}) });
      message.success(t('pools.contribution.recorded'));
      form.resetFields();
      onChanged();
    } catch (err) {
      message.error(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('pools.contribution.title')} data-testid="pool-contribution">
      <Form form={form} layout="inline" onFinish={(v) => void submit(v)} initialValues={{ contributorId: BY_SHARES }}>
        <Form.Item name="contributorId" label={t('pools.contribution.contributor')}>
          <Select style={{ minWidth: 220 }} options={[{ value: BY_SHARES, label: t('pools.contribution.byShares') }, ...pool.contributors.map((c) => ({ value: c.id, label: localName({ name: c.name, nameEn: c.nameEn }, i18n.language) }))]} />
        </Form.Item>
        <Form.Item name="amountYuan" label={t('pools.contribution.amount')} rules={[{ required: true, message: t('pools.contribution.amountInvalid') }]}>
          <Input suffix={t('pools.contribution.yuan')} style={{ width: 180 }} data-testid="contribution-amount" />
        </Form.Item>
        <Form.Item name="on" label={t('pools.contribution.on')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="reference" label={t('pools.contribution.reference')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="contribution-submit">
            {t('pools.contribution.submit')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}

const LOAN_PAGE = 20;

/** The partner registers one of its loans by hand (found on the server by borrower, credit code or loan id), or files a claim on a registered one. */
export function PartnerLoanCard({ pool, onChanged }: { pool: PoolConsole; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [loanId, setLoanId] = useState<string | undefined>();
  const [acceptedOn, setAcceptedOn] = useState<{ format: (f: string) => string } | null>(null);
  const [busy, setBusy] = useState(false);
  const registered = new Set(pool.loans.map((l) => l.loanId));
  const proposed = new Set(pool.proposals.map((l) => l.loanId));
  // The options say which loans are registered or proposed; a new list of those asks the server again.
  const known = `${[...registered].join(',')}|${[...proposed].join(',')}`;
  const loans = useCallback(
    async (q: string, signal: AbortSignal, page: number) => {
      const found = await listLoans({ q: q.trim() || undefined, page, pageSize: LOAN_PAGE, lang: i18n.language }, signal);
      const [isRegistered, isProposed] = known.split('|').map((ids) => new Set(ids.split(',')));
      const status = (id: string) => (isRegistered!.has(id) ? ` · ${t('pools.registrationStatuses.registered')}` : isProposed!.has(id) ? ` · ${t('pools.registrationStatuses.proposed')}` : '');
      return {
        options: found.items.map((l) => ({ value: l.id, label: `${l.enterprise.name} · ${formatMoney(t, l.amountFen)} · ${formatDate(l.disbursedOn, i18n.language)}${status(l.id)}` })),
        more: page * LOAN_PAGE < found.total,
      };
    },
    [t, i18n.language, known],
  );
  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await work();
      message.success(t(done as 'pools.partnerLoans.registered'));
      onChanged();
    } catch (err) {
      message.error(errorMessage(t, err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('pools.partnerLoans.title')} data-testid="pool-partner-loans">
      <Space wrap>
        <RemoteSelect id="pool-loan-search" fetchOptions={loans} style={{ minWidth: 420 }} placeholder={t('pools.partnerLoans.pick')} ariaLabel={t('pools.partnerLoans.pick')} value={loanId} onChange={setLoanId} testId="partner-loan-select" />
        <Button type="primary" disabled={!loanId} loading={busy} onClick={() => void run(() => registerPoolLoan(pool.id, loanId!), 'pools.partnerLoans.registered')} data-testid="partner-loan-register">
          {t('pools.partnerLoans.register')}
        </Button>
        <DatePicker placeholder={t('pools.partnerLoans.lawsuitAcceptedOn')} onChange={(d) => setAcceptedOn(d)} />
        <Button disabled={!loanId || !registered.has(loanId)} loading={busy} onClick={() => void run(() => filePoolClaim(pool.id, loanId!, acceptedOn ? acceptedOn.format('YYYY-MM-DD') : null), 'pools.partnerLoans.filed')} data-testid="partner-loan-claim">
          {t('pools.partnerLoans.fileClaim')}
        </Button>
      </Space>
    </Card>
  );
}
