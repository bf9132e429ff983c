/** Attachment kinds of a project besides those a call requires for the application. */
export const projectFileKinds: Record<string, string> = {
  agreement: '项目任务书',
  progress_report: '进展报告',
  midterm_report: '中期检查报告',
  acceptance_report: '验收（结题）报告',
  expert_opinion: '专家组意见',
  publicity_notice: '公示材料',
  change_request: '变更申请材料',
  other: '其他材料',
};

/** Kinds an applicant may add once the project is approved and running. */
export const implementationKinds = ['agreement', 'progress_report', 'midterm_report', 'acceptance_report', 'change_request', 'other'];

const allowed = /\.(pdf|ofd|docx?|wps|xlsx?|et|jpe?g|png|zip|rar|7z|txt)$/i;

export function fileNameProblem(name: string): string | null {
  return allowed.test(name) ? null : '只接受 PDF、OFD、Word、WPS、Excel、图片（JPG/PNG）、压缩包或文本文件';
}

/** A file name safe for a zip entry and a Content-Disposition header. */
export const safeName = (name: string) =>
  [...name].map((ch) => (ch < ' ' || ch === '/' || ch === '\\' || ch === ':' ? '_' : ch)).join('').slice(0, 200) || 'file';
