import { Col, Row } from 'antd';
import type { DiagnosisResult } from '../../../../domain/diagnosis';
import { HnteResultCard } from './HnteResultCard';
import { TechSmeResultCard } from './TechSmeResultCard';

/**
 * 科小 and 高企 diagnosis side by side. Takes the plain result, so the self-check page and an
 * enterprise's detail page (diagnosis from stored annual data) show it the same way.
 */
export function DiagnosisResultView({ result }: { result: DiagnosisResult }) {
  return (
    <Row gutter={[16, 16]} data-testid="diagnosis-result">
      <Col xs={24} xl={9}><TechSmeResultCard result={result.techSme} /></Col>
      <Col xs={24} xl={15}><HnteResultCard result={result.hnte} /></Col>
    </Row>
  );
}

export default DiagnosisResultView;
