import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../api/client';
import { applyApiError } from '../../../components/form-errors';
import { enterpriseKeys } from '../api/client';

/**
 * The state of a small form modal of this feature: validate, run the request, refresh every
 * enterprise query on success, put field errors on the fields and the rest in `error`.
 */
export function useFormMutation<V, R = unknown>(fields: readonly string[], run: (v: V) => Promise<R>, done: string, onClose: () => void, onSaved?: (r: R) => void) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: run,
    onSuccess: (result) => {
      void message.success(done);
      void qc.invalidateQueries({ queryKey: enterpriseKeys.all });
      onSaved?.(result);
      onClose();
    },
    onError: (err) => {
      const text = applyApiError(form, err, fields);
      setError(text && isApiError(err, 'STALE_VERSION') ? `${text}（请关闭后重新打开）` : text);
    },
  });
  // A failed validation already shows on the fields; its rejection must not go unhandled.
  const submit = () => void form.validateFields().then((v) => { setError(null); mutation.mutate(v); }, () => undefined);
  return { form, submit, error, pending: mutation.isPending };
}
