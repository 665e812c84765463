// The canary capability's public surface: the config (and where it came from), the providers and the analysis
// (report/ renders it).
export { analyse } from './analyse.ts';
export { CANARY_URL_ENV, parseCanaryConfig } from './config.ts';
export { fileProvider } from './providers/file.ts';
export { authorization, credentialEnvNames, MissingSecret, prometheusProvider } from './providers/prometheus.ts';
export { canarySource, type CanarySource } from './source.ts';
export type { CanaryConfig, CanaryResult, MetricsProvider } from './types.ts';
