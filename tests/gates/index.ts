/** Reusable quality gates for Playwright specs. Each gate returns findings; an empty list is a pass. */
export * from './axe';
export * from './offline';
export * from './csp';
export * from './routes';
export * from './focus';
export * from './motion';
export * from './longtasks';
export * from './figures';
export * from './ready';
