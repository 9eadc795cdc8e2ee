// Credit grades, best first.
export const GRADES = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C'] as const;
export type Grade = (typeof GRADES)[number];
