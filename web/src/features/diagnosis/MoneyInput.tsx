import { InputNumber, type InputNumberProps } from 'antd';

const withCommas = (v: string | undefined) => (v ? v.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : '');

/**
 * Amount in 元 kept as a decimal string end to end (stringMode), so the server receives exactly
 * what was typed: no binary-float rounding on large amounts.
 */
export function MoneyInput({ signed, ...props }: Omit<InputNumberProps<string>, 'stringMode'> & { signed?: boolean }) {
  return (
    <InputNumber<string>
      {...props}
      stringMode
      min={signed ? '-999999999999999.99' : '0'}
      max="999999999999999.99"
      precision={2}
      suffix="元"
      formatter={(v) => withCommas(v === undefined ? undefined : String(v))}
      parser={(v) => (v ?? '').replace(/,/g, '')}
      style={{ width: '100%' }}
    />
  );
}
