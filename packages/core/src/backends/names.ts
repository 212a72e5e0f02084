/** The four backends layerkit ships kernels for. */
export const BACKENDS = ['cpu', 'wasm', 'webgl', 'webgpu'] as const;
export type BackendName = (typeof BACKENDS)[number];
