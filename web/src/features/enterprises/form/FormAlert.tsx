import { Alert } from 'antd';

/** The error of a form modal that could not be put on a field. */
export const FormAlert = ({ error }: { error: string | null }) => (error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null);
