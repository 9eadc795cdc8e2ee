// What the platform adds to the workflow's moves: the workflow does not depend on the areas that
// hook into it (pools read the workflow's loans and calendar). A disbursed loan is proposed, in the
// disbursement's transaction, to the risk compensation pools whose rules take it.
import { proposeAtDisbursement } from '../services/pools/proposals.ts';
import type { MoveHooks } from '../services/workflow/moves.ts';

export const MOVE_HOOKS: MoveHooks = { loanDisbursed: proposeAtDisbursement };
