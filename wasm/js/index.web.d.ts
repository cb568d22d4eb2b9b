export * from './api.mjs';
import type { Engine, EngineConfig } from './api.mjs';
/** A typed engine (embedded defaults, or a configuration). In browsers, `await init()` first. */
export function createEngine(config?: EngineConfig): Engine;
/** The library version. */
export function version(): string;
/** Loads the WASM module; call (and await) once before createEngine(). */
export default function init(input?: unknown): Promise<unknown>;
export function init(input?: unknown): Promise<unknown>;
