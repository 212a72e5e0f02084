// Every initializer class refuses an option name it does not know, instead of falling back to a
// default silently, and suggests the name that was meant.
import '@tensorflow/tfjs-backend-cpu';
import { describe, expect, it } from 'vitest';
import { InitializerBase } from './base.js';
import { ActivationAware, KerasVarianceScaling } from './index.js';
import { INITIALIZERS } from './registry.js';

type Constructor = new (options: object) => unknown;
const initializerClasses = INITIALIZERS.flatMap((entry) => entry.classes)
  .filter((cls) => (cls as unknown as { prototype: unknown }).prototype instanceof InitializerBase) as unknown as Array<Constructor & { className: string }>;

describe('initializer options', () => {
  it('covers the initializer classes of the registry', () => {
    expect(initializerClasses.length).toBeGreaterThanOrEqual(10);
  });

  it.each(initializerClasses.map((cls) => [cls.className, cls] as const))('%s: an unknown option name is an error', (name, cls) => {
    expect(() => new cls({ seeed: 1 })).toThrow(new RegExp(`^${name}: unknown option 'seeed'`));
  });

  it('suggests the option that was meant', () => {
    expect(() => new ActivationAware({ activaton: 'gelu' } as never)).toThrow("ActivationAware: unknown option 'activaton' (did you mean 'activation'?)");
    expect(() => new KerasVarianceScaling({ sclae: 2 } as never)).toThrow(/did you mean 'scale'/);
  });

  it('configs still round-trip through fromConfig', () => {
    const initializer = new KerasVarianceScaling({ scale: 2, mode: 'fanAvg', distribution: 'uniform', seed: 3 });
    const again = new KerasVarianceScaling(initializer.getConfig() as never);
    expect(again.getConfig()).toEqual(initializer.getConfig());
  });
});
