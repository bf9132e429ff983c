import type { DraftPhoto } from './drafts';

/**
 * Phone photos are several MB; a service log needs a readable picture, not the original. Scale
 * to at most 1280 px on the long side and re-encode as JPEG, so a draft fits in localStorage and
 * the upload works on a weak rural connection.
 */
export async function compressPhoto(file: File, maxSide = 1280, quality = 0.72): Promise<DraftPhoto> {
  const url = URL.createObjectURL(file);
  try {
    const img = await new Promise<HTMLImageElement>((resolve, reject) => {
      const el = new Image();
      el.onload = () => resolve(el);
      el.onerror = () => reject(new Error(`无法读取图片：${file.name}`));
      el.src = url;
    });
    const scale = Math.min(1, maxSide / Math.max(img.naturalWidth, img.naturalHeight));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    const name = file.name.replace(/\.[^.]+$/, '') || 'photo';
    return { name: `${name}.jpg`, mime: 'image/jpeg', dataUrl: canvas.toDataURL('image/jpeg', quality) };
  } finally {
    URL.revokeObjectURL(url);
  }
}
