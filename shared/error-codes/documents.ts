// Uploaded documents (subsidy claim proofs, pool claim documents): checked by their bytes and size.
import { invalid, notFound, tooLarge } from './entry.ts';

export const DOCUMENT_ERRORS = {
  'document.type_not_allowed': invalid('A document must be one of {types}, told by its content', { types: 'list' }),
  'document.extension_mismatch': invalid('The file is named .{extension} but its content is a {detected} file', { extension: 'text', detected: 'text' }),
  'document.too_large': tooLarge('A document may be at most {maxMb} MB; this one is {sizeMb} MB', { maxMb: 'number', sizeMb: 'number' }),
  'document.not_found': notFound('No such document'),
} as const;
