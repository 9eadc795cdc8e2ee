// The order "what would raise my grade" shows its changes in: the grade steps a change gains first,
// then the points it adds (the server sends them so; the page keeps the order whatever it is given).
import type { Improvement } from '../../api/rating';

type Effect = Pick<Improvement, 'gradeSteps' | 'scoreGain'>;

export const byEffect = (a: Effect, b: Effect) => b.gradeSteps - a.gradeSteps || b.scoreGain - a.scoreGain;

export const rankImprovements = <T extends Effect>(items: readonly T[]): T[] => [...items].sort(byEffect);
