// BinaryConnect ("BinaryConnect: Training Deep Neural Networks with binary weights during
// propagations", Courbariaux et al.; the authors' binary_connect.py). Real weights W, initialised
// U(−H, H), are binarised for the forward and backward passes: deterministic W_b = +H where W >= 0
// else −H; stochastic W_b = +H with probability s = clip((W/H + 1)/2, 0, 1). The gradient taken at
// W_b is applied to W (straight-through). After the optimizer proposes W′, the chain's
// `binaryConnect()` transform keeps W + c·(W′ − W) with c = 1/√(1.5/(fanIn + fanOut)) (lrScale
// 'glorot') and clips W to [−H, H]; biases stay real. At inference the deterministic mode uses W_b
// and the stochastic mode uses the real W, as the authors' code does.
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { checkBoolean, checkChoice, checkNumber, checkOptionNames, describe, type LayerArgs } from '../options.js';
import { seededRandom } from '../multitask/pcgrad.js';
import type { GradientTransform, NamedGradient, TransformContext, TransformOutput } from '../transforms/transform.js';

export type BinarizationMode = 'stochastic' | 'deterministic';

/** The binarised weights (±H), with the identity as gradient. */
export function binarize(w: tf.Tensor, options: { mode?: BinarizationMode; H?: number; seed?: number } = {}): tf.Tensor {
  const where = 'binarize';
  checkOptionNames(where, options, ['mode', 'H', 'seed']);
  const mode = checkChoice(where, 'mode', options.mode, 'deterministic', ['stochastic', 'deterministic'] as const);
  const H = checkNumber(where, 'H', options.H, 1, { min: 0, minExclusive: true });
  if (!(w instanceof tf.Tensor) || w.dtype !== 'float32') throw new Error(`${where}: expected a float32 tensor of weights, got ${w instanceof tf.Tensor ? w.dtype : describe(w)}`);
  const forward = (value: tf.Tensor) => tf.tidy(() => {
    const positive = mode === 'deterministic'
      ? tf.greaterEqual(value, 0)
      : tf.less(tf.randomUniform(value.shape, 0, 1, 'float32', options.seed), tf.clipByValue(tf.div(tf.add(tf.div(value, H), 1), 2), 0, 1));
    return tf.mul(tf.sub(tf.mul(tf.cast(positive, 'float32'), 2), 1), H);
  });
  const op = tf.customGrad(((value: tf.Tensor) => ({ value: forward(value), gradFunc: (dy: tf.Tensor) => dy })) as never);
  return (op as (x: tf.Tensor) => tf.Tensor)(w);
}

/** c = 1/√(1.5/(fanIn + fanOut)), the authors' per-layer learning-rate scale ('Glorot'). */
export function glorotScale(fanIn: number, fanOut: number): number {
  return 1 / Math.sqrt(1.5 / (fanIn + fanOut));
}

/** Binary kernels by variable name: their H and learning-rate scale, for the chain transform. */
const BINARY_KERNELS = new Map<string, { H: number; scale: number }>();

export interface BinaryConnectOptions {
  /** 'stochastic' (default, the authors' choice) or 'deterministic'. */
  mode?: BinarizationMode;
  /** The binary magnitude: a number, or 'glorot' for √(1.5/(fanIn + fanOut)). Default 1. */
  H?: number | 'glorot';
  /** Learning-rate scale of the kernel: 'glorot' (default) or 'none'. */
  lrScale?: 'glorot' | 'none';
  /** Seed of the stochastic draws (each call draws anew from seed + call count). */
  seed?: number | null;
}

const LAYER_ARGS = ['inputShape', 'batchInputShape', 'batchSize', 'dtype', 'name', 'trainable', 'weights', 'inputDType'] as const;
const BINARY_OPTIONS = ['mode', 'H', 'lrScale', 'seed'] as const;

type Activation = { apply(x: tf.Tensor): tf.Tensor };

/** Shared by the binary Dense and Conv2D layers. */
abstract class BinaryLayer extends tfl.layers.Layer {
  readonly mode: BinarizationMode;
  readonly magnitude: number | 'glorot';
  readonly lrScale: 'glorot' | 'none';
  readonly seed: number | null;
  readonly activationName: string;
  readonly useBias: boolean;
  protected kernel: tfl.LayerVariable | null = null;
  protected bias: tfl.LayerVariable | null = null;
  private calls = 0;
  private readonly activationFunction: Activation;
  protected H = 1;

  constructor(where: string, options: BinaryConnectOptions & { activation?: string; useBias?: boolean } & LayerArgs, own: readonly string[]) {
    super(options);
    checkOptionNames(where, options, [...own, 'activation', 'useBias', ...BINARY_OPTIONS, ...LAYER_ARGS]);
    this.mode = checkChoice(where, 'mode', options.mode, 'stochastic', ['stochastic', 'deterministic'] as const);
    this.magnitude = options.H === 'glorot' ? 'glorot' : checkNumber(where, 'H', options.H, 1, { min: 0, minExclusive: true });
    this.lrScale = checkChoice(where, 'lrScale', options.lrScale, 'glorot', ['glorot', 'none'] as const);
    this.seed = options.seed == null ? null : checkNumber(where, 'seed', options.seed, undefined, { integer: true });
    this.useBias = checkBoolean(where, 'useBias', options.useBias, true);
    this.activationName = options.activation ?? 'linear';
    // tfjs-layers resolves activation names (and rejects unknown ones); an Activation layer holds the function.
    this.activationFunction = (tfl.layers.activation({ activation: this.activationName as never }) as unknown as { activation: Activation }).activation;
  }

  protected makeWeights(kernelShape: number[], fanIn: number, fanOut: number, units: number): void {
    this.H = this.magnitude === 'glorot' ? Math.sqrt(1.5 / (fanIn + fanOut)) : this.magnitude;
    this.kernel = this.addWeight('kernel', kernelShape, 'float32', tfl.initializers.randomUniform({ minval: -this.H, maxval: this.H, seed: this.seed ?? undefined }));
    if (this.useBias) this.bias = this.addWeight('bias', [units], 'float32', tfl.initializers.zeros());
    BINARY_KERNELS.set(this.kernel.name, { H: this.H, scale: this.lrScale === 'glorot' ? glorotScale(fanIn, fanOut) : 1 });
  }

  /** The kernel the forward pass uses: binarised in training (and always when deterministic), real W for stochastic inference. */
  protected effectiveKernel(training: boolean): tf.Tensor {
    const kernel = this.kernel!.read();
    if (!training && this.mode === 'stochastic') return kernel;
    // A hashed seed per call: tfjs's generator gives correlated first draws for nearby seeds.
    const seed = this.seed == null ? undefined : Math.floor(seededRandom(this.seed * 7919 + this.calls)() * 2 ** 31);
    this.calls += 1;
    return binarize(kernel, { mode: training ? this.mode : 'deterministic', H: this.H, seed });
  }

  protected finish(output: tf.Tensor): tf.Tensor {
    const biased = this.bias == null ? output : tf.add(output, this.bias.read());
    return this.activationFunction.apply(biased);
  }

  /** The learning-rate scale applied to the kernel's updates. */
  get kernelLearningRateScale(): number {
    return this.kernel == null ? NaN : BINARY_KERNELS.get(this.kernel.name)!.scale;
  }

  /** tfjs-layers' loader camel-cases config keys, so a saved 'H' comes back as 'h'. */
  static override fromConfig<T extends tf.serialization.Serializable>(cls: tf.serialization.SerializableConstructor<T>, config: tf.serialization.ConfigDict): T {
    const { h, ...rest } = config as tf.serialization.ConfigDict & { h?: tf.serialization.ConfigDictValue };
    return new cls(h === undefined ? rest : { ...rest, H: h });
  }

  protected binaryConfig(): tf.serialization.ConfigDict {
    return { mode: this.mode, H: this.magnitude, lrScale: this.lrScale, seed: this.seed, activation: this.activationName, useBias: this.useBias };
  }
}

export interface BinaryDenseOptions extends BinaryConnectOptions, LayerArgs {
  units?: number;
  activation?: string;
  useBias?: boolean;
}

export class BinaryDense extends BinaryLayer {
  static className = 'BinaryDense';
  readonly units: number;

  constructor(options: BinaryDenseOptions = {}) {
    super('BinaryDense', options, ['units']);
    this.units = checkNumber('BinaryDense', 'units', options?.units, undefined, { min: 1, integer: true });
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const fanIn = shape[shape.length - 1]!;
    this.makeWeights([fanIn, this.units], fanIn, this.units, this.units);
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean }): tf.Tensor {
    return tf.tidy(() => {
      const input = Array.isArray(inputs) ? inputs[0]! : inputs;
      const kernel = this.effectiveKernel(kwargs?.training === true);
      const flat = tf.reshape(input, [-1, input.shape[input.rank - 1]!]);
      const output = tf.reshape(tf.matMul(flat, kernel as tf.Tensor2D), [...input.shape.slice(0, -1), this.units]);
      return this.finish(output);
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    return [...shape.slice(0, -1), this.units];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), units: this.units, ...this.binaryConfig() };
  }
}

export interface BinaryConv2DOptions extends BinaryConnectOptions, LayerArgs {
  filters?: number;
  kernelSize?: number | [number, number];
  strides?: number | [number, number];
  padding?: 'valid' | 'same';
  activation?: string;
  useBias?: boolean;
}

export class BinaryConv2D extends BinaryLayer {
  static className = 'BinaryConv2D';
  readonly filters: number;
  readonly kernelSize: [number, number];
  readonly strides: [number, number];
  readonly padding: 'valid' | 'same';

  constructor(options: BinaryConv2DOptions = {}) {
    super('BinaryConv2D', options, ['filters', 'kernelSize', 'strides', 'padding']);
    const where = 'BinaryConv2D';
    this.filters = checkNumber(where, 'filters', options?.filters, undefined, { min: 1, integer: true });
    const pair = (name: string, value: unknown, fallback: number): [number, number] => {
      const list = Array.isArray(value) ? value : [value ?? fallback, value ?? fallback];
      return [checkNumber(where, name, list[0], fallback, { min: 1, integer: true }), checkNumber(where, name, list[1], fallback, { min: 1, integer: true })];
    };
    if (options.kernelSize === undefined) throw new Error(`${where}: expected kernelSize, got none — e.g. kernelSize: 3`);
    this.kernelSize = pair('kernelSize', options.kernelSize, 3);
    this.strides = pair('strides', options.strides, 1);
    this.padding = checkChoice(where, 'padding', options.padding, 'valid', ['valid', 'same'] as const);
  }

  override build(inputShape: tfl.Shape | tfl.Shape[]): void {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const channels = shape[shape.length - 1]!;
    const [height, width] = this.kernelSize;
    this.makeWeights([height, width, channels, this.filters], height * width * channels, height * width * this.filters, this.filters);
    this.built = true;
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: { training?: boolean }): tf.Tensor {
    return tf.tidy(() => {
      const input = (Array.isArray(inputs) ? inputs[0]! : inputs) as tf.Tensor4D;
      const kernel = this.effectiveKernel(kwargs?.training === true) as tf.Tensor4D;
      return this.finish(tf.conv2d(input, kernel, this.strides, this.padding));
    });
  }

  override computeOutputShape(inputShape: tfl.Shape | tfl.Shape[]): tfl.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tfl.Shape;
    const size = (length: number | null, kernel: number, stride: number) => (length == null ? null : this.padding === 'same' ? Math.ceil(length / stride) : Math.ceil((length - kernel + 1) / stride));
    return [shape[0]!, size(shape[1]!, this.kernelSize[0], this.strides[0]), size(shape[2]!, this.kernelSize[1], this.strides[1]), this.filters];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), filters: this.filters, kernelSize: this.kernelSize, strides: this.strides, padding: this.padding, ...this.binaryConfig() };
  }
}

/**
 * The chain transform that finishes a BinaryConnect step: for every binary kernel it keeps
 * W + c·(W′ − W) (c its learning-rate scale) and clips to [−H, H]. Other variables pass untouched.
 */
export class BinaryConnectUpdate implements GradientTransform {
  static readonly className = 'BinaryConnectUpdate';
  static fromConfig(config: tf.serialization.ConfigDict): BinaryConnectUpdate {
    return new BinaryConnectUpdate(config as object);
  }

  readonly className = BinaryConnectUpdate.className;
  private before = new Map<string, tf.Tensor>();

  constructor(options: object = {}) {
    checkOptionNames('binaryConnect', options, []);
  }

  apply(gradients: NamedGradient[], context: TransformContext): TransformOutput {
    this.release();
    for (const { name, tensor } of gradients) {
      if (tensor != null && BINARY_KERNELS.has(name)) this.before.set(name, tf.keep(tf.clone(context.variable(name))));
    }
    return { gradients };
  }

  afterUpdate(names: readonly string[], context: TransformContext): void {
    for (const name of names) {
      const old = this.before.get(name);
      const kernel = BINARY_KERNELS.get(name);
      if (old == null || kernel == null) continue;
      const variable = context.variable(name);
      variable.assign(tf.clipByValue(tf.add(old, tf.mul(tf.sub(variable, old), kernel.scale)), -kernel.H, kernel.H));
    }
    this.release();
  }

  private release(): void {
    for (const tensor of this.before.values()) tensor.dispose();
    this.before.clear();
  }

  getConfig(): tf.serialization.ConfigDict {
    return {};
  }

  dispose(): void {
    this.release();
  }
}

/** `transformChain({transforms: [binaryConnect()], base: 'adam'})` for models with BinaryDense/BinaryConv2D layers. */
export function binaryConnect(): BinaryConnectUpdate {
  return new BinaryConnectUpdate();
}
