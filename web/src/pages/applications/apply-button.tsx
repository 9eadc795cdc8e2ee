// "Apply" beside an eligible product (opening the application form), or a link to the application
// the enterprise already has open for it.
import { SendOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { OPEN_STATES } from '../../../../shared/workflow.ts';
import { listApplications, type Application, type ApplicationState } from '../../api/applications';
import type { MatchItem, Need } from '../../api/needs';
import { useAsync } from '../../lib/use-async';
import { applicationPath } from '../../lib/workflow-paths';
import { ApplyModal } from './apply-modal';

/** States in which the server refuses a second application to the same product. */

/** The enterprise's open applications by product (its most recent hundred, which covers any real enterprise). */
export function useOpenApplications(): Map<string, Application> {
  const mine = useAsync((signal) => listApplications({ pageSize: 100 }, signal), []);
  return new Map((mine.data?.items ?? []).filter((a) => (OPEN_STATES as readonly ApplicationState[]).includes(a.state)).map((a) => [a.product.id, a]));
}

export function ApplyButton({ productId, need, size = 'small' }: { productId: string; need?: Need; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="primary" size={size} icon={<SendOutlined />} onClick={() => setOpen(true)} data-testid="apply">
        {t('workflow.apply.button')}
      </Button>
      {open ? <ApplyModal productId={productId} need={need} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

interface ProductApplyProps {
  productId: string;
  eligible: boolean;
  open: Map<string, Application>;
  need?: Need;
  /** Shown when the product is neither open nor eligible. */
  otherwise?: ReactNode;
}

/** The open application for the product, or "Apply" when it is eligible. */
export function ProductApply({ productId, eligible, open, need, otherwise = null }: ProductApplyProps) {
  const { t } = useTranslation();
  const existing = open.get(productId);
  if (existing) {
    return (
      <Link to={applicationPath(existing.id)} data-testid="applied">
        {t('workflow.apply.viewExisting')}
      </Link>
    );
  }
  return eligible ? <ApplyButton productId={productId} need={need} /> : otherwise;
}

/** What a match card offers. */
export function applyAction(open: Map<string, Application>, need?: Need): (item: MatchItem) => ReactNode {
  return (item) => <ProductApply productId={item.productId} eligible={item.eligible} open={open} need={need} />;
}
