import { findBackend, findBackendFactory } from '@tensorflow/tfjs-core';
import { BACKENDS, type BackendName, type BackendRunners, type ElementwiseRunner, type ReductionRunner } from './types.js';

export type { BackendRunners } from './types.js';
import { webglReductionRunner } from './webgl-reduction.js';
import { webglRunner } from './webgl.js';


/** One generic elementwise runner per backend whose runners are loaded; a backend absent here gets no fused kernel (yet). */
export const ELEMENTWISE_RUNNERS: Partial<Record<BackendName, ElementwiseRunner>> = { webgl: webglRunner };

/** Generated reduction kernels (forward and backward) per loaded backend; elsewhere reductions run as tfjs ops. */
export const REDUCTION_RUNNERS: Partial<Record<BackendName, ReductionRunner>> = { webgl: webglReductionRunner };

const PREPARE: Partial<Record<BackendName, (backend: unknown) => Promise<void>>> = {};

/**
 * webgl's runners (browsers' default backend) come with the main entry; the others load on
 * demand, each a chunk bundlers split off, so an app on webgl never downloads cpu's, webgpu's or
 * wasm's. Node's entry (index.node.ts) registers them all up front. Until a backend's runners
 * are there, ops on it run as tfjs ops.
 */
const LOADERS: Partial<Record<BackendName, () => Promise<BackendRunners>>> = {
  cpu: () => import('./cpu-runners.js').then((module) => module.CPU_RUNNERS),
  wasm: () => import('./wasm-runners.js').then((module) => module.WASM_RUNNERS),
  webgpu: () => import('./webgpu-runners.js').then((module) => module.WEBGPU_RUNNERS),
};

const listeners: Array<(backend: BackendName) => void> = [];
const loading = new Map<BackendName, Promise<void>>();
/** Kernels still loading per backend after its runners (lazy overrides): prepareKernels waits for them. */
const pendingKernels = new Map<BackendName, Set<Promise<void>>>();

/** Tracks a kernel that registers when `loaded` settles, so that prepareKernels(backend) waits for it. */
export function trackKernelLoad(backend: BackendName, loaded: Promise<void>): void {
  const pending = pendingKernels.get(backend) ?? new Set<Promise<void>>();
  pendingKernels.set(backend, pending);
  const settled: Promise<void> = loaded.catch((error: unknown) => {
    console.warn(`layerkit: a ${backend} kernel failed to load (${(error as Error)?.message ?? error}); it runs as tfjs ops`);
  }).finally(() => pending.delete(settled));
  pending.add(settled);
}

const isBackendName = (name: string): name is BackendName => (BACKENDS as readonly string[]).includes(name);

/** Whether layerkit has runners for a backend, loaded or loadable (what the catalog reports as fused). */
export const hasRunners = (backend: BackendName): boolean => ELEMENTWISE_RUNNERS[backend] != null || LOADERS[backend] != null;

/** Makes a backend's runners available; every kernel registered so far gets registered on it. */
export function registerBackendRunners(backend: BackendName, runners: BackendRunners): void {
  ELEMENTWISE_RUNNERS[backend] = runners.elementwise;
  REDUCTION_RUNNERS[backend] = runners.reduction;
  if (runners.prepare) PREPARE[backend] = runners.prepare;
  for (const listener of listeners) listener(backend);
}

/** Calls `listener` for every backend with runners, now and whenever one registers later. */
export function onBackendRunners(listener: (backend: BackendName) => void): void {
  listeners.push(listener);
  for (const backend of BACKENDS) if (ELEMENTWISE_RUNNERS[backend] || REDUCTION_RUNNERS[backend]) listener(backend);
}

/**
 * Starts loading a backend's runners (once) and resolves when they are registered; resolves at
 * once for a backend that has them or that layerkit has no runners for.
 */
export function loadBackendRunners(backend: string): Promise<void> {
  if (!isBackendName(backend) || ELEMENTWISE_RUNNERS[backend]) return Promise.resolve();
  const loader = LOADERS[backend];
  if (!loader) return Promise.resolve();
  let promise = loading.get(backend);
  if (!promise) {
    promise = loader().then((runners) => registerBackendRunners(backend, runners));
    // A failed load may be retried by the next call.
    promise.catch(() => loading.delete(backend));
    loading.set(backend, promise);
  }
  return promise;
}

let warned = false;

/**
 * Starts loading a backend's runners without waiting: what an op that found no fused kernel
 * calls before it runs as tfjs ops. A chunk that fails to load is said once, then retried by
 * later calls.
 */
export function requestBackendRunners(backend: string): void {
  // Called on every op that runs as tfjs ops (each call on tfjs-node's backend): no promise
  // unless there is something to load.
  if (!isBackendName(backend) || ELEMENTWISE_RUNNERS[backend] || !LOADERS[backend] || loading.has(backend)) return;
  loadBackendRunners(backend).catch((error: unknown) => {
    if (warned) return;
    warned = true;
    console.warn(`layerkit: the ${backend} kernels failed to load (${(error as Error)?.message ?? error}); ops run as tfjs ops meanwhile`);
  });
}

/** Starts loading, without waiting, the runners of every backend the app has registered with tfjs. */
export function prefetchBackendRunners(): void {
  for (const backend of Object.keys(LOADERS) as BackendName[]) {
    if (findBackendFactory(backend)) requestBackendRunners(backend);
  }
}

/**
 * Waits until layerkit's fused kernels are ready on a backend (default: the active one): its
 * runners loaded and, on wasm, the kernel modules fetched and compiled. Optional — until then
 * ops run the same math as tfjs ops (or, on wasm, as JavaScript) — but benchmarks and apps that
 * want the fused kernels from the first call await it after tf.setBackend.
 */
export async function prepareKernels(backend: string, instance?: unknown): Promise<void> {
  await loadBackendRunners(backend);
  if (isBackendName(backend)) await Promise.all(pendingKernels.get(backend) ?? []);
  const prepare = isBackendName(backend) ? PREPARE[backend] : undefined;
  // findBackend initializes a registered backend that is not yet: asked for by name, that is wanted.
  const target = instance ?? findBackend(backend);
  if (prepare && target) await prepare(target);
}

/** prepareKernels on the wasm backend: `await prepareWasmKernels(tf.backend())` after tf.setBackend('wasm'). */
export const prepareWasmKernels = (backend: unknown): Promise<void> => prepareKernels('wasm', backend);
