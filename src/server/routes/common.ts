// Schemas and presenters shared by route modules.
import { z } from 'zod';

export const ErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});

/** The error responses every signed-in route can give, for the OpenAPI document. */
export const errorResponses = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  409: ErrorSchema,
};

/**
 * Text that may span lines (tab, LF and CRLF allowed); every other string at the edge is one line.
 * The text rule (src/server/text-rule.ts) reads this registry; chained checks (`.trim().max(n)`) keep it.
 */
export const MULTILINE_TEXT = z.registry<{ multiline: true }>();
export const multilineText = () => z.string().register(MULTILINE_TEXT, { multiline: true });

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().min(1).max(100).optional(),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const IdParams = z.object({ id: z.uuid() });

export const Status = z.enum(['active', 'deactivated']);
export const RegionCode = z.string().regex(/^[0-9]{6}$/, 'field.invalid_region_code');
export const CreditCodeFormat = z
  .string()
  .trim()
  .toUpperCase()
  .length(18, 'field.credit_code_length');
export const IsoDate = z.iso.date();
export const Timestamp = z.string();

export const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Money leaves the server as an integer number of fen; it never exceeds 2^53 in practice. */
export function fenToJson(fen: bigint): number {
  if (fen > BigInt(Number.MAX_SAFE_INTEGER) || fen < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`Amount of ${fen} fen is beyond the exact range of JSON numbers`);
  }
  return Number(fen);
}
