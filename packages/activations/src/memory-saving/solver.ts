/**
 * The L2-optimal piecewise-constant approximation of a derivative (Few-Bit Backward): 2^bits
 * levels c_i on pieces [t_i, t_{i+1}] of [L, R] minimising ∫_L^R (f'(x) − q(x))² dx, in float64.
 * At the optimum c_i = (f(t_{i+1}) − f(t_i))/(t_{i+1} − t_i), the mean of f' on its piece, and
 * f'(t_i) = (c_{i−1} + c_i)/2 at every inner border. A dynamic program over a grid finds the
 * basin of the global optimum (as the paper's notebook does); Newton's method on the border
 * conditions then polishes the borders to full float64 precision. Where f' jumps (hardSwish at
 * ±3, selu at 0) a border may sit on the jump, with the mean of its neighbours' levels between
 * f''s one-sided limits there: such borders are held at the jump while Newton moves the others.
 */

export interface PiecewiseConstantFit {
  /** The 2^bits − 1 inner borders, increasing. */
  readonly borders: readonly number[];
  /** The 2^bits levels: levels[i] on (borders[i−1], borders[i]]. */
  readonly levels: readonly number[];
  /** ∫_L^R (f' − q)² dx. */
  readonly error: number;
}

export interface FitProblem {
  /** f in float64. */
  readonly f: (x: number) => number;
  /** f' in float64. */
  readonly derivative: (x: number) => number;
  readonly bits: number;
  readonly domain: readonly [number, number];
  /** Points where f' may jump (the spec's kinks): grid points, and places a border may sit. */
  readonly kinks?: readonly number[];
}

/** Grid step of the dynamic program where f' varies; Newton takes the borders from there. */
const GRID_STEP = 0.02;
/** Half-width of the finely gridded band around 0; beyond it the grid follows a geometric spacing. */
const FINE_BAND = 12;

/** Composite Simpson over [a, b] with an even number of panels. */
function simpson(g: (x: number) => number, a: number, b: number, panels: number): number {
  const h = (b - a) / panels;
  let total = g(a) + g(b);
  for (let i = 1; i < panels; i++) total += (i % 2 ? 4 : 2) * g(a + i * h);
  return (total * h) / 3;
}

/** Grid points of [L, R]: GRID_STEP inside ±FINE_BAND, then steps growing by 10% out to the ends. */
function grid(low: number, high: number, kinks: readonly number[]): number[] {
  const points = new Set<number>([low, high, ...kinks.filter((k) => k > low && k < high)]);
  const fineLow = Math.max(low, -FINE_BAND);
  const fineHigh = Math.min(high, FINE_BAND);
  if (fineLow < fineHigh) {
    const count = Math.ceil((fineHigh - fineLow) / GRID_STEP);
    for (let i = 0; i <= count; i++) points.add(fineLow + ((fineHigh - fineLow) * i) / count);
  }
  for (let step = GRID_STEP, v = fineHigh + step; v < high; step *= 1.1, v += step) points.add(v);
  for (let step = GRID_STEP, v = fineLow - step; v > low; step *= 1.1, v -= step) points.add(v);
  return [...points].filter((v) => v >= low && v <= high).sort((a, b) => a - b);
}

/** Dynamic program over grid points: the best split of [L, R] into `pieces` intervals. */
function gridBorders(problem: FitProblem, pieces: number): number[] {
  const [low, high] = problem.domain;
  const points = grid(low, high, problem.kinks ?? []);
  const n = points.length;
  const values = points.map(problem.f);
  // squares[j] = ∫_L^{p_j} f'², so a piece costs ∫f'² − (Δf)²/Δx.
  const squares = new Float64Array(n);
  for (let j = 1; j < n; j++) {
    squares[j] = squares[j - 1] + simpson((v) => problem.derivative(v) ** 2, points[j - 1], points[j], 16);
  }
  const cost = (i: number, j: number) => squares[j] - squares[i] - (values[j] - values[i]) ** 2 / (points[j] - points[i]);
  let best = Float64Array.from({ length: n }, (_, j) => (j === 0 ? Infinity : cost(0, j)));
  const choices: Int32Array[] = [];
  for (let k = 2; k <= pieces; k++) {
    const next = new Float64Array(n).fill(Infinity);
    const choice = new Int32Array(n);
    for (let j = k; j < n; j++) {
      for (let i = k - 1; i < j; i++) {
        const total = best[i] + cost(i, j);
        if (total < next[j]) {
          next[j] = total;
          choice[j] = i;
        }
      }
    }
    choices.push(choice);
    best = next;
  }
  const borders: number[] = [];
  for (let k = pieces - 2, j = n - 1; k >= 0; k--) {
    j = choices[k][j];
    borders.unshift(points[j]);
  }
  return borders;
}

function levelsOf(problem: FitProblem, borders: readonly number[]): number[] {
  const edges = [problem.domain[0], ...borders, problem.domain[1]];
  return edges.slice(1).map((right, i) => (problem.f(right) - problem.f(edges[i])) / (right - edges[i]));
}

/** f'(t_i) − (c_{i−1} + c_i)/2 for every inner border. */
function residuals(problem: FitProblem, borders: readonly number[]): number[] {
  const levels = levelsOf(problem, borders);
  return borders.map((t, i) => problem.derivative(t) - (levels[i] + levels[i + 1]) / 2);
}

/** Solves a small dense system by Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], rhs: number[]): number[] {
  const n = rhs.length;
  const a = matrix.map((row, i) => [...row, rhs[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = col + 1; r < n; r++) {
      const factor = a[r][col] / a[col][col];
      for (let c = col; c <= n; c++) a[r][c] -= factor * a[col][c];
    }
  }
  const result = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let total = a[r][n];
    for (let c = r + 1; c < n; c++) total -= a[r][c] * result[c];
    result[r] = total / a[r][r];
  }
  return result;
}

const norm = (values: readonly number[]) => Math.max(0, ...values.map(Math.abs));

/** Newton's method on the border conditions, with a Jacobian from central differences, damped to keep the borders ordered. */
function polish(problem: FitProblem, start: readonly number[], fixed: ReadonlySet<number> = new Set()): number[] {
  const [low, high] = problem.domain;
  const free = start.map((_, i) => i).filter((i) => !fixed.has(i));
  const freeResiduals = (borders: readonly number[]) => {
    const all = residuals(problem, borders);
    return free.map((i) => all[i]);
  };
  let borders = [...start];
  let current = freeResiduals(borders);
  for (let iteration = 0; iteration < 100 && free.length > 0 && norm(current) > 1e-15; iteration++) {
    const jacobian = free.map(() => new Array<number>(free.length).fill(0));
    free.forEach((index, j) => {
      const h = 1e-7 * Math.max(1, Math.abs(borders[index]));
      const plus = freeResiduals(borders.map((v, k) => (k === index ? v + h : v)));
      const minus = freeResiduals(borders.map((v, k) => (k === index ? v - h : v)));
      plus.forEach((_, i) => { jacobian[i][j] = (plus[i] - minus[i]) / (2 * h); });
    });
    const freeStep = solve(jacobian, current.map((r) => -r));
    const step = borders.map(() => 0);
    free.forEach((index, j) => { step[index] = freeStep[j]; });
    let scale = 1;
    for (; scale > 1e-6; scale /= 2) {
      const trial = borders.map((t, i) => t + scale * step[i]);
      const ordered = trial.every((t, i) => t > (i === 0 ? low : trial[i - 1]) && t < high);
      if (!ordered) continue;
      const next = freeResiduals(trial);
      if (norm(next) < norm(current) || scale < 1e-3) {
        borders = trial;
        current = next;
        break;
      }
    }
    if (norm(step) * scale < 1e-16 * Math.max(1, norm(borders))) break;
  }
  return borders;
}

/**
 * The L2-optimal 2^bits-level piecewise-constant fit of f' on the domain. Throws when Newton's
 * method does not reach the border conditions to 1e−10 (a derivative too irregular for a fit).
 */
/**
 * How far the borders are from optimal: |f'(t_i) − (c_{i−1} + c_i)/2| at a free border; at a
 * border held on a jump, how far that mean lies outside f''s one-sided limits.
 */
function violation(problem: FitProblem, borders: readonly number[], fixed: ReadonlySet<number>): number {
  const levels = levelsOf(problem, borders);
  return Math.max(0, ...borders.map((t, i) => {
    const mean = (levels[i] + levels[i + 1]) / 2;
    if (!fixed.has(i)) return Math.abs(problem.derivative(t) - mean);
    const step = 1e-9 * Math.max(1, Math.abs(t));
    const [a, b] = [problem.derivative(t - step), problem.derivative(t + step)];
    return Math.max(0, Math.min(a, b) - mean, mean - Math.max(a, b));
  }));
}

export function fitDerivative(problem: FitProblem, name = 'fewBitBackward'): PiecewiseConstantFit {
  const pieces = 2 ** problem.bits;
  const start = gridBorders(problem, pieces);
  // Borders the grid put next to a jump of f' try that jump first.
  const near = (t: number) => (problem.kinks ?? []).find((k) => Math.abs(t - k) <= 1.5 * GRID_STEP);
  const snapped = start.map((t) => near(t) ?? t);
  const fixed = new Set(start.map((t, i) => (near(t) === undefined ? -1 : i)).filter((i) => i >= 0));
  const tries: [number[], ReadonlySet<number>][] = fixed.size ? [[snapped, fixed], [start, new Set()]] : [[start, new Set()]];
  let borders: number[] = [];
  let left = Infinity;
  for (const [from, held] of tries) {
    borders = polish(problem, from, held);
    left = violation(problem, borders, held);
    if (left < 1e-10) break;
  }
  if (!(left < 1e-10)) {
    throw new Error(
      `${name}: the border conditions f'(t_i) = (c_{i−1} + c_i)/2 did not converge for ${problem.bits} bits (residual ${left}) — `
      + 'use fewer bits or another base',
    );
  }
  const levels = levelsOf(problem, borders);
  return { borders, levels, error: l2Error(problem, borders, levels) };
}

/** ∫_L^R (f' − q)² dx of a piecewise-constant q, by Simpson's rule on each piece. */
export function l2Error(problem: FitProblem, borders: readonly number[], levels: readonly number[]): number {
  const edges = [problem.domain[0], ...borders, problem.domain[1]];
  return levels.reduce((total, level, i) => total + simpson((v) => (problem.derivative(v) - level) ** 2, edges[i], edges[i + 1], 4000), 0);
}
