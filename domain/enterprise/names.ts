/**
 * Chinese collation of enterprise names, as String#localeCompare(…, 'zh-CN') orders them. One
 * collator for every comparison: localeCompare builds one per call, which made sorting a
 * province's lists slow.
 */
export const compareChineseNames: (a: string, b: string) => number = new Intl.Collator('zh-CN').compare;
