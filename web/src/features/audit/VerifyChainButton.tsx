import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { auditApi } from '../../api/audit';

/** Recomputes the whole audit hash chain on the server and reports the outcome. */
export function VerifyChainButton() {
  const { modal } = App.useApp();
  const verify = useMutation({
    mutationFn: auditApi.verify,
    onSuccess: (r) => {
      if (r.ok) {
        modal.success({ title: '哈希链校验通过', content: `已校验 ${r.checked} 条审计记录，未发现篡改、删除或插入。` });
      } else {
        modal.error({
          title: '哈希链校验未通过',
          content: `${r.reason ?? '记录不一致'}（已校验 ${r.checked} 条，首个异常记录编号 ${r.firstBadId ?? '未知'}）。请立即报告安全管理员。`,
        });
      }
    },
    onError: (err) => modal.error({ title: '校验失败', content: err.message }),
  });
  return (
    <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
      校验哈希链
    </Button>
  );
}
