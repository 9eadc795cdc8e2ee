// The operator trains candidate models from a CSV in the web app: the same lab as the CLI, with
// the holdout's calibration table and ROC curve kept as the version's metrics. New versions are
// drafts; only one that reads the platform's feature catalogue can be activated.
import { insertModelVersion } from '../../db/repositories/ratings.ts';
import { authorize } from '../../domain/access/policy.ts';
import { backtest } from '../../domain/model-lab/backtest.ts';
import { datasetFromCsv } from '../../domain/model-lab/csv-dataset.ts';
import { predictAll } from '../../domain/model-lab/backtest.ts';
import { rocCurve } from '../../domain/model-lab/metrics.ts';
import { splitStratified } from '../../domain/model-lab/split.ts';
import { trainModels } from '../../domain/model-lab/train.ts';
import type { ModelKind } from '../../domain/model-lab/types.ts';
import { mutate, type ServiceContext } from '../shared/context.ts';
import { newId } from '../shared/ids.ts';
import { calibrationByGrade } from '../../domain/rating/calibration.ts';
import { EXPERT_MODEL_V1 } from '../../domain/rating/expert-model.ts';

export interface TrainRequest {
  csv: Uint8Array;
  fileName: string;
  label: string;
  positive?: string;
  kinds: ModelKind[];
  holdout: number;
  seed: number;
}

export async function trainFromCsv(ctx: ServiceContext, request: TrainRequest) {
  authorize(ctx.actor, 'model.manage');
  const { dataset } = datasetFromCsv(request.csv, { label: request.label, positive: request.positive });
  const result = trainModels(dataset, { kinds: request.kinds, holdout: request.holdout, seed: request.seed, clock: () => performance.now() });
  const { holdout } = splitStratified(dataset, request.holdout, request.seed); // the same split, deterministic
  const stamp = ctx.now().toISOString().replace(/[-:]/g, '').slice(0, 15);
  const versions = result.models.map((m) => {
    const test = backtest(m.model, holdout);
    const pds = predictAll(m.model, holdout);
    const metrics = {
      auc: m.auc, ks: m.ks, gini: m.gini, brier: m.brier, train_seconds: m.train_seconds,
      rows: result.rows, positives: result.positives, holdoutRows: holdout.rows,
      // By the platform's nine grades (the PD placed on its scale), and by equal-count deciles.
      calibration: calibrationByGrade(EXPERT_MODEL_V1, pds, holdout.labels),
      decileCalibration: test.calibration,
      roc: rocCurve(pds, holdout.labels),
      data: { file: request.fileName, label: request.label, seed: request.seed, holdout: request.holdout },
    };
    const model = m.model as unknown as { toJSON?: () => unknown };
    return { id: newId(), kind: m.kind, version: `${m.kind}-${stamp}-s${request.seed}`, metrics, parameters: { featureNames: m.model.featureNames, model: model.toJSON?.() ?? null } };
  });
  await mutate(ctx, async (tx) => {
    for (const v of versions) await insertModelVersion(tx, { ...v, status: 'draft', createdAt: ctx.now(), createdBy: ctx.actor.userId });
    return { result: null, audit: { action: 'model.train', targetType: 'model_version', targetId: versions.map((v) => v.version).join(','), details: { file: request.fileName, rows: result.rows } } };
  });
  return { rows: result.rows, positives: result.positives, models: versions.map((v) => ({ id: v.id, kind: v.kind, version: v.version, ...v.metrics })) };
}
