/**
 * Conventional keys of Helm values files beyond security contexts: image maps (`helm create`'s
 * `image: {repository, tag, pullPolicy}`, Bitnami's `{registry, repository, tag, digest, pullPolicy}`),
 * service-account blocks, replica counts and resources. Found by key at any depth, since charts
 * repeat them per component (`primary`, `metrics`, `volumePermissions` ...).
 */
import { k8sBoolean } from './kubernetes';
import { asMap, asSeq, getPair, scalarValue, walkMaps, type YamlDocument, type YamlPair, type YAMLMap } from './yaml';

/** A values map that describes a container image. */
export interface ValuesImage {
  /** The image map (holds `repository`). */
  map: YAMLMap;
  /** Key path of the map. */
  path: string[];
  tag: YamlPair | undefined;
  digest: YamlPair | undefined;
  pullPolicy: YamlPair | undefined;
  /** True when the map or an enclosing component has `enabled: false`. */
  disabled: boolean;
}

/** True when `path` passes through a component whose map has `enabled: false`. */
function disabledAlong(root: unknown, path: readonly string[]): boolean {
  let node: unknown = root;
  for (const part of [...path, '']) {
    const map = asMap(node);
    if (map && k8sBoolean(getPair(map, 'enabled')?.value) === false) return true;
    if (part === '') break;
    const seq = asSeq(node);
    node = map ? getPair(map, part)?.value : seq ? seq.items[Number(part)] : undefined;
  }
  return false;
}

/** Image maps (`repository` plus `tag`, `digest` or `pullPolicy`) anywhere in a values file. */
export function findValuesImages(docs: readonly YamlDocument[]): ValuesImage[] {
  const out: ValuesImage[] = [];
  for (const doc of docs) {
    walkMaps(doc.contents, (map, path) => {
      const repository = scalarValue(getPair(map, 'repository')?.value);
      if (typeof repository !== 'string') return;
      const tag = getPair(map, 'tag');
      const digest = getPair(map, 'digest');
      const pullPolicy = getPair(map, 'pullPolicy');
      if (!tag && !digest && !pullPolicy) return;
      out.push({ map, path, tag, digest, pullPolicy, disabled: disabledAlong(doc.contents, path) });
    });
  }
  return out;
}

/** Every `key: value` pair with the given key anywhere in a values file, with the map that holds it. */
export function findValuesPairs(docs: readonly YamlDocument[], key: string): { pair: YamlPair; parent: YAMLMap; path: string[]; disabled: boolean }[] {
  const out: { pair: YamlPair; parent: YAMLMap; path: string[]; disabled: boolean }[] = [];
  for (const doc of docs) {
    walkMaps(doc.contents, (map, path) => {
      const pair = getPair(map, key);
      if (pair) out.push({ pair, parent: map, path: [...path, key], disabled: disabledAlong(doc.contents, path) });
    });
  }
  return out;
}
