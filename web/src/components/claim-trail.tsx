// A claim's calculation trail, step by step in words (repayments counted, the LPR fixing, the rate
// cap, eligible interest, the share, each cap with its room, the budget), in the reader's language.
import { Empty, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrailStepJson } from '../api/policy';
import { trailLines } from '../lib/policy-format';

const COLORS: Record<string, string> = { ineligible: 'red', repayment_not_counted: 'gray', fee_payment_not_counted: 'gray', cap: 'orange', budget: 'blue', share: 'green', fee_subsidy: 'green', clawback: 'red' };

export function ClaimTrail({ trail, testId = 'claim-trail' }: { trail: readonly TrailStepJson[]; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (!trail.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policy.trail.empty')} />;
  const lines = trailLines(t, i18n.language, trail);
  return (
    <div data-testid={testId}>
      <Timeline
        items={lines.map((line, i) => ({
          key: i,
          color: COLORS[line.step] ?? 'gray',
          children: (
            <span data-step={line.step} style={{ fontVariantNumeric: 'tabular-nums' }}>
              {line.text}
            </span>
          ),
        }))}
      />
    </div>
  );
}
