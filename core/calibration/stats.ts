/**
 * The plain tests behind the report's flags, from running sums (count, sum, sum of squares), so
 * that nothing has to keep every rating: Welch's t-test for a reviewer's mean against everyone
 * else's (leniency, severity) and the F-test for their spread against everyone else's (central
 * tendency). P-values come from the regularised incomplete beta function (Numerical Recipes,
 * Press et al. 2007, §6.4).
 */

/** Running sums of a sample. */
export interface Moments { n: number; sum: number; sumSq: number }

export const emptyMoments = (): Moments => ({ n: 0, sum: 0, sumSq: 0 });

export function addTo(m: Moments, x: number): void {
  m.n++;
  m.sum += x;
  m.sumSq += x * x;
}

export const minus = (a: Moments, b: Moments): Moments => ({ n: a.n - b.n, sum: a.sum - b.sum, sumSq: a.sumSq - b.sumSq });
export const mean = (m: Moments): number => m.sum / m.n;

/** The sample variance (n − 1); 0 for fewer than two values. Guarded against rounding below zero. */
export function variance(m: Moments): number {
  if (m.n < 2) return 0;
  return Math.max(0, (m.sumSq - (m.sum * m.sum) / m.n) / (m.n - 1));
}

export interface TTest { t: number; df: number; p: number }

/** Welch's two-sample t-test, two-sided. Undefined when either sample has fewer than two values or both have no spread. */
export function welch(a: Moments, b: Moments): TTest | undefined {
  if (a.n < 2 || b.n < 2) return undefined;
  const va = variance(a) / a.n;
  const vb = variance(b) / b.n;
  if (va + vb === 0) return undefined;
  const t = (mean(a) - mean(b)) / Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return { t, df, p: studentTwoSided(t, df) };
}

export interface FTest { f: number; df1: number; df2: number; p: number }

/** F-test that sample a's variance is smaller than b's (one-sided, lower tail). */
export function narrower(a: Moments, b: Moments): FTest | undefined {
  if (a.n < 2 || b.n < 2) return undefined;
  const vb = variance(b);
  if (vb === 0) return undefined;
  const f = variance(a) / vb;
  const df1 = a.n - 1;
  const df2 = b.n - 1;
  return { f, df1, df2, p: fCdf(f, df1, df2) };
}

/** P(|T| ≥ |t|) for Student's t with df degrees of freedom. */
export function studentTwoSided(t: number, df: number): number {
  return betaRegularized(df / (df + t * t), df / 2, 0.5);
}

/** P(F ≤ f) for the F distribution with (d1, d2) degrees of freedom. */
export function fCdf(f: number, d1: number, d2: number): number {
  if (f <= 0) return 0;
  return betaRegularized((d1 * f) / (d1 * f + d2), d1 / 2, d2 / 2);
}

/** I_x(a, b), the regularised incomplete beta function. */
export function betaRegularized(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The continued fraction converges fast on this side; the other side by symmetry.
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(x, a, b)) / a : 1 - (front * betaFraction(1 - x, b, a)) / b;
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-12) break;
  }
  return h;
}

/** ln Γ(x) by the Lanczos approximation (g = 7, n = 9). */
export function logGamma(x: number): number {
  const g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let s = g[0]!;
  for (let i = 1; i < 9; i++) s += g[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

/** The two-sided 95 % interval half-width of a mean: t(0.975, n − 1) × s / √n, t found by bisection. */
export function halfWidth95(m: Moments): number | undefined {
  if (m.n < 2) return undefined;
  const df = m.n - 1;
  let lo = 0;
  let hi = 100;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (studentTwoSided(mid, df) > 0.05) lo = mid;
    else hi = mid;
  }
  return ((lo + hi) / 2) * Math.sqrt(variance(m) / m.n);
}
