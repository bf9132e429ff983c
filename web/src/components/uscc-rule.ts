import { checkUscc } from '../../../domain/uscc';

/** Form rule: a filled-in 统一社会信用代码 must pass the GB 32100 checks (the server checks again). */
export const usccRule = {
  validator: (_: unknown, v: string | undefined) => {
    if (!v) return Promise.resolve();
    const r = checkUscc(v);
    return r.valid ? Promise.resolve() : Promise.reject(new Error(`统一社会信用代码无效：${r.reason}`));
  },
};
