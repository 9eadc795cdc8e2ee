// The multipart form of a training request, validated like any other input.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { fail, invalidFields, problem } from '../../../domain/shared/errors.ts';
import type { TrainRequest } from '../../../services/rating/train-models.ts';
import { zodIssueProblem } from '../../../domain/shared/zod-issues.ts';
import { formFieldText } from '../../text-rule.ts';
import { TrainingKindEnum } from '../vocabulary.ts';

const Fields = z.object({
  label: z.string().trim().min(1).max(200),
  positive: z.string().trim().min(1).max(200).optional(),
  kind: TrainingKindEnum.default('both'),
  holdout: z.coerce.number().gt(0).lt(0.9).default(0.3),
  seed: z.coerce.number().int().min(0).max(2 ** 31).default(42),
});

export async function readTrainForm(request: FastifyRequest): Promise<TrainRequest> {
  if (!request.isMultipart()) throw fail('request.multipart_required');
  const fields: Record<string, string> = {};
  let csv: Buffer | undefined;
  let fileName = 'upload.csv';
  for await (const part of request.parts()) {
    if (part.type === 'field') fields[part.fieldname] = formFieldText(part);
    else {
      csv = await part.toBuffer();
      fileName = part.filename || fileName;
    }
  }
  if (!csv) throw invalidFields([problem('file', 'file.required')]);
  const parsed = Fields.safeParse(fields);
  if (!parsed.success) {
    throw invalidFields(parsed.error.issues.map((i) => zodIssueProblem(i)));
  }
  const { kind, ...rest } = parsed.data;
  return { ...rest, csv, fileName, kinds: kind === 'both' ? ['scorecard', 'gbdt'] : [kind] };
}
