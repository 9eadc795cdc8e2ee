// What a move is called on its button: by where it goes, except the enterprise's answer to a request
// for information, which goes back to review.
import type { TFunction } from 'i18next';
import type { ApplicationState } from '../../api/applications';

export function moveLabel(t: TFunction, from: ApplicationState, to: ApplicationState): string {
  if (from === 'info_requested' && to === 'accepted') return t('workflow.moves.answer');
  return t(`workflow.moves.${to}`);
}
