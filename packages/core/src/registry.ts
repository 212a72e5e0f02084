import type { BackendName } from './backends/types.js';

/** How an item runs on a backend: a kernel of ours, built from tfjs ops, or not at all. */
export type BackendSupport = 'fused' | 'composite' | 'none';

/** One registered item, as `catalog()` and `pnpm catalog --json` report it. */
export interface CatalogEntry {
  /** Catalog id, `<package>.<kebab-name>` (see shared/catalog). */
  readonly id: string;
  /** Package short name: 'activations', 'norms', 'merge' … */
  readonly package: string;
  /** Catalog kind: op, layer, initializer, loss, regularizer, merge-method, optimizer, schedule, gradient-transform, utility. */
  readonly kind: string;
  readonly backends: Readonly<Record<BackendName, BackendSupport>>;
  /** How the gradient is computed: 'fused' (kernels of ours), 'composite' (tfjs ops), 'none' (not differentiable / not applicable). */
  readonly gradient: BackendSupport;
  /** The gradient per backend, where it differs between them (reductions). */
  readonly gradients?: Readonly<Record<BackendName, BackendSupport>>;
  /** The layer class name, when the item ships as a layer. */
  readonly layer: string | null;
  /** Public names (op functions, activation strings, method names) this entry provides. */
  readonly names: readonly string[];
  /**
   * What to import for this item: the names its package exports for it, the main one first
   * (`['rmsNorm', 'RMSNorm']`). Every package fills it; `pnpm catalog --json` lists it.
   */
  readonly exports?: readonly string[];
}

const ENTRIES = new Map<string, CatalogEntry>();

/**
 * Adds an item to the catalog. Registering the same id again replaces the entry (so a module
 * evaluated twice is harmless); two different packages claiming one id is an error.
 */
export function registerCatalogEntry(entry: CatalogEntry): void {
  const existing = ENTRIES.get(entry.id);
  if (existing && existing.package !== entry.package) {
    throw new Error(
      `registerCatalogEntry: id '${entry.id}' is already registered by @layerkit/${existing.package}, `
      + `got it again from @layerkit/${entry.package} — every catalog id belongs to exactly one package`,
    );
  }
  ENTRIES.set(entry.id, entry);
}

/** Every registered item, sorted by id. Import the packages (or their /register modules) first. */
export function catalog(): CatalogEntry[] {
  return [...ENTRIES.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/** All backends the same, for items that are backend-independent tfjs-op compositions. */
export function everyBackend(support: BackendSupport): Record<BackendName, BackendSupport> {
  return { cpu: support, wasm: support, webgl: support, webgpu: support };
}
