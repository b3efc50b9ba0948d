// Node module hooks that let a node test import the force-app data layer as the LWC compiler would resolve it:
// `c/name` → force-app/main/default/lwc/name/name.js (as ES modules), a bundle's own `./file` → file.js, and
// `lightning/graphql`'s gql as plain text.
const lwcDir = new URL('../../force-app/main/default/lwc/', import.meta.url);
const GQL =
  'export const gql = (strings, ...values) => strings.reduce((text, part, i) => text + part + (i < values.length ? values[i] : ""), "");';

export async function resolve(specifier, context, nextResolve) {
  const component = /^c\/(\w+)$/.exec(specifier);
  if (component) return { url: new URL(`${component[1]}/${component[1]}.js`, lwcDir).href, shortCircuit: true };
  if (/^\.\/[\w-]+$/.test(specifier) && context.parentURL?.startsWith(lwcDir.href)) {
    return { url: new URL(`${specifier}.js`, context.parentURL).href, shortCircuit: true };
  }
  if (specifier === 'lightning/graphql') {
    return { url: `data:text/javascript,${encodeURIComponent(GQL)}`, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (url.startsWith(lwcDir.href)) return nextLoad(url, { ...context, format: 'module' });
  return nextLoad(url, context);
}
