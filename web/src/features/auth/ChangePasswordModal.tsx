import { App, Modal } from 'antd';
import { useRefreshMe } from '../../app/auth';
import { ChangePasswordForm } from './ChangePasswordForm';

export default function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const refreshMe = useRefreshMe();
  return (
    <Modal open={open} title="修改密码" footer={null} onCancel={onClose} destroyOnHidden>
      <ChangePasswordForm onDone={() => {
        void message.success('密码已修改');
        onClose();
        void refreshMe();
      }} />
    </Modal>
  );
}
