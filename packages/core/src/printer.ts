import { useCounts, walk, type BinaryOp, type Expr, type UnaryOp } from './expr.js';

/**
 * A target language as a table of printers. `printExpression` turns an expression DAG into a
 * list of declarations plus a final value in that language; a target overrides only what
 * differs from the others (WGSL's `select(f, t, c)`, the f32x4 intrinsics).
 */
export interface Target {
  readonly name: string;
  literal(value: number): string;
  readonly unary: Readonly<Record<UnaryOp, (arg: string) => string>>;
  /** Arithmetic and min/max; comparisons are printed by `compare` as conditions. */
  readonly binary: Readonly<Record<Exclude<BinaryOp, Comparison>, (left: string, right: string) => string>>;
  compare(op: Comparison, left: string, right: string): string;
  select(condition: string, then: string, otherwise: string): string;
  /** A statement binding a value (or, for `condition`, a comparison result) to a temporary. */
  declare(name: string, value: string, condition: boolean): string;
  /** Library functions (erf, expm1 …) a program using these ops needs, keyed by op. */
  readonly helpers?: Partial<Readonly<Record<UnaryOp, string>>>;
}

export type Comparison = 'lt' | 'le' | 'gt' | 'ge';
const COMPARISONS = new Set<BinaryOp>(['lt', 'le', 'gt', 'ge']);
export const isComparison = (op: BinaryOp): op is Comparison => COMPARISONS.has(op);

export interface Leaves {
  input(name: string): string;
  param(name: string): string;
}

export interface Printed {
  /** Declarations in dependency order. */
  readonly statements: readonly string[];
  /** The final value. */
  readonly value: string;
  /** Unary ops used, so the program can include their helpers. */
  readonly ops: ReadonlySet<UnaryOp>;
}

/**
 * Prints several expressions sharing one set of temporaries (a kernel's forward value and its
 * derivative share `sigmoid(x)`). Nodes used more than once, and every non-trivial node when
 * `bindAll` is set, become temporaries named `${prefix}${n}`.
 */
export function printExpressions(
  target: Target,
  expressions: readonly Expr[],
  leaves: Leaves,
  prefix = 't',
): { statements: string[]; values: string[]; ops: Set<UnaryOp> } {
  const counts = new Map<Expr, number>();
  for (const expression of expressions) {
    for (const [node, count] of useCounts(expression)) counts.set(node, (counts.get(node) ?? 0) + count);
    counts.set(expression, (counts.get(expression) ?? 0) + 1);
  }
  const printed = new Map<Expr, string>();
  const statements: string[] = [];
  const ops = new Set<UnaryOp>();
  const conditions = new Set<Expr>();
  let next = 0;

  const text = (node: Expr): string => printed.get(node)!;
  for (const expression of expressions) {
    walk(expression, (node) => {
      if (printed.has(node)) return;
      let value: string;
      switch (node.kind) {
        case 'const': value = target.literal(node.value); break;
        case 'input': value = leaves.input(node.name); break;
        case 'param': value = leaves.param(node.name); break;
        case 'unary':
          ops.add(node.op);
          requireValue(node.arg, conditions);
          value = target.unary[node.op](text(node.arg));
          break;
        case 'binary':
          if (isComparison(node.op)) {
            requireValue(node.left, conditions);
            requireValue(node.right, conditions);
            value = target.compare(node.op, text(node.left), text(node.right));
            conditions.add(node);
          } else {
            requireValue(node.left, conditions);
            requireValue(node.right, conditions);
            value = target.binary[node.op](text(node.left), text(node.right));
          }
          break;
        case 'select':
          if (!conditions.has(node.condition)) {
            throw new Error('printExpressions: a select condition must be a comparison (lt, le, gt, ge)');
          }
          requireValue(node.then, conditions);
          requireValue(node.otherwise, conditions);
          value = target.select(text(node.condition), text(node.then), text(node.otherwise));
          break;
      }
      const shared = (counts.get(node) ?? 0) > 1;
      if (shared && node.kind !== 'const' && node.kind !== 'input' && node.kind !== 'param') {
        const name = `${prefix}${next++}`;
        statements.push(target.declare(name, value, conditions.has(node)));
        value = name;
      }
      printed.set(node, value);
    });
  }
  for (const expression of expressions) requireValue(expression, conditions);
  return { statements, values: expressions.map(text), ops };
}

export function printExpression(target: Target, expression: Expr, leaves: Leaves, prefix = 't'): Printed {
  const { statements, values, ops } = printExpressions(target, [expression], leaves, prefix);
  return { statements, value: values[0], ops };
}

function requireValue(node: Expr, conditions: ReadonlySet<Expr>): void {
  if (conditions.has(node)) {
    throw new Error('printExpressions: a comparison can only be used as a select condition; wrap it in where(c, 1, 0)');
  }
}

/** The helper sources a program needs for the ops it uses, each once, in a stable order. */
export function helperSources(target: Target, ops: Iterable<UnaryOp>): string {
  const helpers = target.helpers ?? {};
  const needed = new Set(ops);
  return (Object.keys(helpers) as UnaryOp[])
    .filter((op) => needed.has(op))
    .map((op) => helpers[op]!)
    .join('\n');
}

/** Prints a float so every target parses it back to the same float32 (always with a point). */
export function floatLiteral(value: number): string {
  if (Number.isNaN(value)) throw new Error('floatLiteral: NaN has no literal; build it from 0/0 at run time');
  if (!Number.isFinite(value)) throw new Error('floatLiteral: infinities have no portable literal');
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}
