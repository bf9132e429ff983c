import { useMutation } from '@tanstack/react-query';
import { Form, type FormInstance } from 'antd';
import { useState } from 'react';
import type { DiagnosisInput } from '../../../../domain/diagnosis';
import { ApiError } from '../../api/client';
import { diagnosisApi } from './api';
import { namePath, toInput } from './form-model';

// Paths come from the server or the shared checks at run time, so they cannot be typed statically.
const markFields = (form: FormInstance<DiagnosisInput>, list: { field: string; message: string }[]) =>
  form.setFields(list.map((d) => ({ name: namePath(d.field) as never, errors: [d.message] })));

/**
 * Runs the shared cross-field checks first (instant feedback, no request), then the API; field
 * errors from either land on the form fields, anything else becomes the page-level error.
 */
export function useDiagnosis() {
  const [form] = Form.useForm<DiagnosisInput>();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: diagnosisApi.diagnose,
    onError: (err) => {
      const details = err instanceof ApiError ? err.details.filter((d) => d.field) : [];
      markFields(form, details.map((d) => ({ field: d.field!, message: d.message })));
      setError(err.message);
    },
  });
  const submit = (values: DiagnosisInput) => {
    setError(null);
    const { input, issues } = toInput(values);
    if (issues.length) {
      // A result for figures the user has since changed would be misleading next to the errors.
      mutation.reset();
      markFields(form, issues);
      form.scrollToField(namePath(issues[0]!.field) as never);
      setError(issues.map((i) => i.message).join('；'));
      return;
    }
    mutation.mutate(input);
  };
  return { form, submit, error, pending: mutation.isPending, result: mutation.data ?? null };
}
