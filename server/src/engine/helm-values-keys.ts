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

/**
 * Image maps found per parsed document: the image rules of every template (K8S020/021/022 for each
 * container) look a built string's parts up in the same values documents, which are parsed once and
 * never mutated (values.ts), so each document is walked once.
 */
const imagesByDocument = new WeakMap<YamlDocument, readonly ValuesImage[]>();

function documentImages(doc: YamlDocument): readonly ValuesImage[] {
  let out = imagesByDocument.get(doc);
  if (out) return out;
  const found: ValuesImage[] = [];
  walkMaps(doc.contents, (map, path) => {
    const repository = scalarValue(getPair(map, 'repository')?.value);
    if (typeof repository !== 'string') return;
    const tag = getPair(map, 'tag');
    const digest = getPair(map, 'digest');
    const pullPolicy = getPair(map, 'pullPolicy');
    if (!tag && !digest && !pullPolicy) return;
    found.push({ map, path, tag, digest, pullPolicy, repository: getPair(map, 'repository')!, registry: getPair(map, 'registry'), disabled: disabledAlong(doc.contents, path) });
  });
  out = found;
  imagesByDocument.set(doc, out);
  return out;
}

/** Image maps (`repository` plus `tag`, `digest` or `pullPolicy`) anywhere in a values file. */
export function findValuesImages(docs: readonly YamlDocument[]): ValuesImage[] {
  return docs.flatMap((doc) => documentImages(doc));
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
  /**
   * The image map as the template sees it: with overlays (or a parent chart's values) on top, the
   * maps at its values path in every file merge, so each key is the layer's the template read
   * (`repository` from values-prod.yaml, `tag` from values.yaml); keys the string does not read
   * (`digest`) come from the first of those maps that sets them.
   */
  image: ValuesImage;
  root: YAMLMap | undefined;
  /** The image maps of the files involved, each as its own file has it (what the values rules judge). */
  layers: readonly { image: ValuesImage; root: YAMLMap | undefined }[];
  /** Values nodes the template read to build the string. */
  parts: readonly unknown[];
}

const IMAGE_PARTS = ['registry', 'repository', 'tag', 'digest'] as const;
type ImagePart = (typeof IMAGE_PARTS)[number];

/** Sources by built node: K8S020, K8S021 and K8S022 each ask for the same container image. */
const sourceByNode = new WeakMap<object, ValuesImageSource | null>();

/**
 * The values image map a Helm template built an image string from, as in `helm create`'s
 * `image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"`:
 * every values part of the string is a `registry`, `repository`, `tag` or `digest` of an image map
 * at one values path (in any file of the stack: an overlay that sets only `image.repository` still
 * builds from the image map values.yaml describes). Undefined for anything else (a plain manifest,
 * a whole-value graft, parts from other keys).
 * The image rules leave such a string to their values counterparts, which report on the key to
 * change (the tag that takes the digest, the registry), when those report the same map.
 */
export function valuesImageBuilding(node: unknown): ValuesImageSource | undefined {
  if (node == null || typeof node !== 'object') return undefined;
  const memo = sourceByNode.get(node);
  if (memo !== undefined) return memo ?? undefined;
  const source = imageSourceOf(node);
  sourceByNode.set(node, source ?? null);
  return source;
}

function imageSourceOf(node: unknown): ValuesImageSource | undefined {
  const output = templateOutputOf(node);
  if (output?.from !== 'built' || output.parts.length === 0) return undefined;
  let at: string | undefined;
  const found: { image: ValuesImage; root: YAMLMap | undefined }[] = [];
  const read = new Map<ImagePart, YamlPair>();
  for (const part of output.parts) {
    const key = part.path[part.path.length - 1];
    if (!IMAGE_PARTS.includes(key as ImagePart)) return undefined;
    // Layers are matched by the values path the template read, not by map: each file has its own.
    const path = part.path.slice(0, -1).join('.');
    if (at !== undefined && at !== path) return undefined;
    at = path;
    // The file's map at that path (a parent's file seen by a subchart is rooted at its key already).
    const map = getMapAt(part.file.root, ...part.path.slice(0, -1));
    const pair = getPair(map, key);
    if (!map || !pair || pair.value !== part.node) return undefined;
    read.set(key as ImagePart, pair);
    // An overlay's map may hold only the key it overrides (`image: {repository: x}`): no image map
    // of its own, but part of the one a lower file describes at the same path.
    if (found.some((f) => f.image.map === map)) continue;
    for (const doc of part.file.docs) {
      const image = documentImages(doc).find((i) => i.map === map);
      if (image) {
        found.push({ image, root: asMap(doc.contents) });
        break;
      }
    }
  }
  if (found.length === 0) return undefined;
  const first = found[0]!;
  const parts = output.parts.map((p) => p.node);
  if (found.length === 1 && [...read].every(([key, pair]) => first.image[key] === pair)) return { image: first.image, root: first.root, layers: found, parts };
  const pick = (key: ImagePart | 'pullPolicy') => (key !== 'pullPolicy' ? read.get(key) : undefined) ?? found.find((f) => f.image[key] !== undefined)?.image[key];
  const image: ValuesImage = {
    ...first.image,
    repository: pick('repository')!,
    tag: pick('tag'),
    digest: pick('digest'),
    registry: pick('registry'),
    pullPolicy: pick('pullPolicy'),
    disabled: found.some((f) => f.image.disabled),
  };
  return { image, root: first.root, layers: found, parts };
}

/**
 * True when a values rule (HV009, HV014, HV017: each judges every file's image maps on their own)
 * reports the problem of a built image string, so the template rule leaves it to that finding: the
 * pair `location` picks in the map the template sees (the tag where the digest goes, the
 * registry) is the one it picks in its own file's map, the template read it, and `reports` holds for
 * that map. An overlay's `image: {repository: x}` is no image map of its own: a registry problem
 * it brings stays with the template rule.
 */
export function reportedInValues(source: ValuesImageSource, location: (image: ValuesImage) => YamlPair | undefined, reports: (image: ValuesImage, root: YAMLMap | undefined) => boolean): boolean {
  const pair = location(source.image);
  if (!pair || !buildsFrom(source, pair)) return false;
  const own = source.layers.find((l) => location(l.image) === pair);
  return own !== undefined && reports(own.image, own.root);
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
