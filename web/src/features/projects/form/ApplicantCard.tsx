import { Descriptions, Tag, Typography } from 'antd';
import type { ProjectDetail } from '../api/types';

/** 申报单位 from the enterprise master (信息一次填报): shown, never retyped. */
export function ApplicantCard({ info }: { info: ProjectDetail['applicantInfo'] }) {
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }} data-testid="applicant-card"
      title={<>申报单位 <Typography.Text type="secondary" style={{ fontSize: 13, fontWeight: 'normal' }}>
        {info.frozen ? '（提交时的企业库信息）' : '（来自企业库，自动带出，如有变化请到企业信息中修改）'}</Typography.Text></>}>
      <Descriptions.Item label="单位名称">{info.name}</Descriptions.Item>
      <Descriptions.Item label="统一社会信用代码">{info.uscc}</Descriptions.Item>
      <Descriptions.Item label="所在地区">{info.regionName ?? info.regionCode}</Descriptions.Item>
      <Descriptions.Item label="法定代表人">{info.legalRep ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="地址">{info.address ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="资质">
        {info.isHnte && <Tag color="gold">高新技术企业</Tag>}
        {info.isTechSme && <Tag color="blue">科技型中小企业</Tag>}
        {!info.isHnte && !info.isTechSme && '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}
