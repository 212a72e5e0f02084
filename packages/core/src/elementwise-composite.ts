import * as tf from '@tensorflow/tfjs-core';
import type { Tensor } from '@tensorflow/tfjs-core';
import { evaluateExprWithTfjs } from './expr-tfjs.js';
import type { ElementwiseProgram, SpecPrograms } from './program.js';

/**
 * Elementwise and gated programs run as tfjs ops, for backends with no layerkit kernel. The
 * gradient is the spec's own derivative evaluated the same way (through tf.customGrad), not
 * tfjs's autodiff of the forward: autodiff through `where` multiplies the untaken branch's
 * derivative by 0, and that branch can be infinite (softplus's exp above its threshold), which
 * would turn a finite gradient into NaN. The spec's derivative selects instead, as the fused
 * kernels do.
 */

const only = (program: ElementwiseProgram) => program.outputs[0];
/** An expression that reads no full-size leaf (a constant derivative) comes out smaller. */
const sameShape = (value: Tensor, shape: readonly number[]) =>
  (value.shape.join() === shape.join() ? value : tf.broadcastTo(value, [...shape]));

/**
 * f(x) of an elementwise spec. `params` holds numbers in uniform mode; in channel mode the
 * trainable params are [c] tensors (c = x's last dimension) and get gradients too.
 */
export function runElementwiseComposite(
  programs: SpecPrograms,
  x: Tensor,
  params: Readonly<Record<string, number | Tensor>>,
): Tensor {
  const channelNames = Object.keys(params).filter((name) => typeof params[name] !== 'number');
  const uniform = Object.fromEntries(Object.entries(params).filter(([, value]) => typeof value === 'number'));
  const op = tf.customGrad((...args) => {
    const save = args.pop() as tf.GradSaveFunc;
    const [input, ...channelTensors] = args as Tensor[];
    const channel = Object.fromEntries(channelNames.map((name, n) => [name, channelTensors[n]]));
    const param = (name: string) => channel[name] ?? uniform[name] ?? missingParam(programs.forward, name);
    const computed = evaluateExprWithTfjs(only(programs.forward), { input: () => input, param });
    const value = sameShape(computed, input.shape);
    save([input, value, ...channelTensors]);
    return {
      value,
      gradFunc: (dy: Tensor, saved: Tensor[]) => {
        const [savedInput, savedOutput, ...savedChannel] = saved;
        const savedParams = Object.fromEntries(channelNames.map((name, n) => [name, savedChannel[n]]));
        const savedParam = (name: string) => savedParams[name] ?? uniform[name] ?? missingParam(programs.gradient, name);
        const leaves: Record<string, Tensor> = { x: savedInput, y: savedOutput, dy };
        const input = (name: string) => leaves[name] ?? missingInput(programs.gradient, name);
        const dx = evaluateExprWithTfjs(only(programs.gradient), { input, param: savedParam });
        const width = savedInput.shape[savedInput.rank - 1] ?? 1;
        const paramGradients = channelNames.map((name) => {
          const perElement = evaluateExprWithTfjs(only(programs.paramGradients[name]), { input, param: savedParam });
          return tf.sum(tf.reshape(sameShape(perElement, savedInput.shape), [-1, width]), 0);
        });
        return [sameShape(dx, savedInput.shape), ...paramGradients];
      },
    };
  });
  return op(x, ...channelNames.map((name) => params[name] as Tensor));
}

/** The programs of one gated variant, as gatedPrograms builds them. */
export interface GatedCompositePrograms {
  readonly forward: ElementwiseProgram;
  readonly gradient: ElementwiseProgram;
}

/** A gated op on x [..., 2h] → [..., h], with a = x[..., :h] and b = x[..., h:]. */
export function runGatedComposite(programs: GatedCompositePrograms, x: Tensor): Tensor {
  const op = tf.customGrad((...args) => {
    const save = args.pop() as tf.GradSaveFunc;
    const input = args[0] as Tensor;
    const [a, b] = tf.split(input, 2, -1);
    const halves: Record<string, Tensor> = { a, b };
    const value = sameShape(evaluateExprWithTfjs(only(programs.forward), {
      input: (name) => halves[name] ?? missingInput(programs.forward, name),
      param: (name) => missingParam(programs.forward, name),
    }), a.shape);
    save([input]);
    return {
      value,
      gradFunc: (dy: Tensor, saved: Tensor[]) => {
        const [savedA, savedB] = tf.split(saved[0], 2, -1);
        const leaves: Record<string, Tensor> = { a: savedA, b: savedB, dy };
        const bindings = { input: (name: string) => leaves[name] ?? missingInput(programs.gradient, name), param: (name: string) => missingParam(programs.gradient, name) };
        // Both halves share subexpressions (a gate's sigmoid): one memo computes them once.
        const memo = new Map();
        const [da, db] = programs.gradient.outputs.map((output) => sameShape(evaluateExprWithTfjs(output, bindings, memo), dy.shape));
        return tf.concat([da, db], -1);
      },
    };
  });
  return op(x);
}

function missingInput(program: ElementwiseProgram, name: string): never {
  throw new Error(`${program.key}: the program reads input '${name}', which the tfjs-ops path does not provide — this is a bug in layerkit's program builder`);
}

function missingParam(program: ElementwiseProgram, name: string): never {
  throw new Error(`${program.key}: the program reads param '${name}', which the call did not resolve — this is a bug in layerkit's program builder`);
}
