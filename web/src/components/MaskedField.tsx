import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Space, Tooltip } from 'antd';
import { useState } from 'react';

interface Props {
  masked: string | null;
  /** Fetches the clear value; the server records the reveal in the audit log. */
  reveal?: () => Promise<string>;
  label?: string;
}

/** Shows a masked personal identifier; with permission, a 查看 button fetches the clear value. */
export function MaskedField({ masked, reveal, label = '完整信息' }: Props) {
  const { message } = App.useApp();
  const [clear, setClear] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  if (!masked) return <span style={{ color: '#bfbfbf' }}>—</span>;
  if (clear) return <span>{clear}</span>;
  const onReveal = async () => {
    if (!reveal) return;
    setLoading(true);
    try {
      setClear(await reveal());
    } catch (err) {
      void message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setLoading(false);
    }
  };
  return (
    <Space size={4}>
      <span>{masked}</span>
      {reveal && (
        <Tooltip title={`查看${label}（将记入审计日志）`}>
          <Button type="link" size="small" icon={<EyeOutlined />} loading={loading} onClick={() => void onReveal()}>
            查看
          </Button>
        </Tooltip>
      )}
    </Space>
  );
}
