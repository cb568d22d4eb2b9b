// <zw-one-form>: the 一表申报 form as a custom element (import 'zhengwu/one-form' defines it).
import type { Engine, FieldError, Form, Split, Values } from './api.mjs';

/** The events the element dispatches (they bubble and cross shadow roots). */
export interface ZwOneFormEventMap {
  /** The merged form is built and shown. */
  'zw-ready': CustomEvent<{ form: Form }>;
  /** An answer changed: the answers so far and their validation. */
  'zw-change': CustomEvent<{ values: Values; valid: boolean; errors: FieldError[] }>;
  /** A submit with faults: every fault, each also shown beside its field and in the summary. */
  'zw-invalid': CustomEvent<{ errors: FieldError[] }>;
  /** A valid submit: the answers split into one packet per matter and department (一表申报, 分送). */
  'zw-split': CustomEvent<Split>;
  /** The form could not be built (an unknown bundle or matter): the engine's error. */
  'zw-error': CustomEvent<{ code: string; message: string; path?: string }>;
}

/**
 * Attributes: `bundle` (一件事, e.g. `enterprise-opening`) with optional `choose` (matter codes kept,
 * separated by commas or spaces), or `matters` (matter codes merged without a bundle);
 * `submit-label`. Styled by CSS variables: `--zw-font`, `--zw-text`, `--zw-muted`, `--zw-accent`,
 * `--zw-accent-text`, `--zw-error`, `--zw-focus`, `--zw-border`, `--zw-radius`, `--zw-common-bg`;
 * parts `errors`, `prefill`, `submit`.
 */
export declare class ZwOneForm extends HTMLElement {
  /** An engine of the host's (`createEngine(config)`); by default the element makes its own. */
  engine: Engine | null;
  /** Shared data (法人库, 人口库 …) the 预填 button fills from; no button without it. */
  shared: Record<string, Values> | null;
  /** The answers so far, by data element. */
  values: Values;
  /** The merged form, once built. */
  readonly form: Form | null;
  /** Validates every field now, as a submit would, showing the messages; true when valid. */
  checkValidity(): boolean;
  addEventListener<K extends keyof ZwOneFormEventMap>(type: K, listener: (this: ZwOneForm, ev: ZwOneFormEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'zw-one-form': ZwOneForm;
  }
}
