/**
 * Conventional keys of Helm values files beyond security contexts: image maps (`helm create`'s
 * `image: {repository, tag, pullPolicy}`, Bitnami's `{registry, repository, tag, digest, pullPolicy}`),
 * service-account blocks, replica counts and resources. Found by key at any depth, since charts
 * repeat them per component (`primary`, `metrics`, `volumePermissions` ...).
 */
import { isDigestPinned } from './images';
import { templateOutputOf } from './template-output';
import { k8sBoolean, k8sInteger } from './kubernetes';
import { asMap, asSeq, getMapAt, getPair, scalarValue, walkMaps, type YamlDocument, type YamlPair, type YAMLMap } from './yaml';

/** A values map that describes a container image. */
export interface ValuesImage {
  /** The image map (holds `repository`). */
  map: YAMLMap;
  /** Key path of the map. */
  path: string[];
  tag: YamlPair | undefined;
  digest: YamlPair | undefined;
  pullPolicy: YamlPair | undefined;
  /** The `repository` pair (always present). */
  repository: YamlPair;
  /** Bitnami's `registry` pair. */
  registry: YamlPair | undefined;
  /** True when the map or an enclosing component is switched off (`enabled: false`, `create: false`). */
  disabled: boolean;
}

/**
 * True when a component map is switched off: `enabled: false`, or `create: false` (Bitnami's switch
 * for optional parts such as `prometheus.thanos` or `kubectl`, and for the objects a block describes,
 * e.g. a `serviceAccount` block's `automountServiceAccountToken` applies to an account it creates).
 */
export function isSwitchedOff(map: YAMLMap): boolean {
  return k8sBoolean(getPair(map, 'enabled')?.value) === false || k8sBoolean(getPair(map, 'create')?.value) === false;
}

/** True when `path` passes through a component that is switched off (see `isSwitchedOff`). */
function disabledAlong(root: unknown, path: readonly string[]): boolean {
  let node: unknown = root;
  for (const part of [...path, '']) {
    const map = asMap(node);
    if (map && isSwitchedOff(map)) return true;
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
      out.push({ map, path, tag, digest, pullPolicy, repository: getPair(map, 'repository')!, registry: getPair(map, 'registry'), disabled: disabledAlong(doc.contents, path) });
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

function nonEmptyString(pair: YamlPair | undefined): string | undefined {
  const v = scalarValue(pair?.value);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/**
 * The image reference an image map stands for, as the templates compose it:
 * `[registry/]repository[:tag]`. Bitnami's `global.imageRegistry`, when set, replaces the
 * `registry` of every map that has one (the `common.images.image` helper does so); pass the root map
 * to apply it. A digest is not appended (see `isValuesImagePinned`).
 */
export function valuesImageReference(image: ValuesImage, root?: YAMLMap): string {
  const global = nonEmptyString(getPair(getMapAt(root, 'global'), 'imageRegistry'));
  const registry = image.registry && (global ?? nonEmptyString(image.registry));
  const repository = nonEmptyString(image.repository) ?? 'image';
  const tag = nonEmptyString(image.tag);
  return `${registry ? `${registry}/` : ''}${repository}${tag !== undefined ? `:${tag}` : ''}`;
}

/**
 * Whether an image map names fixed content: true for a non-empty `digest` (Bitnami), or a digest
 * written into the tag (`tag: 1.2@sha256:…`, `tag: sha256:…`) or the repository (`app@sha256:…`);
 * undefined when a template expression in the tag or repository may hide one (same as
 * `isDigestPinned`); false otherwise: a version tag, or an empty tag meaning the chart's appVersion,
 * is a mutable pointer.
 */
export function isValuesImagePinned(image: ValuesImage): boolean | undefined {
  if (nonEmptyString(image.digest) !== undefined) return true;
  const tag = nonEmptyString(image.tag);
  if (tag !== undefined && /^sha256:[0-9a-f]{64}$/i.test(tag)) return true;
  return isDigestPinned(valuesImageReference(image));
}

/** How a component of a values file is replicated: its `replicaCount` and whether it autoscales. */
export interface ValuesReplication {
  /** `replicaCount` (or `replicas`), when it is a number. */
  replicas: number | undefined;
  /** `autoscaling.enabled: true` (helm create, Bitnami) or `hpa.enabled: true`. */
  autoscaled: boolean;
}

/** The replication settings of the component whose map is `component` (the map holding `replicaCount`). */
export function replicationOf(component: YAMLMap): ValuesReplication {
  const replicasPair = getPair(component, 'replicaCount') ?? getPair(component, 'replicas');
  const autoscaled = ['autoscaling', 'hpa'].some((key) => k8sBoolean(getPair(getMapAt(component, key), 'enabled')?.value) === true);
  return { replicas: replicasPair ? k8sInteger(replicasPair.value) : undefined, autoscaled };
}

/** An image map of a values file and the root map of its document (for `global.imageRegistry`). */
export interface ValuesImageSource {
  image: ValuesImage;
  root: YAMLMap | undefined;
  /** Values nodes the template read to build the string. */
  parts: readonly unknown[];
}

/**
 * The values image map a Helm template built an image string from, as in `helm create`'s
 * `image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"`:
 * every values part of the string is a `registry`, `repository`, `tag` or `digest` of that one map.
 * Undefined for anything else (a plain manifest, a whole-value graft, parts from other keys).
 * The image rules leave such a string to their values counterparts, which report on the key to
 * change (the tag that takes the digest, the registry), when those report the same map.
 */
export function valuesImageBuilding(node: unknown): ValuesImageSource | undefined {
  const output = templateOutputOf(node);
  if (output?.from !== 'built' || output.parts.length === 0) return undefined;
  let found: ValuesImageSource | undefined;
  for (const part of output.parts) {
    let hit: ValuesImageSource | undefined;
    for (const doc of part.file.docs) {
      const image = findValuesImages([doc]).find((i) => [i.registry, i.repository, i.tag, i.digest].some((p) => p !== undefined && p.value === part.node));
      if (image) hit = { image, root: asMap(doc.contents), parts: output.parts.map((p) => p.node) };
      if (hit) break;
    }
    if (!hit || (found && found.image.map !== hit.image.map)) return undefined;
    found = hit;
  }
  return found;
}

/** True when the template built its image string reading `pair` (so a values finding on it is on a key the chart uses). */
export function buildsFrom(source: ValuesImageSource, pair: YamlPair | undefined): boolean {
  return pair !== undefined && source.parts.includes(pair.value);
}

/** Where a missing digest is reported in an image map: Bitnami's `digest`, else the tag it goes into, else the repository. */
export function digestLocation(image: ValuesImage): YamlPair {
  return image.digest ?? image.tag ?? image.repository;
}

/** The pair of an image map that picks its registry: Bitnami's `registry`, else the repository (a host in it, or Docker Hub). */
export function registryLocation(image: ValuesImage): YamlPair {
  return image.registry ?? image.repository;
}
