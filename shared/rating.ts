// Credit grades, and what the model lab trains.

/** Credit grades, best first. */
export const GRADES = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C'] as const;
export type Grade = (typeof GRADES)[number];

/** What a training request asks for: one model kind, or both trained on the same split. */
export const TRAINING_KINDS = ['scorecard', 'gbdt', 'both'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
