/**
 * Container image references (`nginx`, `nginx:1.27`, `registry.example.com:5000/team/app@sha256:…`),
 * parsed the way Docker resolves them, for the provenance rules of Dockerfiles, manifests and Helm
 * values alike. Pure string handling: no registry is ever contacted.
 *
 * Templates are common in both worlds: `$VAR`/`${VAR:-x}` in a Dockerfile and `{{ .Values.image }}`
 * in a chart. A part that contains one cannot be known from the text, so the predicates below answer
 * `undefined` for it ("cannot tell") and rules report only on a definite answer.
 */

/** The Docker Hub host every registry-less reference resolves to. */
export const DOCKER_HUB = 'docker.io';

/** Hostnames that are Docker Hub under another name. */
const DOCKER_HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com', 'hub.docker.com']);

export interface ImageReference {
  /** The reference as written (trimmed). */
  raw: string;
  /** Registry host (lower-case, Docker Hub aliases folded into `docker.io`), `docker.io` when none is written. */
  registry: string;
  /** True when the reference names its registry itself. */
  explicitRegistry: boolean;
  /** Repository path without the registry; Docker Hub official images get their implicit `library/`. */
  repository: string;
  /** Tag as written (`1.27`), undefined when the reference has none. */
  tag: string | undefined;
  /** Digest as written (`sha256:…`), undefined when the reference has none. */
  digest: string | undefined;
  /** Which parts contain a template and therefore cannot be known from the text. */
  unknown: { registry: boolean; repository: boolean; tag: boolean; digest: boolean };
  /** True when any part contains `$VAR`, `${…}` or `{{ … }}`. */
  templated: boolean;
}

const TEMPLATE = /\{\{[\s\S]*?\}\}|\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g;

function hasTemplate(text: string): boolean {
  return text.includes('$') || text.includes('{{');
}

/**
 * Blanks template regions with a filler of the same length, so that the separators inside
 * `${TAG:-1}` or `{{ .Values.a | default "x:y" }}` do not split the reference and every index
 * still points into the original text.
 */
function maskTemplates(text: string): string {
  return text.replace(TEMPLATE, (m) => '\u0000'.repeat(m.length));
}

/** Folds a registry host to its canonical spelling (lower-case, Docker Hub aliases → `docker.io`). */
export function normalizeRegistry(host: string): string {
  const lower = host.trim().toLowerCase();
  return DOCKER_HUB_ALIASES.has(lower) ? DOCKER_HUB : lower;
}

/**
 * Parses an image reference. Returns undefined for an empty string. Surrounding quotes are removed.
 * Docker's rule for the registry: the first `/`-separated component is a host when it contains `.`
 * or `:`, is `localhost`, or has upper-case letters; otherwise the image is on Docker Hub, and a
 * single-component name is an official image under `library/`.
 */
export function parseImageReference(input: string): ImageReference | undefined {
  const raw = input.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
  if (raw === '') return undefined;
  const masked = maskTemplates(raw);

  let rest = raw;
  let restMasked = masked;
  let digest: string | undefined;
  const at = restMasked.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    restMasked = restMasked.slice(0, at);
  }

  let tag: string | undefined;
  const colon = restMasked.lastIndexOf(':');
  if (colon >= 0 && colon > restMasked.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    restMasked = restMasked.slice(0, colon);
  }

  let registry = DOCKER_HUB;
  let explicitRegistry = false;
  let repository = rest;
  let registryUnknown = false;
  const slash = restMasked.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    const firstMasked = restMasked.slice(0, slash);
    if (firstMasked.includes('\u0000')) {
      // `${REGISTRY}/app`: the first component may or may not be a host.
      registryUnknown = true;
    }
    if (/[.:]/.test(firstMasked) || firstMasked === 'localhost' || firstMasked !== firstMasked.toLowerCase()) {
      registry = normalizeRegistry(first);
      explicitRegistry = true;
      repository = rest.slice(slash + 1);
    }
  } else if (hasTemplate(rest)) {
    // `$IMAGE` may expand to a full reference with any registry.
    registryUnknown = true;
  }
  if (registry === DOCKER_HUB && !repository.includes('/') && !hasTemplate(repository)) repository = `library/${repository}`;

  const nameTemplated = hasTemplate(rest);
  const tagUnknown = (tag !== undefined && hasTemplate(tag)) || (tag === undefined && nameTemplated);
  const digestUnknown = (digest !== undefined && hasTemplate(digest)) || (digest === undefined && (nameTemplated || (tag !== undefined && hasTemplate(tag))));
  return {
    raw,
    registry,
    explicitRegistry,
    repository,
    tag,
    digest,
    unknown: { registry: registryUnknown, repository: nameTemplated, tag: tagUnknown, digest: digestUnknown },
    templated: hasTemplate(raw),
  };
}

function toReference(image: ImageReference | string): ImageReference | undefined {
  return typeof image === 'string' ? parseImageReference(image) : image;
}

/** True for `scratch`, Docker's empty base image (no registry, tag or digest is ever involved). */
export function isScratch(image: ImageReference | string): boolean {
  const raw = typeof image === 'string' ? image.trim() : image.raw;
  return raw.toLowerCase() === 'scratch';
}

/**
 * True when the reference resolves to a moving `latest` tag: `:latest`, or no tag and no digest
 * (Docker then pulls `latest`). A digest pins the content whatever the tag says, so it is false then.
 * Undefined when a template hides the tag or digest.
 */
export function isLatestOrUntagged(image: ImageReference | string): boolean | undefined {
  const ref = toReference(image);
  if (!ref) return undefined;
  if (ref.digest !== undefined && !ref.unknown.digest) return false;
  if (ref.unknown.tag || ref.unknown.digest) return undefined;
  return ref.tag === undefined || ref.tag === 'latest';
}

/**
 * True when the reference carries a digest (`@sha256:…`); a templated digest (`@${DIGEST}`) counts,
 * the author pins and supplies the value at build time. Undefined when a template may hide a digest.
 */
export function isDigestPinned(image: ImageReference | string): boolean | undefined {
  const ref = toReference(image);
  if (!ref) return undefined;
  if (ref.digest !== undefined) return true;
  return ref.unknown.digest ? undefined : false;
}

/** The registry host the image is pulled from, `docker.io` by default; undefined when a template hides it. */
export function registryOf(image: ImageReference | string): string | undefined {
  const ref = toReference(image);
  if (!ref || ref.unknown.registry) return undefined;
  return ref.registry;
}

/**
 * Whether the image comes from a trusted registry. Entries are hosts (`registry.example.com:5000`),
 * host prefixes with a path (`gcr.io/my-project`, `docker.io/library`), or wildcard subdomains
 * (`*.example.com`); a scheme and trailing `/` are ignored and Docker Hub aliases match `docker.io`.
 * True when the list is empty (no policy configured); undefined when a template hides the registry
 * or, for an entry with a path, the repository.
 */
export function isTrustedRegistry(image: ImageReference | string, trustedRegistries: readonly string[]): boolean | undefined {
  if (trustedRegistries.length === 0) return true;
  const ref = toReference(image);
  if (!ref || ref.unknown.registry) return undefined;
  let undecided = false;
  for (const entry of trustedRegistries) {
    const cleaned = entry.trim().replace(/^[a-z]+:\/\//i, '').replace(/\/+$/, '');
    if (cleaned === '') continue;
    const slash = cleaned.indexOf('/');
    const host = normalizeRegistry(slash >= 0 ? cleaned.slice(0, slash) : cleaned);
    const path = slash >= 0 ? cleaned.slice(slash + 1) : '';
    const hostMatches = host.startsWith('*.') ? ref.registry.endsWith(host.slice(1)) : ref.registry === host;
    if (!hostMatches) continue;
    if (path === '') return true;
    if (ref.unknown.repository) {
      undecided = true;
      continue;
    }
    if (ref.repository === path || ref.repository.startsWith(`${path}/`)) return true;
  }
  return undecided ? undefined : false;
}
