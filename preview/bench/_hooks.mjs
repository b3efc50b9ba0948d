export { load } from '../e2e/lwcModuleHooks.mjs';
import { resolve as base } from '../e2e/lwcModuleHooks.mjs';
export async function resolve(specifier, context, next) {
  if (/^\.\.?\//.test(specifier) && !/\.\w+$/.test(specifier) && context.parentURL?.includes('/lwc/'))
    specifier += '.js';
  return base(specifier, context, next);
}
