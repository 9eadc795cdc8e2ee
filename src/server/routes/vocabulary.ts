// The shared vocabularies (shared/) as named zod enums: each becomes one component schema of the
// OpenAPI document (`.meta({ id })`), so the web's generated types name them instead of repeating them.
import { z } from 'zod';
import { LOAN_TYPES, LPR_TENORS, NEED_STATUSES, PRODUCT_KINDS, PRODUCT_STATUSES, REPAYMENT_METHODS, RULE_OPS, SECURITY_KINDS, STAGES } from '../../../shared/marketplace.ts';
import { INSTITUTION_TYPES, ORG_TYPES, REGISTRATION_STATUSES, ROLES } from '../../../shared/organisations.ts';
import { GRADES, TRAINING_KINDS } from '../../../shared/rating.ts';
import { APPLICATION_STATES, DEADLINE_STATUSES, LOAN_CLASSIFICATIONS, LOAN_STATUSES, MOVE_NEEDS, RECOVERY_SOURCES, REJECTION_REASONS, SIGNAL_KINDS, SIGNAL_STATUSES } from '../../../shared/workflow.ts';
import { ERROR_CODES } from '../../../shared/errors.ts';
import { INVESTMENT_STAGES, INVESTOR_KINDS } from '../../../shared/investors.ts';

export const ErrorCodeEnum = z.enum(ERROR_CODES).meta({ id: 'ErrorCode' });
export const RoleEnum = z.enum(ROLES).meta({ id: 'Role' });
export const OrgTypeEnum = z.enum(ORG_TYPES).meta({ id: 'OrgType' });
export const InstitutionTypeEnum = z.enum(INSTITUTION_TYPES).meta({ id: 'InstitutionType' });
export const ApplicationStateEnum = z.enum(APPLICATION_STATES).meta({ id: 'ApplicationState' });
export const MoveNeedEnum = z.enum(MOVE_NEEDS).meta({ id: 'MoveNeed' });
export const RejectionReasonEnum = z.enum(REJECTION_REASONS).meta({ id: 'RejectionReason' });
export const DeadlineStatusEnum = z.enum(DEADLINE_STATUSES).meta({ id: 'DeadlineStatus' });
export const LoanStatusEnum = z.enum(LOAN_STATUSES).meta({ id: 'LoanStatus' });
export const LoanClassificationEnum = z.enum(LOAN_CLASSIFICATIONS).meta({ id: 'LoanClassification' });
export const RecoverySourceEnum = z.enum(RECOVERY_SOURCES).meta({ id: 'RecoverySource' });
export const SignalKindEnum = z.enum(SIGNAL_KINDS).meta({ id: 'SignalKind' });
export const SignalStatusEnum = z.enum(SIGNAL_STATUSES).meta({ id: 'SignalStatus' });
export const ProductKindEnum = z.enum(PRODUCT_KINDS).meta({ id: 'ProductKind' });
export const ProductStatusEnum = z.enum(PRODUCT_STATUSES).meta({ id: 'ProductStatus' });
export const LoanTypeEnum = z.enum(LOAN_TYPES).meta({ id: 'LoanType' });
export const RepaymentMethodEnum = z.enum(REPAYMENT_METHODS).meta({ id: 'RepaymentMethod' });
export const SecurityKindEnum = z.enum(SECURITY_KINDS).meta({ id: 'SecurityKind' });
export const LprTenorEnum = z.enum(LPR_TENORS).meta({ id: 'LprTenor' });
export const StageEnum = z.enum(STAGES).meta({ id: 'Stage' });
export const RuleOpEnum = z.enum(RULE_OPS).meta({ id: 'RuleOp' });
export const GradeEnum = z.enum(GRADES).meta({ id: 'Grade' });
export const NeedStatusEnum = z.enum(NEED_STATUSES).meta({ id: 'NeedStatus' });
export const RegistrationStatusEnum = z.enum(REGISTRATION_STATUSES).meta({ id: 'RegistrationStatus' });
export const TrainingKindEnum = z.enum(TRAINING_KINDS).meta({ id: 'TrainingKind' });
export const InvestorKindEnum = z.enum(INVESTOR_KINDS).meta({ id: 'InvestorKind' });
export const InvestmentStageEnum = z.enum(INVESTMENT_STAGES).meta({ id: 'InvestmentStage' });
