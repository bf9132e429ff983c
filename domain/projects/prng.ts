/**
 * A small, well-known deterministic generator (sfc32 seeded through cyrb128), so a reviewer draw
 * can be replayed from its recorded seed on any machine and any Node version. Not for secrets:
 * the seed itself comes from crypto.randomBytes and is recorded with the draw.
 */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export interface Prng {
  /** Uniform integer in [0, n). */
  below(n: number): number;
}

export function seededPrng(seed: string): Prng {
  let [a, b, c, d] = cyrb128(seed);
  const next32 = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up, as recommended for sfc32.
  for (let i = 0; i < 15; i++) next32();
  return {
    below(n: number): number {
      if (!Number.isInteger(n) || n <= 0) throw new Error('below(n) needs a positive integer');
      // Rejection sampling: no modulo bias.
      const limit = Math.floor(0x1_0000_0000 / n) * n;
      let x = next32();
      while (x >= limit) x = next32();
      return x % n;
    },
  };
}

/** Fisher–Yates shuffle of a copy. */
export function shuffled<T>(items: readonly T[], prng: Prng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = prng.below(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
