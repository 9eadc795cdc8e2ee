// Database rows → the domain's EnterpriseProfile (what criteria, completeness and ratings read).
import type { EnterpriseWithPark } from '../../db/repositories/enterprises.ts';
import type { ProfileRows } from '../../db/repositories/profile.ts';
import type { EnterpriseProfile, FinancialStatement, IpKind, QualificationKind } from '../../domain/profile/types.ts';
import { FINANCIAL_FIELDS } from '../../domain/profile/types.ts';

export function toDomainProfile(enterprise: EnterpriseWithPark, rows: ProfileRows): EnterpriseProfile {
  return {
    registration: {
      creditCode: enterprise.creditCode,
      name: enterprise.name,
      legalRepresentative: enterprise.legalRepresentative,
      foundedOn: enterprise.foundedOn,
      registeredCapitalFen: enterprise.registeredCapitalFen,
      regionCode: enterprise.regionCode,
      industryCode: enterprise.industryCode,
      address: enterprise.address,
      parkCode: enterprise.parkCode,
      admittedOn: enterprise.admittedOn,
      employees: enterprise.employees,
      status: enterprise.status,
    },
    financials: rows.financials.map((r) => {
      const statement = { year: r.year } as FinancialStatement;
      for (const f of FINANCIAL_FIELDS) statement[f] = r[f] ?? null;
      return statement;
    }),
    people: rows.people.map((r) => ({
      month: r.month,
      employees: r.employees,
      stStaff: r.stStaff,
      rdStaff: r.rdStaff,
      postgradStaff: r.postgradStaff,
      socialInsuranceHeadcount: r.socialInsuranceHeadcount,
    })),
    ip: rows.ip.map((r) => ({
      kind: r.kind as IpKind,
      number: r.number,
      title: r.title,
      status: r.status,
      appliedOn: r.appliedOn,
      grantedOn: r.grantedOn,
    })),
    qualifications: rows.qualifications.map((r) => ({
      kind: r.kind as QualificationKind,
      certificateNo: r.certificateNo,
      validFrom: r.validFrom,
      validTo: r.validTo,
    })),
    taxGrades: rows.taxGrades.map((r) => ({ year: r.year, grade: r.grade })),
    complianceEvents: rows.complianceEvents.map((r) => ({
      kind: r.kind,
      reference: r.reference,
      occurredOn: r.occurredOn,
      resolvedOn: r.resolvedOn,
      amountFen: r.amountFen,
      description: r.description,
    })),
    equityRounds: rows.equityRounds.map((r) => ({
      closedOn: r.closedOn,
      round: r.round,
      amountFen: r.amountFen,
      ...(r.postMoneyValuationFen === null ? {} : { postMoneyValuationFen: r.postMoneyValuationFen }),
      investors: r.investors,
    })),
    loans: rows.loans.map((r) => ({ lender: r.lender, amountFen: r.amountFen, startedOn: r.startedOn, maturesOn: r.maturesOn, status: r.status })),
  };
}
