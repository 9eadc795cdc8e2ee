// A workflow scope (src/domain/access/workflow-access.ts) as the SQL condition on a table's columns.
import { inArray, or, sql, type Column, type SQL } from 'drizzle-orm';
import type { WorkflowScope } from '../../domain/access/workflow-access.ts';

export interface ScopeColumns {
  institution: Column;
  enterprise?: Column;
  park: Column;
}

const none = sql`false`;
const within = (column: Column | undefined, ids: string[]) => (column && ids.length ? inArray(column, ids) : none);

/** undefined for everything, `false` for nothing, else the ids on the scope's column. */
export function scopeWhere(scope: WorkflowScope, columns: ScopeColumns): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'none':
      return none;
    case 'institution':
      return within(columns.institution, scope.ids);
    case 'enterprise':
      return within(columns.enterprise, scope.ids);
    case 'park':
      return within(columns.park, scope.ids);
    case 'institution_or_park':
      return or(within(columns.institution, scope.institutionIds), within(columns.park, scope.parkIds));
  }
}
