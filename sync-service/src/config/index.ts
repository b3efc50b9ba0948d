export { loadConfig, findOrg, ConfigError, type Config, type OrgConfig, type OrgAuth } from './load';
export { Secret } from './secret';
