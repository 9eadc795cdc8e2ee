// One profile section as a table: its rows with their provenance, and (for the enterprise) add,
// edit and delete. Rows the server refused are marked with its messages.
import { useState, type ReactNode } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType, type TableProps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ProfileRow } from '../../api/profile';
import { labelOr } from '../../lib/labels';
import { displayValue } from './field-values';
import { ProvenanceCell } from './provenance-cell';
import { RowFormModal } from './row-form-modal';
import { sortRows, type SectionSpec } from './section-specs';
import { useSectionSave } from './use-section-save';
import { businessToday } from '../../business-time';

export interface SectionTableProps {
  spec: SectionSpec;
  rows: ProfileRow[];
  creditCode: string;
  editable: boolean;
  onSaved: () => void;
  /** Columns added before the provenance column (e.g. financial ratios). */
  extraColumns?: TableColumnsType<ProfileRow>;
  expandable?: TableProps<ProfileRow>['expandable'];
  scrollX?: number | 'max-content';
  title?: ReactNode;
  /** Whether money columns name their unit (sections that say it once in the title do not). */
  unitInHeaders?: boolean;
}

const expired = (spec: SectionSpec, row: ProfileRow) =>
  spec.expiresField !== undefined && typeof row[spec.expiresField] === 'string' && dayjs(row[spec.expiresField] as string).isBefore(businessToday(), 'day');

export function SectionTable({ spec, rows, creditCode, editable, onSaved, extraColumns = [], expandable, scrollX, title, unitInHeaders = true }: SectionTableProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { save, rowErrors } = useSectionSave(creditCode, spec, onSaved);
  const [editing, setEditing] = useState<ProfileRow | 'new'>();
  const sorted = sortRows(spec, rows);
  const columnFields = spec.fields.filter((f) => f.column);

  const remove = async (row: ProfileRow) => {
    const outcome = await save(rows.filter((r) => r !== row));
    if (outcome.ok) message.success(t('profile.deleted'));
    else message.error(outcome.message);
  };

  const isMoney = (kind: string) => kind === 'money' || kind === 'signedMoney';
  const columns: TableColumnsType<ProfileRow> = columnFields.map((field) => ({
    title: unitInHeaders && isMoney(field.kind) ? t('profile.moneyHeader', { label: t(`profile.fields.${field.name}`) }) : t(`profile.fields.${field.name}`),
    key: field.name,
    align: isMoney(field.kind) || field.kind === 'count' ? 'right' : undefined,
    width: isMoney(field.kind) ? 120 : field.kind === 'year' ? 80 : undefined,
    render: (_, row) => {
      const text = displayValue(field, row[field.name], t, i18n.language);
      const error = rowErrors.get(row)?.[field.name];
      if (!error) return field.kind === 'longText' ? <Typography.Paragraph ellipsis={{ rows: 2, tooltip: text }} style={{ margin: 0 }}>{text}</Typography.Paragraph> : text;
      return (
        <Typography.Text type="danger" data-testid="row-error">
          {text}
          <div style={{ fontSize: 12 }}>{error}</div>
        </Typography.Text>
      );
    },
  }));
  if (spec.expiresField) {
    columns.push({
      title: t('common.status'),
      key: 'validity',
      width: 90,
      render: (_, row) => (expired(spec, row) ? <Tag>{t('profile.expired')}</Tag> : <Tag color="green">{t('profile.valid')}</Tag>),
    });
  }
  columns.push(...extraColumns);
  columns.push({ title: t('profile.provenance'), key: 'provenance', width: 150, render: (_, row) => <ProvenanceCell row={row} /> });
  if (editable) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 112,
      fixed: 'right',
      render: (_, row) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(row)}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('profile.deleteConfirm')}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove(row)}
          >
            <Button type="link" size="small" danger>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  // Problems the columns cannot show (fields outside the table, or the row as a whole).
  const hidden = [...rowErrors.entries()].flatMap(([row, errors]) =>
    Object.entries(errors)
      .filter(([field]) => !columnFields.some((f) => f.name === field))
      .map(([field, error]) => {
        const where = t('profile.otherRows', { row: sorted.indexOf(row) + 1 });
        return `${where}${field ? ` · ${labelOr(t, `profile.fields.${field}`, field)}` : ''}: ${error}`;
      }),
  );

  return (
    <Card
      size="small"
      title={title ?? labelOr(t, `profile.sections.${spec.section}`, spec.section)}
      extra={
        editable ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid={`add-${spec.section}`}>
            {t('profile.add')}
          </Button>
        ) : null
      }
      style={{ marginBottom: 16 }}
      data-testid={`section-${spec.section}`}
    >
      {rowErrors.size > 0 ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          message={t('profile.rowErrors', { count: rowErrors.size })}
          description={hidden.length ? hidden.map((line) => <div key={line}>{line}</div>) : undefined}
        />
      ) : null}
      <Table<ProfileRow>
        rowKey={(row) => spec.key.map((k) => String(row[k] ?? '')).join('|')}
        size="small"
        columns={columns}
        dataSource={sorted}
        pagination={sorted.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{ emptyText: t('profile.empty') }}
        scroll={{ x: scrollX ?? 760 }}
        expandable={expandable}
        onRow={(row) => ({
          style: rowErrors.has(row) ? { background: '#fff1f0' } : expired(spec, row) ? { color: '#00000073', opacity: 0.6 } : undefined,
        })}
      />
      {editing ? (
        <RowFormModal spec={spec} row={editing === 'new' ? undefined : editing} rows={rows} save={save} onClose={() => setEditing(undefined)} />
      ) : null}
    </Card>
  );
}
