const allowed = ['application/pdf', 'image/png', 'image/jpeg'] as const;
/** The API takes up to 1,400,000 Base64 characters, i.e. about 1 MB of file. */
export const maxAttachmentBytes = 1_000_000;

/** An agreement's scanned copy as the API wants it; refuses other formats and oversize files in Chinese. */
export async function readAttachment(file: File): Promise<{ name: string; mime: (typeof allowed)[number]; dataBase64: string }> {
  const mime = allowed.find((m) => m === file.type);
  if (!mime) throw new Error('协议扫描件只能是 PDF、PNG 或 JPEG 文件');
  if (file.size > maxAttachmentBytes) throw new Error('协议扫描件不能超过 1MB，请压缩后再上传');
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(new Error('无法读取文件'));
    r.readAsDataURL(file);
  });
  return { name: file.name, mime, dataBase64: dataUrl.split(',')[1] ?? '' };
}
