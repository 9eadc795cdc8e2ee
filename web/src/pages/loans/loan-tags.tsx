// A loan's status and its five-category classification as coloured tags.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LoanClassification, LoanStatus } from '../../api/loans';

const STATUS_COLORS: Record<LoanStatus, string> = { live: 'blue', closed: 'default', defaulted: 'red', written_off: 'magenta' };
const CLASSIFICATION_COLORS: Record<LoanClassification, string> = {
  normal: 'green',
  special_mention: 'gold',
  substandard: 'orange',
  doubtful: 'volcano',
  loss: 'red',
};

/** A long label (English) wraps inside its table column instead of running into the next one. */
const WRAPPING = { marginInlineEnd: 0, whiteSpace: 'normal', maxWidth: '100%' } as const;

export function LoanStatusTag({ status }: { status: LoanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} style={WRAPPING} data-testid="loan-status" data-status={status}>
      {t(`loans.statuses.${status}`)}
    </Tag>
  );
}

export function ClassificationTag({ classification }: { classification: LoanClassification }) {
  const { t } = useTranslation();
  return (
    <Tag color={CLASSIFICATION_COLORS[classification]} style={WRAPPING} data-testid="loan-classification" data-classification={classification}>
      {t(`loans.classifications.${classification}`)}
    </Tag>
  );
}
