import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskMobile } from '../../../domain/masking';
import { FieldCipher } from './field-cipher';
import { hashPassword, verifyPassword } from './passwords';
import { cryptoSelfTest, sm3Hex } from './sm';

describe('SM3 / SM4 self-test', () => {
  it('passes the GB/T 32905 and GB/T 32907 known-answer vectors on this Node build', () => {
    expect(() => cryptoSelfTest()).not.toThrow();
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });
});

describe('SM4 field encryption', () => {
  const cipher = new FieldCipher('0123456789abcdeffedcba9876543210');

  it('round-trips Chinese and ASCII text, with a fresh IV each time', () => {
    const a = cipher.encrypt('110105199001011234');
    const b = cipher.encrypt('110105199001011234');
    expect(a).not.toBe(b);
    expect(a.startsWith('sm4:v1:')).toBe(true);
    expect(cipher.decrypt(a)).toBe('110105199001011234');
    expect(cipher.decrypt(cipher.encrypt('霍邱县城关镇'))).toBe('霍邱县城关镇');
  });

  it('never reuses an IV, also across refills of the pooled random bytes', () => {
    const ivs = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const stored = cipher.encrypt('13800000000');
      ivs.add(Buffer.from(stored.slice(7), 'base64').subarray(0, 16).toString('hex'));
      expect(cipher.decrypt(stored)).toBe('13800000000');
    }
    expect(ivs.size).toBe(1000);
  });

  it('refuses a tampered ciphertext and a different key', () => {
    const stored = cipher.encrypt('13812345678');
    const raw = Buffer.from(stored.slice(7), 'base64');
    raw[20] = raw[20]! ^ 1;
    expect(() => cipher.decrypt(`sm4:v1:${raw.toString('base64')}`)).toThrow('完整性');
    const other = new FieldCipher(crypto.randomBytes(16).toString('hex'));
    expect(() => other.decrypt(stored)).toThrow();
  });

  it('rejects a key of the wrong length', () => {
    expect(() => new FieldCipher('abcd')).toThrow('16 字节');
  });
});

describe('masking', () => {
  it('masks ID and mobile numbers the same way everywhere', () => {
    expect(maskIdNumber('110105199001011234')).toBe('110105********1234');
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(maskMobile(null)).toBeNull();
  });
});

describe('password hashing', () => {
  it('verifies the right password only, with a salted scrypt hash', async () => {
    const h1 = await hashPassword('Kejiju#2026');
    const h2 = await hashPassword('Kejiju#2026');
    expect(h1).not.toBe(h2);
    expect(h1.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('Kejiju#2026', h1)).toBe(true);
    expect(await verifyPassword('kejiju#2026', h1)).toBe(false);
  });
});
