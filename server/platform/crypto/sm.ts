import crypto from 'node:crypto';

/** SM3 digest (GB/T 32905) as lower-case hex. */
export function sm3Hex(data: string | Buffer): string {
  return crypto.createHash('sm3').update(data).digest('hex');
}

export function hmacSm3(key: Buffer, data: string | Buffer): Buffer {
  return crypto.createHmac('sm3', key).update(data).digest();
}

/**
 * Known-answer self-test of SM3 and SM4 (GB/T 32905, GB/T 32907 vectors). A Node build whose
 * OpenSSL lacks or miscomputes them must not start: it would store data it cannot protect.
 */
export function cryptoSelfTest(): void {
  const hashes = crypto.getHashes();
  const ciphers = crypto.getCiphers();
  if (!hashes.includes('sm3')) throw new Error('密码自检失败：当前 Node/OpenSSL 不支持 SM3');
  if (!ciphers.includes('sm4-cbc') || !ciphers.includes('sm4-ecb')) {
    throw new Error('密码自检失败：当前 Node/OpenSSL 不支持 SM4');
  }
  if (sm3Hex('abc') !== '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0') {
    throw new Error('密码自检失败：SM3 已知答案测试不通过');
  }
  const key = Buffer.from('0123456789abcdeffedcba9876543210', 'hex');
  const cipher = crypto.createCipheriv('sm4-ecb', key, null);
  cipher.setAutoPadding(false);
  const out = Buffer.concat([cipher.update(key), cipher.final()]).toString('hex');
  if (out !== '681edf34d206965e86b3e94f536e4246') {
    throw new Error('密码自检失败：SM4 已知答案测试不通过');
  }
}
