export { DEFAULT_BINNING, type BinningOptions } from './binning.ts';
export { DEFAULT_SCALING, type Scaling, type ScorecardJson, type ScorecardModel, type ScorecardTableRow } from './scorecard-model.ts';
export { scorecardFromJSON } from './scorecard-json.ts';
export { DEFAULT_SELECTION, type SelectionOptions } from './selection.ts';
export { trainScorecard, type ScorecardOptions } from './train-scorecard.ts';
