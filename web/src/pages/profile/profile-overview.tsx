// Completeness beside the criteria checks; shown only when the viewer sees the full profile.
import { Col, Row } from '../../components/grid';
import { completenessOf, type EnterpriseProfile } from '../../api/profile';
import { CompletenessCard } from './completeness-card';
import { CriteriaCard } from './criteria-card';

export function ProfileOverview({ profile }: { profile: EnterpriseProfile }) {
  if (profile.view !== 'full') return null;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} xl={9}>
        <CompletenessCard completeness={completenessOf(profile)} />
      </Col>
      <Col xs={24} xl={15}>
        <CriteriaCard criteria={profile.criteria} />
      </Col>
    </Row>
  );
}
