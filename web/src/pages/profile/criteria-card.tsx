// The criteria self-checks (tech-based SME, high-tech enterprise): pass or fail, rule by rule.
import { CheckCircleFilled, CloseCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Card, Collapse, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CriteriaCheck, RuleCheck } from '../../api/profile';
import { labelOr } from '../../lib/labels';
import { explainRule, formatMeasure, formatRequired } from './criteria-format';

/** A shortcut that does not apply is no failure: the set may still pass on its other rules. */
function ResultIcon({ rule }: { rule: RuleCheck }) {
  if (rule.passed) return <CheckCircleFilled style={{ color: '#237804' }} />;
  if (rule.role === 'shortcut') return <MinusCircleOutlined style={{ color: '#8c8c8c' }} />;
  return <CloseCircleFilled style={{ color: '#cf1322' }} />;
}

export function CriteriaCard({ criteria }: { criteria: CriteriaCheck[] | undefined }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const yesNo = [t('common.yes'), t('common.no')] as const;

  /** A failed rule says why in the reader's words (a shortcut that does not apply needs no why). */
  const columnsOf = (setCode: string): TableColumnsType<RuleCheck> => [
    {
      title: t('profile.criteria.rule'),
      key: 'rule',
      render: (_, rule) => (
        <Flex vertical>
          <Typography.Text>{english ? rule.nameEn : rule.nameZh}</Typography.Text>
          {!rule.passed && rule.role !== 'shortcut'
            ? explainRule(rule, setCode, t, i18n.language).map((line) => (
                <Typography.Text key={line} type="secondary" style={{ fontSize: 12 }} data-testid="criteria-explanation">
                  {line}
                </Typography.Text>
              ))
            : null}
        </Flex>
      ),
    },
    {
      title: t('profile.criteria.actual'),
      key: 'actual',
      width: 120,
      align: 'right',
      render: (_, rule) =>
        rule.actual === null ? (
          <Typography.Text type="warning">{t('profile.criteria.noData')}</Typography.Text>
        ) : (
          formatMeasure(rule.actual, rule.unit, i18n.language, yesNo)
        ),
    },
    { title: t('profile.criteria.required'), key: 'required', width: 140, align: 'right', render: (_, rule) => formatRequired(rule, i18n.language, yesNo) },
    {
      title: t('profile.criteria.points'),
      key: 'points',
      width: 80,
      align: 'right',
      render: (_, rule) => (rule.points === undefined ? '' : rule.maxPoints !== undefined ? `${rule.points} / ${rule.maxPoints}` : rule.points),
    },
    { title: t('profile.criteria.result'), key: 'passed', width: 64, align: 'center', render: (_, rule) => <ResultIcon rule={rule} /> },
  ];

  const header = (check: CriteriaCheck) => (
    <Flex gap={8} align="center" wrap data-testid={`criteria-${check.code}`}>
      <Typography.Text strong>{labelOr(t, `profile.criteria.codes.${check.code}`, check.code)}</Typography.Text>
      <Tag color={check.passed ? 'success' : 'error'} data-testid="criteria-result">
        {check.passed ? t('profile.criteria.passed') : t('profile.criteria.failed')}
      </Tag>
      {check.score !== undefined ? (
        <Typography.Text type="secondary">
          {check.maxScore !== undefined
            ? t('profile.criteria.score', { score: check.score, max: check.maxScore })
            : t('profile.criteria.scoreOnly', { score: check.score })}
        </Typography.Text>
      ) : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('profile.criteria.version', { version: check.version })}
      </Typography.Text>
    </Flex>
  );

  return (
    <Card title={t('profile.criteria.title')} style={{ height: '100%' }} data-testid="criteria">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('profile.criteria.hint')}
      </Typography.Paragraph>
      {criteria && criteria.length > 0 ? (
        <Collapse
          items={criteria.map((check) => ({
            key: check.code,
            label: header(check),
            children: (
              <Table<RuleCheck> rowKey="id" size="small" pagination={false} columns={columnsOf(check.code)} dataSource={check.rules} scroll={{ x: 560 }} />
            ),
          }))}
        />
      ) : (
        <Empty description={t('profile.criteria.none')} />
      )}
    </Card>
  );
}
