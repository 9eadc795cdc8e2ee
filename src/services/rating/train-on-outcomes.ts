// Retrains candidate models on the platform's own loan outcomes (the workflow's export), as drafts
// backtested like any upload.
import type { ModelKind } from '../../domain/model-lab/types.ts';
import { fail } from '../../domain/shared/errors.ts';
import { todayOf, type ServiceContext } from '../shared/context.ts';
import { exportOutcomes, OUTCOME_LABEL } from '../workflow/outcomes.ts';
import { trainFromCsv } from './train-models.ts';

export async function trainOnOutcomes(ctx: ServiceContext, options: { kinds: ModelKind[]; holdout: number; seed: number }) {
  const { csv, rows, bad } = await exportOutcomes(ctx);
  if (bad < 10 || rows - bad < 10) throw fail('model.not_enough_outcomes', { rows, bad });
  return trainFromCsv(ctx, { csv: new TextEncoder().encode(csv), fileName: `platform-outcomes-${todayOf(ctx)}.csv`, label: OUTCOME_LABEL, positive: '1', ...options });
}
