export * from './api.mjs';
import type { Engine, EngineConfig } from './api.mjs';
/** A typed engine (embedded defaults, or a configuration). */
export function createEngine(config?: EngineConfig): Engine;
/** The library version. */
export function version(): string;
