import { serialization, type Tensor } from '@tensorflow/tfjs-core';
import { elementwiseOp, type ElementwiseSpec } from '@layerkit/core';

/**
 * The name registry (catalog `activations.name-registry`): which activation strings each spec
 * answers to, which of them a saved model writes, and the checks that keep them from shadowing
 * anything else in tfjs's one serialization namespace (shared by activations, layers,
 * initializers, constraints and regularizers).
 *
 * How a string travels: `model.save` writes a layer's config with every string value turned to
 * snake_case, and `tf.loadLayersModel` turns every string back with toCamelCase. A name survives
 * the round trip only if toCamelCase(toSnakeCase(name)) is the name itself ('geluTanh' does,
 * 'gelu_new' comes back as 'geluNew'). A Keras 3 file's 'hard_silu' arrives as 'hardSilu'; a
 * TF-Addons file's 'Addons>snake' arrives unchanged. So every spec registers save-safe names,
 * the camelCase forms of the Keras/timm spellings, and, for code that writes them directly,
 * the spellings themselves; an activation made from a name that is not save-safe saves under
 * the first save-safe name of the same spec with the same options.
 */

type Options = Readonly<Record<string, unknown>>;

/** tfjs-layers' toSnakeCase, as a saved model's config applies it to string values. */
export function toSnakeCase(name: string): string {
  const split = name.replace(/(.)([A-Z][a-z0-9]+)/g, '$1_$2').replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  return split.startsWith('_') ? `private${split}` : split;
}

/** tfjs-layers' toCamelCase, as loading a model applies it to string values. */
export function toCamelCase(name: string): string {
  return name.replace(/[_]+(\w|$)/g, (_, next: string) => next.toUpperCase());
}

/** Whether a string comes back unchanged from `model.save` → `tf.loadLayersModel`. */
export const isSaveSafe = (name: string): boolean => toCamelCase(toSnakeCase(name)) === name;

/** Every activation string of a spec with the options it implies: its own, or the name and aliases. */
export function activationStringsOf(spec: ElementwiseSpec): Readonly<Record<string, Options>> {
  return spec.activationStrings ?? Object.fromEntries([spec.name, ...(spec.aliases ?? [])].map((name) => [name, {}]));
}

const sameOptions = (a: Options, b: Options): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => a[key] === b[key]);
};

/**
 * The string a saved model writes for an activation made from `name`: the name itself when it
 * survives the round trip; else its camelCase form, as a loader would read it, when the spec
 * answers to that with the same options ('sparse_plus' → 'sparsePlus', 'gelu_new' → 'geluNew');
 * else the first save-safe string of the spec with the same options ('Addons>snake' → 'snake').
 */
export function savedNameOf(spec: ElementwiseSpec, name: string, options: Options = activationStringsOf(spec)[name] ?? {}): string {
  if (isSaveSafe(name)) return name;
  const strings = activationStringsOf(spec);
  const answers = (candidate: string) => isSaveSafe(candidate) && candidate in strings && sameOptions(strings[candidate], options);
  const camel = toCamelCase(name);
  const safe = answers(camel) ? camel : Object.keys(strings).find(answers);
  if (!safe) {
    throw new Error(
      `${spec.name}: activation string '${name}' does not survive model.save → tf.loadLayersModel (it comes back as `
      + `'${toCamelCase(toSnakeCase(name))}') and the spec has no save-safe string with the same options — add one to its activationStrings`,
    );
  }
  return safe;
}

/** Marks layerkit's classes in tfjs's serialization map with the catalog id that owns them. */
const OWNER = Symbol.for('layerkit.serialization-owner');

type Owned = { [OWNER]?: string };

/**
 * Throws unless `name` is free in tfjs's serialization map, already `owner`'s (registering
 * twice is harmless, also from a second copy of the package), or a tfjs built-in that `owner`
 * deliberately takes over.
 */
export function claimSerializationName(name: string, owner: string, takesOver: readonly string[] = []): void {
  const existing = serialization.SerializationMap.getMap().classNameMap[name]?.[0] as Owned | undefined;
  if (!existing) return;
  const holder = existing[OWNER];
  if (holder === owner) return;
  if (holder) {
    throw new Error(`${owner}: '${name}' is already registered by layerkit's ${holder} — give one of them another name`);
  }
  if (!takesOver.includes(name)) {
    throw new Error(
      `${owner}: '${name}' is already registered with tfjs (its own activation, layer, initializer, constraint or `
      + `regularizer) — choose another name; if it is a tfjs activation with the same math, list it in the spec's replacesTfjs`,
    );
  }
}

/** Marks a class registered by `owner`, so a second registration recognises it. */
export function markOwner(cls: object, owner: string): void {
  Object.defineProperty(cls, OWNER, { value: owner });
}

/**
 * Registers activation strings of a spec (`activation: 'mish'` in any tfjs layer), each applying
 * the op with `options`. A name tfjs already has is taken over only when the spec lists it in
 * `replacesTfjs` (gelu, mish, swish: same math, fused kernel where the backend has one, tfjs ops
 * where it has not); any other clash with tfjs or another spec throws.
 */
export function registerActivationString(spec: ElementwiseSpec, names: readonly string[], options: Options = {}): void {
  const op = elementwiseOp(spec);
  for (const name of names) {
    claimSerializationName(name, spec.id, spec.replacesTfjs);
    const saved = savedNameOf(spec, name, options);
    class StringActivation extends serialization.Serializable {
      static className = name;
      apply(input: Tensor): Tensor {
        return op(input, options);
      }
      // What a layer's getConfig() writes for its activation (tfjs's serializeActivation).
      override getClassName(): string {
        return saved;
      }
      getConfig(): serialization.ConfigDict {
        return {};
      }
    }
    markOwner(StringActivation, spec.id);
    serialization.registerClass(StringActivation);
  }
}

const STRINGS_REGISTERED = new WeakSet<ElementwiseSpec>();

/**
 * Registers every activation string of a spec. The spec's layer factory calls it, so a bundle that
 * keeps an op or layer answers to its strings; harmless twice.
 */
export function registerActivationStrings(spec: ElementwiseSpec): void {
  if (STRINGS_REGISTERED.has(spec)) return;
  STRINGS_REGISTERED.add(spec);
  for (const [name, options] of Object.entries(activationStringsOf(spec))) registerActivationString(spec, [name], options);
}

/**
 * Throws unless tfjs knows the activation string `name` by now: its own, or one a layerkit op or
 * layer registered when it was created, or every one after '@layerkit/activations/register'.
 * A browser bundle keeps only the ops and layers the app imports, and so only their strings.
 */
export function requireActivationString(op: string, name: string): void {
  if (serialization.SerializationMap.getMap().classNameMap[name]) return;
  throw new Error(
    `${op}('${name}'): no activation '${name}' is registered — import the op or layer that answers to it from '@layerkit/activations' `
    + `(the README's table lists each op's strings; 'silu' comes with swish or Swish), or import '@layerkit/activations/register' once to register every name`,
  );
}

/** Every activation string of the given specs, with the spec that answers it and its options. */
export function activationNames(specs: readonly ElementwiseSpec[]): { name: string; spec: ElementwiseSpec; options: Options; savedAs: string }[] {
  return specs.flatMap((spec) => Object.entries(activationStringsOf(spec)).map(([name, options]) => ({
    name, spec, options, savedAs: savedNameOf(spec, name, options),
  })));
}

/**
 * The name registry's own catalog entry (`activations.name-registry`): what to import for it,
 * the main export first.
 */
export const NAME_REGISTRY = {
  id: 'activations.name-registry',
  exports: ['activation', 'activationNames', 'activationStringsOf', 'savedNameOf', 'isSaveSafe', 'registerActivationString', 'registerActivationStrings'],
} as const;
