// Marketplace codes as coloured tags: product kind and loan type, product, park-approval and need status.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApprovalStatus, LoanType, ProductKind, ProductStatus } from '../../api/marketplace';
import type { NeedStatus } from '../../api/needs';

const KIND_COLORS: Record<ProductKind, string> = { loan: 'blue', guarantee: 'purple', insurance: 'cyan', equity: 'magenta' };
const PRODUCT_COLORS: Record<ProductStatus, string> = { draft: 'default', published: 'green', withdrawn: 'red' };
const APPROVAL_COLORS: Record<ApprovalStatus, string> = { pending: 'gold', approved: 'green', rejected: 'red' };
const NEED_COLORS: Record<NeedStatus, string> = { open: 'blue', taken_up: 'green', closed: 'default', withdrawn: 'default' };

/** A long label wraps inside its table column instead of running into the next one. */
const WRAPPING = { marginInlineEnd: 0, whiteSpace: 'normal', maxWidth: '100%' } as const;

export function KindTag({ kind, loanType }: { kind: ProductKind; loanType?: LoanType | null }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLORS[kind]} style={WRAPPING} data-testid="product-kind">
      {t(`market.kinds.${kind}`)}
      {loanType ? ` · ${t(`market.loanTypes.${loanType}`)}` : ''}
    </Tag>
  );
}

export function ProductStatusTag({ status }: { status: ProductStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={PRODUCT_COLORS[status]} data-testid="product-status">
      {t(`market.productStatuses.${status}`)}
    </Tag>
  );
}

export function ApprovalTag({ status, label }: { status: ApprovalStatus; label?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={APPROVAL_COLORS[status]} style={WRAPPING} data-testid="approval-status">
      {label ? `${label} · ` : ''}
      {t(`market.approvalStatuses.${status}`)}
    </Tag>
  );
}

export function NeedStatusTag({ status }: { status: NeedStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={NEED_COLORS[status]} data-testid="need-status">
      {t(`market.needStatuses.${status}`)}
    </Tag>
  );
}
