import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors';

export interface Upload {
  name: string;
  content: Buffer;
}

const zipMagic = Buffer.from('PK\u0003\u0004', 'latin1');
const oleMagic = Buffer.from('d0cf11e0a1b11ae1', 'hex');

/**
 * The one .xlsx file of a multipart request (field name free), read into memory up to the
 * configured upload limit. Rejects what is plainly not an .xlsx before anything is stored.
 */
export async function readXlsxUpload(request: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!request.isMultipart()) throw new AppError('VALIDATION_FAILED', '请以 multipart/form-data 方式上传 .xlsx 文件');
  const part = await request.file();
  if (!part) throw new AppError('VALIDATION_FAILED', '没有收到上传的文件');
  let content: Buffer;
  try {
    content = await part.toBuffer();
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('PAYLOAD_TOO_LARGE', `文件超过 ${Math.round(maxBytes / 1024 / 1024)} MB 的上限，请拆分后分批导入`);
    }
    throw err;
  }
  if (content.length === 0) throw new AppError('VALIDATION_FAILED', '上传的文件是空的');
  if (content.subarray(0, 8).equals(oleMagic)) {
    throw new AppError('VALIDATION_FAILED', '这是旧版 .xls 文件（或加密的工作簿），请在 Excel/WPS 中“另存为” .xlsx 后再导入');
  }
  if (!content.subarray(0, 4).equals(zipMagic)) throw new AppError('VALIDATION_FAILED', '文件不是 .xlsx 格式');
  const name = [...(part.filename || 'upload.xlsx')].map((ch) => (ch < ' ' || ch === '/' || ch === '\\' ? '_' : ch)).join('').slice(0, 200);
  return { name: /\.xlsx$/i.test(name) ? name : `${name}.xlsx`, content };
}
