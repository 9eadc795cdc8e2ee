// The enterprise's fundraising profile form: round, amount sought and valuation range in 万元,
// use of funds, dated milestones, open or closed. Money goes to the server as integer fen.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FUNDRAISING_ROUNDS, FUNDRAISING_STATUSES, saveFundraising, type FundraisingProfile } from '../../api/fundraising';
import { errorMessage } from '../../lib/api-errors';
import { fenToWanInput, parseWanToFen } from '../../lib/money';

const DAY = 'YYYY-MM-DD';

interface Values {
  round: FundraisingProfile['round'];
  amountWan: string;
  valuationMinWan: string;
  valuationMaxWan: string;
  useOfFunds: string;
  status: FundraisingProfile['status'];
  milestones: { title: string; dueOn: Dayjs | null }[];
}

const initialOf = (p: FundraisingProfile | null): Partial<Values> =>
  p
    ? { round: p.round, amountWan: fenToWanInput(p.amountSoughtFen), valuationMinWan: fenToWanInput(p.valuationMinFen), valuationMaxWan: fenToWanInput(p.valuationMaxFen), useOfFunds: p.useOfFunds, status: p.status, milestones: p.milestones.map((m) => ({ title: m.title, dueOn: dayjs(m.dueOn) })) }
    : { round: 'series_a', status: 'open', milestones: [] };

export function FundraisingForm({ creditCode, profile, onSaved }: { creditCode: string; profile: FundraisingProfile | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const wan = [{ required: true, message: t('fundraising.required') }, { pattern: /^\d+(\.\d{1,6})?$/, message: t('fundraising.required') }];

  const submit = async (v: Values) => {
    try {
      await saveFundraising(creditCode, {
        round: v.round,
        amountSoughtFen: parseWanToFen(v.amountWan) ?? 0,
        valuationMinFen: parseWanToFen(v.valuationMinWan) ?? 0,
        valuationMaxFen: parseWanToFen(v.valuationMaxWan) ?? 0,
        useOfFunds: v.useOfFunds,
        status: v.status,
        milestones: v.milestones.filter((m) => m.title && m.dueOn).map((m) => ({ title: m.title, dueOn: m.dueOn!.format(DAY) })),
      });
      void message.success(t('fundraising.saved'));
      onSaved();
    } catch (error) {
      void message.error(errorMessage(t, error));
    }
  };

  return (
    <Card>
      <Form form={form} layout="vertical" initialValues={initialOf(profile)} onFinish={(v) => void submit(v)} data-testid="fundraising-form">
        <Flex gap={16} wrap>
          <Form.Item name="round" label={t('fundraising.fields.round')} rules={[{ required: true }]} style={{ minWidth: 200 }}>
            <Select options={FUNDRAISING_ROUNDS.map((r) => ({ value: r, label: t(`fundraising.rounds.${r}`) }))} data-testid="fundraising-round" />
          </Form.Item>
          <Form.Item name="amountWan" label={t('fundraising.fields.amountWan')} rules={wan}>
            <Input inputMode="decimal" data-testid="fundraising-amount" />
          </Form.Item>
          <Form.Item name="valuationMinWan" label={t('fundraising.fields.valuationMinWan')} rules={wan}>
            <Input inputMode="decimal" data-testid="fundraising-valuation-min" />
          </Form.Item>
          <Form.Item name="valuationMaxWan" label={t('fundraising.fields.valuationMaxWan')} rules={wan}>
            <Input inputMode="decimal" data-testid="fundraising-valuation-max" />
          </Form.Item>
          <Form.Item name="status" label={t('fundraising.fields.status')} style={{ minWidth: 140 }}>
            <Select options={FUNDRAISING_STATUSES.map((s) => ({ value: s, label: t(`fundraising.statuses.${s}`) }))} />
          </Form.Item>
        </Flex>
        <Form.Item name="useOfFunds" label={t('fundraising.fields.useOfFunds')} rules={[{ required: true, message: t('fundraising.required') }]}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="fundraising-use" />
        </Form.Item>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginBottom: 16 }}>
              <span>{t('fundraising.fields.milestones')}</span>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline">
                  <Form.Item name={[field.name, 'title']} rules={[{ required: true, message: t('fundraising.required') }]} style={{ flex: 1, marginBottom: 0 }}>
                    <Input placeholder={t('fundraising.fields.milestoneTitle')} maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'dueOn']} rules={[{ required: true, message: t('fundraising.required') }]} style={{ marginBottom: 0 }}>
                    <DatePicker placeholder={t('fundraising.fields.milestoneDue')} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('fundraising.delete')} />
                </Flex>
              ))}
              <Button type="dashed" onClick={() => add({ title: '', dueOn: null })} icon={<PlusOutlined />} style={{ alignSelf: 'flex-start' }}>
                {t('fundraising.addMilestone')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" data-testid="fundraising-save">
          {t('fundraising.save')}
        </Button>
      </Form>
    </Card>
  );
}
