// The rule builder: rows of fact, operator and value that make a product's eligibility rules.
// Values take the form the fact needs: a number in the fact's unit, a grade from its scale, or a
// list of categories or code prefixes. Problems the server found are shown on the row they name.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { STAGES, type MatchFact, type RuleOp } from '../../api/marketplace';
import { ParkSelect } from '../../components/park-select';
import { factName, inputUnitLabel } from '../../lib/market-format';
import { flagRequired, flagRow, withFact, withOp, type RowField, type RowProblems, type RuleRow } from './rule-rows';

interface RowProps {
  row: RuleRow;
  facts: MatchFact[];
  fact: MatchFact | undefined;
  problems: { field: RowField; message: string }[];
  onChange: (row: RuleRow) => void;
  onRemove: () => void;
}

function NumberInput({ value, unit, field, bad, onChange }: { value?: number; unit: string; field: 'value' | 'min' | 'max'; bad: boolean; onChange: (v: number | undefined) => void }) {
  const { t } = useTranslation();
  const label = inputUnitLabel(t, unit);
  return (
    <InputNumber<number>
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      status={bad ? 'error' : undefined}
      addonAfter={label || undefined}
      placeholder={t(`offering.rules.${field}`)}
      aria-label={t(`offering.rules.${field}`)}
      style={{ width: 170 }}
      data-testid={`rule-${field}`}
    />
  );
}

function ValuesInput({ row, fact, bad, onChange }: { row: RuleRow; fact: MatchFact; bad: boolean; onChange: (values: string[]) => void }) {
  const { t } = useTranslation();
  const placeholder = t('offering.rules.valuesPlaceholder');
  const style = { minWidth: 260, flex: 1 };
  if (fact.key === 'park') {
    return <ParkSelect mode="multiple" valueField="code" value={row.values} onChange={onChange} status={bad ? 'error' : undefined} placeholder={placeholder} style={style} testId="rule-values" />;
  }
  const options = fact.key === 'stage' ? STAGES.map((s) => ({ value: s, label: t(`rating.stages.${s}`) })) : undefined;
  return (
    <Select<string[]>
      mode={options ? 'multiple' : 'tags'}
      value={row.values}
      options={options}
      tokenSeparators={[',', ' ', '，']}
      open={options ? undefined : false}
      onChange={(values) => onChange(values.map((v) => (fact.kind === 'code' ? v.trim().toUpperCase() : v.trim())))}
      status={bad ? 'error' : undefined}
      placeholder={placeholder}
      aria-label={t('offering.rules.values')}
      style={style}
      data-testid="rule-values"
    />
  );
}

function ValueInput({ row, fact, bad, onChange }: { row: RuleRow; fact: MatchFact; bad: (f: RowField) => boolean; onChange: (row: RuleRow) => void }) {
  const { t } = useTranslation();
  if (row.op === 'in' || row.op === 'not_in') return <ValuesInput row={row} fact={fact} bad={bad('values')} onChange={(values) => onChange({ ...row, values })} />;
  if (row.op === 'between') {
    return (
      <Flex gap={6} align="center">
        <NumberInput value={row.min} unit={fact.unit} field="min" bad={bad('min')} onChange={(min) => onChange({ ...row, min })} />
        <span>–</span>
        <NumberInput value={row.max} unit={fact.unit} field="max" bad={bad('max')} onChange={(max) => onChange({ ...row, max })} />
      </Flex>
    );
  }
  if (fact.kind === 'grade') {
    return (
      <Select<string>
        value={typeof row.value === 'string' ? row.value : undefined}
        options={(fact.scale ?? []).map((g) => ({ value: g, label: g }))}
        onChange={(value) => onChange({ ...row, value })}
        status={bad('value') ? 'error' : undefined}
        placeholder={t('offering.rules.value')}
        aria-label={t('offering.rules.value')}
        style={{ width: 120 }}
        data-testid="rule-value"
      />
    );
  }
  return <NumberInput value={typeof row.value === 'number' ? row.value : undefined} unit={fact.unit} field="value" bad={bad('value')} onChange={(value) => onChange({ ...row, value })} />;
}

/** A yes/no fact is a toggle: the product requires it (是) or its absence (否). */
function FlagToggle({ row, onChange }: { row: RuleRow; onChange: (row: RuleRow) => void }) {
  const { t } = useTranslation();
  const required = flagRequired(row);
  return (
    <Flex gap={8} align="center">
      <Switch
        checked={required}
        checkedChildren={t('common.yes')}
        unCheckedChildren={t('common.no')}
        onChange={(on) => onChange(flagRow(row, on))}
        aria-label={t('edges.flags.toggle')}
        data-testid="rule-flag"
      />
      <Typography.Text type="secondary">{t(required ? 'edges.flags.required' : 'edges.flags.excluded')}</Typography.Text>
    </Flex>
  );
}

function RuleRowEditor({ row, facts, fact, problems, onChange, onRemove }: RowProps) {
  const { t, i18n } = useTranslation();
  const bad = (field: RowField) => problems.some((p) => p.field === field);
  return (
    <div data-testid="rule-row" style={{ padding: '8px 0', borderBottom: '1px dashed #eef1f6' }}>
      <Flex gap={8} align="center" wrap>
        <Select<string>
          showSearch
          optionFilterProp="label"
          value={row.fact}
          placeholder={t('offering.rules.fact')}
          aria-label={t('offering.rules.fact')}
          options={facts.map((f) => ({ value: f.key, label: factName(f, i18n.language, f.key) }))}
          onChange={(key) => {
            const next = facts.find((f) => f.key === key);
            if (next) onChange(withFact(row, next));
          }}
          status={bad('fact') ? 'error' : undefined}
          style={{ width: 220 }}
          data-testid="rule-fact"
        />
        {fact?.kind === 'flag' ? (
          <FlagToggle row={row} onChange={onChange} />
        ) : (
          <Select<RuleOp>
            value={row.op}
            disabled={!fact}
            placeholder={t('offering.rules.op')}
            aria-label={t('offering.rules.op')}
            options={(fact?.ops ?? []).map((op) => ({ value: op, label: t(`market.ops.${op}`) }))}
            onChange={(op) => onChange(withOp(row, op))}
            status={bad('op') ? 'error' : undefined}
            style={{ width: 110 }}
            data-testid="rule-op"
          />
        )}
        {fact && row.op && fact.kind !== 'flag' ? <ValueInput row={row} fact={fact} bad={bad} onChange={onChange} /> : null}
        <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('offering.rules.remove')} title={t('offering.rules.remove')} onClick={onRemove} data-testid="rule-remove" />
      </Flex>
      {problems.map((p) => (
        <Typography.Text key={`${p.field}:${p.message}`} type="danger" style={{ display: 'block', fontSize: 12, marginTop: 4 }} data-testid="rule-error">
          {p.message}
        </Typography.Text>
      ))}
    </div>
  );
}

interface RuleBuilderProps {
  value?: RuleRow[];
  onChange?: (rows: RuleRow[]) => void;
  facts: MatchFact[];
  problems: RowProblems;
  incomplete: readonly number[];
  /** Show "complete or remove" on incomplete rows (after a save was tried). */
  strict: boolean;
}

export function RuleBuilder({ value = [], onChange, facts, problems, incomplete, strict }: RuleBuilderProps) {
  const { t } = useTranslation();
  const byKey = new Map(facts.map((f) => [f.key, f]));
  const set = (rows: RuleRow[]) => onChange?.(rows);
  const nextId = value.reduce((max, r) => Math.max(max, r.id), 0) + 1;
  return (
    <div data-testid="rule-builder">
      {value.length === 0 ? <Typography.Paragraph type="secondary">{t('offering.rules.empty')}</Typography.Paragraph> : null}
      {value.map((row, i) => {
        const own = problems.byRow.get(i) ?? [];
        const unfinished = strict && incomplete.includes(i) ? [{ field: 'row' as const, message: t('offering.rules.incomplete') }] : [];
        return (
          <RuleRowEditor
            key={row.id}
            row={row}
            facts={facts}
            fact={row.fact ? byKey.get(row.fact) : undefined}
            problems={[...own, ...unfinished]}
            onChange={(next) => set(value.map((r, j) => (j === i ? next : r)))}
            onRemove={() => set(value.filter((_, j) => j !== i))}
          />
        );
      })}
      {problems.general.map((message) => (
        <Typography.Text key={message} type="danger" style={{ display: 'block' }} data-testid="rule-error">
          {message}
        </Typography.Text>
      ))}
      <Button type="dashed" icon={<PlusOutlined />} onClick={() => set([...value, { id: nextId }])} style={{ marginTop: 12 }} data-testid="rule-add">
        {t('offering.rules.add')}
      </Button>
    </div>
  );
}
