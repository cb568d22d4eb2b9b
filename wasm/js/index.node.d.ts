export * from './api.mjs';
import type { Engine, EngineConfig } from './api.mjs';
/** A typed engine (embedded defaults, or a configuration). */
export function createEngine(config?: EngineConfig): Engine;
/** The library version. */
export function version(): string;
/** Nothing to load in Node; accepted so that browser code runs unchanged. */
export default function init(): Promise<void>;
export function init(): Promise<void>;
