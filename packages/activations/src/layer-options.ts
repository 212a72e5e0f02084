// Options of tfjs's base Layer, and what tfjs passes back through fromConfig when loading: the
// layers written with tfjs ops accept these besides their own.
export const BASE_LAYER_OPTIONS = ['name', 'inputShape', 'batchInputShape', 'batchSize', 'trainable', 'dtype', 'weights', 'inputDType'] as const;

/**
 * Splits a layer's options into its own and the base Layer's, after refusing unknown names
 * (with a 'did you mean'); `customObjects`, which loading passes along, is dropped.
 */
export function splitLayerOptions<Own extends string>(
  layer: string, options: object, own: readonly Own[], reject: (op: string, options: object, known: readonly string[]) => void,
): { own: Partial<Record<Own, unknown>>; base: Record<string, unknown> } {
  const given = { ...(options ?? {}) } as Record<string, unknown>;
  delete given.customObjects;
  reject(layer, given, [...own, ...BASE_LAYER_OPTIONS]);
  const mine: Partial<Record<Own, unknown>> = {};
  const base: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    if ((own as readonly string[]).includes(key)) mine[key as Own] = value;
    else base[key] = value;
  }
  return { own: mine, base };
}
