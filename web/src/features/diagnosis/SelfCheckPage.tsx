import { Alert, Button, Flex, Layout, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { DiagnosisResultView } from './DiagnosisResultView';
import { initialValues } from './form-model';
import { SelfCheckForm } from './SelfCheckForm';
import { useDiagnosis } from './useDiagnosis';
import { UsccLookup } from './UsccLookup';

/** Public 企业自评 page (/self-check): no login; the figures are sent once and not stored. */
export default function SelfCheckPage() {
  const d = useDiagnosis();
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (d.result) resultRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [d.result]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#0f2a4f' }}>
        <Flex justify="space-between" align="center" style={{ height: '100%' }}>
          <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>企业自评 · 科技型中小企业 / 高新技术企业</Typography.Title>
          <Link to="/login"><Button ghost>登录平台</Button></Link>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1280, width: '100%', margin: '0 auto' }}>
        <Typography.Paragraph type="secondary">
          按《高新技术企业认定管理办法》（国科发火〔2016〕32号）和《科技型中小企业评价办法》（国科发政〔2017〕115号）
          的条件与评分标准自我测评。结果仅供参考，以认定机构和评价机构的正式结论为准；所填数据不会保存。
        </Typography.Paragraph>
        <UsccLookup />
        <SelfCheckForm form={d.form} pending={d.pending} onFinish={d.submit} initialValues={initialValues(dayjs().format('YYYY-MM-DD'))} />
        {d.error && <Alert type="error" showIcon title={d.error} style={{ marginTop: 16 }} data-testid="self-check-error" />}
        <div ref={resultRef} style={{ marginTop: 24 }}>
          {d.result && <DiagnosisResultView result={d.result} />}
        </div>
      </Layout.Content>
    </Layout>
  );
}
