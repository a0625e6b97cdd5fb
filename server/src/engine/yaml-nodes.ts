/**
 * The `yaml` package's node predicates, read once. When dist/ is bundled (esbuild, CommonJS), every
 * use of a named import from a CommonJS package becomes a property-getter call on the module
 * object; these predicates run hundreds of thousands of times per lint (getPair, asMap, pairKey ...)
 * and the getters cost 10-20% of the rules' time in the language server. Engine modules take them
 * from here and bind them to local constants once (`const { isMap } = nodes`): a call through any
 * module namespace, this one included, is a getter call too (in the bundle, and under tsx, which
 * compiles each file to CommonJS). Types and classes still come from 'yaml'.
 */
// eslint-disable-next-line no-restricted-imports -- the one place that reads the predicates off the module
import * as yaml from 'yaml';

export const isAlias: typeof yaml.isAlias = yaml.isAlias;
export const isMap: typeof yaml.isMap = yaml.isMap;
export const isPair: typeof yaml.isPair = yaml.isPair;
export const isScalar: typeof yaml.isScalar = yaml.isScalar;
export const isSeq: typeof yaml.isSeq = yaml.isSeq;
