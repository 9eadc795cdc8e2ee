// The multipart form of a training request, validated like any other input.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { invalidInput } from '../../../domain/shared/errors.ts';
import type { TrainRequest } from '../../../services/rating/train-models.ts';
import { formFieldText } from '../../text-rule.ts';

const Fields = z.object({
  label: z.string().trim().min(1).max(200),
  positive: z.string().trim().min(1).max(200).optional(),
  kind: z.enum(['scorecard', 'gbdt', 'both']).default('both'),
  holdout: z.coerce.number().gt(0).lt(0.9).default(0.3),
  seed: z.coerce.number().int().min(0).max(2 ** 31).default(42),
});

export async function readTrainForm(request: FastifyRequest): Promise<TrainRequest> {
  if (!request.isMultipart()) throw invalidInput('Send the CSV as multipart/form-data', [{ field: 'file', message: 'required' }]);
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
  if (!csv) throw invalidInput('No CSV file was sent', [{ field: 'file', message: 'required' }]);
  const parsed = Fields.safeParse(fields);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
    throw invalidInput(`Invalid ${problems[0]!.field}: ${problems[0]!.message}`, problems);
  }
  const { kind, ...rest } = parsed.data;
  return { ...rest, csv, fileName, kinds: kind === 'both' ? ['scorecard', 'gbdt'] : [kind] };
}
